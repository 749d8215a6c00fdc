package org.gdlab.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts {@code gdlab} in a new JVM with the tests' class path (java from java.home), for what only a
 * process shows: a heap limit, a closed pipe, a signal.
 */
final class ChildJvm {

    private ChildJvm() {
    }

    /**
     * @param jvmOptions e.g. "-Xmx256m"
     * @param args the command line of gdlab
     * @return the started process (stdout and stderr are pipes the caller reads or closes)
     */
    static ProcessBuilder gdlab(List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-Djava.awt.headless=true");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("org.gdlab.Launcher");
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }

    /** Runs gdlab to its end; stdout goes to {@code out}, stderr is returned. */
    static Finished run(List<String> jvmOptions, Path out, String... args) throws IOException, InterruptedException {
        Process p = gdlab(jvmOptions, args).redirectOutput(out.toFile()).start();
        p.getOutputStream().close();
        String err = new String(p.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        return new Finished(p.waitFor(), err);
    }

    /** How a child ended: its exit status and what it wrote on stderr. */
    record Finished(int status, String err) {
    }
}
