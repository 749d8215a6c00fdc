package org.gdlab.arch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads the import lines of the main sources, for architecture rules written as tests. Paths are relative
 * to {@code src/main/java/org/gdlab} (tests run from the project directory).
 */
public final class SourceImports {

    /** The root of the main sources' {@code org.gdlab} package. */
    public static final Path MAIN = Path.of("src/main/java/org/gdlab");

    private SourceImports() {
    }

    /**
     * @param dir      a folder under {@code org/gdlab}, e.g. {@code "core"} or {@code "app/viewmodel"}
     * @param prefixes import prefixes, e.g. {@code "javafx.scene"}
     * @return the sorted paths (relative to {@link #MAIN}) of the .java files below dir that import any of them
     */
    public static List<String> filesImporting(String dir, String... prefixes) {
        try (Stream<Path> files = Files.walk(MAIN.resolve(dir))) {
            return files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !importsOf(MAIN.relativize(p).toString(), prefixes).isEmpty())
                    .map(p -> MAIN.relativize(p).toString())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param file     a .java file relative to {@link #MAIN}, e.g. {@code "app/race/RunModel.java"}
     * @param prefixes import prefixes
     * @return the file's import lines (static ones too) that start with any of the prefixes
     */
    public static List<String> importsOf(String file, String... prefixes) {
        try {
            return Files.readAllLines(MAIN.resolve(file)).stream()
                    .filter(l -> Arrays.stream(prefixes)
                            .anyMatch(pre -> l.startsWith("import " + pre) || l.startsWith("import static " + pre)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
