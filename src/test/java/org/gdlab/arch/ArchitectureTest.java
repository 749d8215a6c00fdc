package org.gdlab.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Architecture rules as tests (as in JabRef's CommonArchitectureTest): what each layer may import. */
class ArchitectureTest {

    private static final Path MAIN = Path.of("src/main/java/org/gdlab");

    private static List<String> filesUnder(String subdir, String importPrefix) {
        try (Stream<Path> files = Files.walk(MAIN.resolve(subdir))) {
            return files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> read(p).lines().anyMatch(l -> l.startsWith("import " + importPrefix)
                            || l.startsWith("import static " + importPrefix)))
                    .map(p -> MAIN.relativize(p).toString())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
    void coreImportsNoJavaFx() {
        assertEquals(List.of(), filesUnder("core", "javafx."));
    }

    @Test
    void coreImportsNoAwtOrSwing() {
        assertEquals(List.of(), filesUnder("core", "java.awt"));
        assertEquals(List.of(), filesUnder("core", "javax.swing"));
    }

    @Test
    void onlyTheAnalysisPackageImportsEjml() {
        List<String> users = filesUnder("core", "org.ejml").stream().filter(f -> !f.startsWith("core/analysis/")).toList();
        assertEquals(List.of(), users);
    }

    @Test
    void commandLineImportsNoJavaFx() {
        assertEquals(List.of(), filesUnder("cli", "javafx."));
    }
}
