package org.gdlab.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/** The exit status and the captured output of one command-line invocation, for tests. */
record CliResult(int status, String out, String err) {

    static CliResult run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = GdLabCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CliResult(status, out.toString(), err.toString());
    }

    /**
     * Runs a command that must be refused: exit status 2, nothing on stdout, one line on stderr.
     *
     * @return the result, for its line
     */
    static CliResult refusedInOneLine(String... args) {
        CliResult r = run(args);
        org.junit.jupiter.api.Assertions.assertEquals(2, r.status(), r.out() + r.err());
        org.junit.jupiter.api.Assertions.assertEquals("", r.out());
        org.junit.jupiter.api.Assertions.assertEquals(1, r.errLines().size(), r.err());
        return r;
    }

    List<String> outLines() {
        return out.lines().toList();
    }

    List<String> errLines() {
        return err.lines().toList();
    }
}
