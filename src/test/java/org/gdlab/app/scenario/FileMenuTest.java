package org.gdlab.app.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.gdlab.app.ShellFixture;
import org.gdlab.core.scenario.Scenario;
import org.gdlab.core.surface.Surface;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File ▸ Open / Save through the menu's keys, into a temporary directory. */
@ExtendWith(ApplicationExtension.class)
class FileMenuTest {

    @TempDir
    static Path dir;

    private ShellFixture ui;

    @Start
    void start(Stage stage) {
        ui = new ShellFixture(stage, dir.resolve("config"));
    }

    @AfterEach
    void stop(FxRobot robot) {
        ShellFixture.fx(() -> {
            robot.listTargetWindows().stream().filter(w -> w != ui.view.getScene().getWindow())
                    .filter(w -> w instanceof Stage).forEach(w -> ((Stage) w).close());
            ui.view.dispose();
        });
    }

    private static void ctrl(FxRobot robot, KeyCode... keys) {
        robot.press(KeyCode.CONTROL);
        for (KeyCode k : keys) {
            robot.press(k);
        }
        for (int i = keys.length - 1; i >= 0; i--) {
            robot.release(keys[i]);
        }
        robot.release(KeyCode.CONTROL);
    }

    @Test
    void openingACorruptFileShowsTheProblemAndKeepsTheSurface(FxRobot robot) throws Exception {
        ui.idle();
        Surface before = ui.vm.surfaceProperty().get();
        Path bad = dir.resolve("broken.gdlab.json");
        Files.writeString(bad, "{\"format\": \"gdlab-scenario\", \"version\": 1, \"surface\": ");
        ui.answers.add(bad);
        ctrl(robot, KeyCode.O);
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane dialog = robot.lookup("#error-dialog").queryAs(DialogPane.class);
        assertTrue(dialog.getHeaderText().contains("broken.gdlab.json"), dialog.getHeaderText());
        assertTrue(!dialog.getContentText().isBlank(), "the problem is named");
        ui.idle();
        assertEquals(before, ui.vm.surfaceProperty().get(), "the same surface object: nothing changed");
        assertEquals(null, ui.shell.document().fileProperty().get());
    }

    @Test
    void theSessionIsKeptInTheConfigDirectoryAndRestoredOnTheNextStart() {
        ui.idle();
        ShellFixture.fx(() -> ui.shell.lessons().open("saddle-point"));
        ui.idle();
        Scenario shown = ShellFixture.fx(() -> ui.shell.document().current());
        ShellFixture.fx(() -> ui.shell.saveSession());
        assertTrue(Files.isRegularFile(dir.resolve("config").resolve("session" + org.gdlab.core.scenario.ScenarioFiles.EXTENSION)));
        Scenario restored = ShellFixture.fx(() -> {
            org.gdlab.app.MainView other = org.gdlab.app.GdLabApp.createView();
            try {
                org.gdlab.app.AppShell next = new org.gdlab.app.AppShell(other, new AppConfig(dir.resolve("config")), null);
                next.restoreSession();
                return next.document().current();
            } finally {
                other.dispose();
            }
        });
        assertEquals(shown, restored);
    }

    @Test
    void saveThenOpenRestoresWhatWasOnScreen(FxRobot robot) throws Exception {
        ui.idle();
        ShellFixture.fx(() -> {
            ui.vm.selectSurface("himmelblau");
            ui.vm.learningRateProperty().set(0.0123);
            ui.vm.setStart(1.5, -2.25);
        });
        ui.idle();
        Scenario shown = ShellFixture.fx(() -> ui.shell.document().current());
        Path file = dir.resolve("round-trip.gdlab.json");
        ui.answers.add(file);
        ctrl(robot, KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Files.isRegularFile(file));
        ctrl(robot, KeyCode.N);
        ui.idle();
        assertNotEquals("himmelblau", ui.vm.surfaceIdProperty().get());
        ui.answers.add(file);
        ctrl(robot, KeyCode.O);
        ui.idle();
        assertEquals("himmelblau", ui.vm.surfaceIdProperty().get());
        assertEquals(0.0123, ui.vm.learningRateProperty().get(), 0, "the same double");
        assertEquals(shown, ShellFixture.fx(() -> ui.shell.document().current()));
        assertEquals(file.toAbsolutePath().normalize(), ui.shell.document().recentFiles().get(0));
        assertEquals(ui.shell.document().recentFiles(), new AppConfig(dir.resolve("config")).recentFiles(),
                "the recent files are remembered in the config directory");
    }
}
