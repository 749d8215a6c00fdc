package org.gdlab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Set;
import java.util.function.Predicate;
import org.gdlab.Launcher.Mode;
import org.junit.jupiter.api.Test;

/** What the launcher does with its arguments: the window, the window on a file, or the command line. */
class LauncherTest {

    private static final Set<Path> FILES = Set.of(Path.of("lesson.gdlab.json"), Path.of("data.JSON"),
            Path.of("functions"), Path.of("notes.txt"));
    private static final Predicate<Path> EXISTS = FILES::contains;

    private static Mode mode(String... args) {
        return Launcher.modeOf(args, EXISTS);
    }

    @Test
    void noArgumentsOpenTheWindow() {
        assertEquals(Mode.WINDOW, mode());
    }

    @Test
    void anExistingJsonFileAloneOpensTheWindowOnIt() {
        assertEquals(Mode.WINDOW, mode("lesson.gdlab.json"));
        assertEquals(Mode.WINDOW, mode("data.JSON"));
    }

    @Test
    void subcommandsRunTheCommandLine() {
        assertEquals(Mode.COMMAND_LINE, mode("functions")); // even where a file of that name exists
        assertEquals(Mode.COMMAND_LINE, mode("run", "--function", "sphere"));
        assertEquals(Mode.COMMAND_LINE, mode("--help"));
        assertEquals(Mode.COMMAND_LINE, mode("render", "--scenario", "lesson.gdlab.json", "--png", "x.png"));
    }

    @Test
    void aMissingFileOrAnotherKindOfFileGoesToTheCommandLineWhichReportsIt() {
        assertEquals(Mode.COMMAND_LINE, mode("missing.gdlab.json"));
        assertEquals(Mode.COMMAND_LINE, mode("notes.txt"));
        assertEquals(Mode.COMMAND_LINE, mode("lesson.gdlab.json", "data.JSON"));
    }

    @Test
    void aFinderProcessSerialNumberOpensTheWindow() {
        assertEquals(Mode.WINDOW, mode("-psn_0_1234567"));
    }

    @Test
    void aRealFileOnDiskIsRecognised() {
        Path example = Path.of("src/examples/rosenbrock-race.gdlab.json");
        assertEquals(Mode.WINDOW, Launcher.modeOf(new String[] {example.toString()}, java.nio.file.Files::isRegularFile));
    }
}
