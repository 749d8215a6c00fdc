package org.gdlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every failure is one line on stderr and a status: 2 bad input, 1 internal error, 0 for a closed pipe. */
class ErrorReportingTest {

    /** A standard output whose reader goes away (or whose disk fills) after {@code limit} bytes. */
    private static final class FailingOutput extends OutputStream {
        private final int limit;
        private final String reason;
        private int written;

        FailingOutput(int limit, String reason) {
            this.limit = limit;
            this.reason = reason;
        }

        @Override
        public void write(int b) throws IOException {
            if (++written > limit) {
                throw new IOException(reason);
            }
        }
    }

    private static CliResult runOn(OutputStream stdout, String... args) {
        StringWriter err = new StringWriter();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(OutputClosedException.guard(stdout), StandardCharsets.UTF_8), true);
        int status = GdLabCommand.execute(out, new PrintWriter(err, true), args);
        return new CliResult(status, "", err.toString());
    }

    @Test
    void aClosedPipeEndsAHundredMillionStepRunAtOnceQuietly() {
        FailingOutput pipe = new FailingOutput(4096, "Broken pipe");
        CliResult r = runOn(pipe, "run", "--function", "rosenbrock", "--lr", "0.0001", "--steps", "100000000", "--tol", "0");
        assertEquals(0, r.status());
        assertEquals("", r.err());
        assertTrue(pipe.written < 4096 + 200, "stopped at the first failed write: " + pipe.written);
    }

    @Test
    void aClosedPipeDuringJsonEndsQuietlyToo() {
        CliResult r = runOn(new FailingOutput(100, "Broken pipe"), "run", "--function", "sphere", "--steps", "100000", "--tol", "0",
                "--format", "json");
        assertEquals(0, r.status());
        assertEquals("", r.err());
    }

    @Test
    void aFullDiskIsSaidInOneLine() {
        CliResult r = runOn(new FailingOutput(0, "No space left on device"), "functions");
        assertEquals(2, r.status());
        assertEquals("gdlab functions: cannot write to the standard output: no space left on device", r.err().strip());
    }

    @Test
    void anInternalErrorIsOneLineAndTheStackTraceOnlyWithDebug() {
        StringWriter quiet = new StringWriter();
        int status = ErrorReporting.internalError(new PrintWriter(quiet), "gdlab render", new OutOfMemoryError("Java heap space"), false);
        assertEquals(1, status);
        assertEquals("gdlab render: internal error: out of memory (Java heap space): a larger heap may help, "
                + "e.g. java -Xmx2g -jar gdlab.jar; --debug shows where", quiet.toString().strip());
        StringWriter debug = new StringWriter();
        ErrorReporting.internalError(new PrintWriter(debug), "gdlab render", new IllegalStateException("a bug"), true);
        assertTrue(debug.toString().startsWith("gdlab render: internal error: java.lang.IllegalStateException: a bug (please report this)\n"
                .replace("\n", System.lineSeparator())), debug.toString());
        assertTrue(debug.toString().contains("\tat org.gdlab.cli.ErrorReportingTest"), debug.toString());
    }

    @Test
    void debugIsAcceptedOnGdlabAndOnEverySubcommand() {
        assertEquals(0, CliResult.run("--debug", "functions").status());
        assertEquals(0, CliResult.run("eval", "--function", "sphere", "--at", "1,2", "--debug").status());
    }

    @Test
    void aHugeArgumentGivesOneLineOfAtMost300Characters() {
        String huge = "x".repeat(5000) + "\n\u0007second line";
        for (String[] args : new String[][] {
                {"render", "--lesson", huge, "--png", "a.png"},
                {"run", "--function", "sphere", "--optimizer", huge},
                {"run", "--function", "sphere", "--lr", huge},
                {"render", "--scenario", huge, "--png", "a.png"},
                {"render", "--lesson", "saddle-point", "--png", "/no/such/dir/" + huge},
                {huge}}) {
            CliResult r = CliResult.run(args);
            assertEquals(2, r.status(), r.err());
            assertEquals(1, r.errLines().size(), r.err());
            assertTrue(r.err().strip().length() <= ErrorReporting.MAX_LINE, r.err().length() + " characters");
            assertFalse(r.err().contains("\u0007"));
        }
    }

    @Test
    void wholeNumbersAndFileNamesAreRefusedInPlainWords() {
        assertEquals(List.of("gdlab run: Invalid value for option '--steps': '1e3' is not a whole number (see 'gdlab run --help')"),
                CliResult.run("run", "--function", "sphere", "--steps", "1e3").errLines());
        assertEquals(List.of("gdlab run: Invalid value for option '--steps': '\u0663' is not a whole number (see 'gdlab run --help')"),
                CliResult.run("run", "--function", "sphere", "--steps", "\u0663").errLines(), "Latin digits only, as for every number");
        assertEquals(List.of("gdlab run: Invalid value for option '--seed': '9223372036854775808' is too large "
                + "(at most 9223372036854775807) (see 'gdlab run --help')"),
                CliResult.run("run", "--function", "sphere", "--seed", "9223372036854775808").errLines());
        CliResult nul = CliResult.run("render", "--lesson", "saddle-point", "--png", "a\u0000b.png");
        assertEquals(2, nul.status());
        assertEquals(List.of("gdlab render: Invalid value for option '--png': 'a b.png' cannot be a file name here "
                + "(nul character not allowed) (see 'gdlab render --help')"), nul.errLines());
    }

    @Test
    void oneLineReplacesControlCharactersAndCutsWithAnEllipsis() {
        assertEquals("a b c", ErrorReporting.oneLine("a\nb\tc"));
        String cut = ErrorReporting.oneLine("y".repeat(400));
        assertEquals(300, cut.length());
        assertTrue(cut.endsWith("y…"));
        assertEquals("short", ErrorReporting.oneLine("short"));
    }
}
