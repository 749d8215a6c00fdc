package org.gdlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every command-line example in README.md runs as printed and succeeds. */
class ReadmeExamplesTest {

    private static final String PREFIX = "java -jar target/gdlab.jar ";

    static Stream<String> examples() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("README.md"));
        List<String> examples = lines.stream().filter(l -> l.startsWith(PREFIX)).toList();
        assertTrue(examples.size() >= 10, "README lost its examples: " + examples);
        return examples.stream();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void readmeExampleSucceeds(String line) {
        CliResult r = CliResult.run(shellWords(line.substring(PREFIX.length())).toArray(String[]::new));
        assertEquals(0, r.status(), line + "\n" + r.err());
        assertFalse(r.out().isBlank(), line);
    }

    @org.junit.jupiter.api.Test
    void readmeShowsTheDivergenceLineTheCommandPrints() throws IOException {
        CliResult r = CliResult.run("run", "--function", "quadratic", "--lr", "0.25", "--steps", "100");
        String readme = Files.readString(Path.of("README.md"));
        assertTrue(readme.contains("`" + r.err().strip() + "`"), r.err());
    }

    /** Splits like a POSIX shell for the simple cases the README uses: spaces and double quotes. */
    static List<String> shellWords(String s) {
        List<String> words = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (char c : s.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
                any = true;
            } else if (c == ' ' && !quoted) {
                if (any) {
                    words.add(w.toString());
                }
                w.setLength(0);
                any = false;
            } else {
                w.append(c);
                any = true;
            }
        }
        if (any) {
            words.add(w.toString());
        }
        return words;
    }
}
