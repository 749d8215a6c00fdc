package org.gdlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** What the fuzz suites require of every case: success, or a clean refusal in one line. */
final class CleanEnds {

    /** Words of libraries and of Java that must never reach a person. */
    static final Pattern FOREIGN_WORDS = Pattern.compile(
            "Exception|\tat |Feature|Source:|REDACTED|StreamRead|Constraints|Jackson|fasterxml|picocli\\.|JsonNode|`|"
                    + "\\(code \\d+\\)|Unrecognized token|was expecting|java\\.");

    private CleanEnds() {
    }

    /**
     * Asserts that the command ended with status 0, or with status 2 and one line of at most 300 characters
     * on stderr (a formula error may add an excerpt line and a caret line) and nothing on stdout.
     *
     * @return true when it was refused
     */
    static boolean successOrCleanRefusal(String what, CliResult r) {
        assertTrue(r.status() == 0 || r.status() == GdLabCommand.BAD_INPUT, what + "\nstatus " + r.status() + "\n" + r.err());
        if (r.status() == 0) {
            assertFalse(FOREIGN_WORDS.matcher(r.err()).find(), what + "\n" + r.err());
            return false;
        }
        List<String> lines = r.errLines();
        boolean formula = lines.size() == 3 && lines.get(2).contains("^");
        assertTrue(lines.size() == 1 || formula, what + "\none line expected:\n" + r.err());
        String line = lines.get(0);
        assertTrue(line.length() <= ErrorReporting.MAX_LINE, what + "\n" + line.length() + " characters: " + line);
        assertTrue(line.startsWith("gdlab"), what + "\n" + line);
        assertFalse(FOREIGN_WORDS.matcher(line).find(), what + "\n" + line);
        assertEquals("", r.out(), what);
        return true;
    }

    /** @return the files in d, sorted */
    static List<Path> listing(Path d) throws IOException {
        try (Stream<Path> files = Files.list(d)) {
            return files.sorted().toList();
        }
    }
}
