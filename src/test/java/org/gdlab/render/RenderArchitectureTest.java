package org.gdlab.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The renderer is display-free: java.awt and JFreeSVG, never JavaFX; scenario and lesson code never AWT. */
class RenderArchitectureTest {

    private static List<String> importing(String dir, String prefix) throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/gdlab", dir))) {
            return files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> {
                        try {
                            return Files.readAllLines(p).stream().anyMatch(l -> l.startsWith("import " + prefix));
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .map(Path::toString).toList();
        }
    }

    @Test
    void renderImportsNoJavaFx() throws IOException {
        assertEquals(List.of(), importing("render", "javafx."));
    }

    @Test
    void scenarioAndLessonImportNoAwt() throws IOException {
        assertEquals(List.of(), importing("core/scenario", "java.awt"));
        assertEquals(List.of(), importing("core/lesson", "java.awt"));
    }
}
