package org.gdlab.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** House rule as a test: in the core, only org.gdlab.core.analysis imports EJML, and nothing imports JavaFX. */
class EjmlConfinementTest {

    private static final Path CORE = Path.of("src/main/java/org/gdlab/core");

    private static List<String> sourcesImporting(String prefix, Path except) throws IOException {
        try (Stream<Path> files = Files.walk(CORE)) {
            return files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> except == null || !p.startsWith(except))
                    .filter(p -> read(p).contains("import " + prefix))
                    .map(Path::toString).sorted().collect(Collectors.toList());
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void onlyTheAnalysisPackageImportsEjml() throws IOException {
        assertTrue(Files.isDirectory(CORE), "run from the project directory");
        assertEquals(List.of(), sourcesImporting("org.ejml", CORE.resolve("analysis")));
    }

    @Test
    void theCoreImportsNoJavaFx() throws IOException {
        assertEquals(List.of(), sourcesImporting("javafx", null));
    }
}
