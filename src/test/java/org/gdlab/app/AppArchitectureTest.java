package org.gdlab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** MVVM as tests: view models and playback touch no nodes and do not reach for the JavaFX thread. */
class AppArchitectureTest {

    private static final Path APP = Path.of("src/main/java/org/gdlab/app");

    private static List<String> importing(String subdir, String prefix) {
        try (Stream<Path> files = Files.walk(APP.resolve(subdir))) {
            return files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> read(p).lines().anyMatch(l -> l.startsWith("import " + prefix)))
                    .map(p -> APP.relativize(p).toString())
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
    void viewModelsImportNoNodes() {
        assertEquals(List.of(), importing("viewmodel", "javafx.scene"));
        assertEquals(List.of(), importing("playback", "javafx.scene"));
    }

    @Test
    void viewModelsGetTheirPublisherInjected() {
        assertEquals(List.of(), importing("viewmodel", "javafx.application"));
        assertEquals(List.of(), importing("playback", "javafx.application"));
    }
}
