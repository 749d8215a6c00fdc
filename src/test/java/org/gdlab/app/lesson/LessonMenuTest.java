package org.gdlab.app.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.gdlab.app.ShellFixture;
import org.gdlab.core.lesson.Lesson;
import org.gdlab.core.lesson.Lessons;
import org.gdlab.core.scenario.SurfaceSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Lessons menu and the caption bar, driven like a user. */
@ExtendWith(ApplicationExtension.class)
class LessonMenuTest {

    @TempDir
    static Path config;

    private ShellFixture ui;

    @Start
    void start(Stage stage) {
        ui = new ShellFixture(stage, config);
    }

    @AfterEach
    void stop() {
        ShellFixture.fx(() -> ui.view.dispose());
    }

    private static String surfaceId(Lesson l) {
        return l.scenario().surface() instanceof SurfaceSpec.Builtin b ? b.id() : null;
    }

    @Test
    void openingALessonFromTheMenuChangesTheSurfaceAndShowsItsCaption(FxRobot robot) {
        ui.idle();
        Lesson saddle = Lessons.byId("saddle-point");
        assertNotEquals(surfaceId(saddle), ui.vm.surfaceIdProperty().get(), "a different surface at first");
        assertFalse(robot.lookup("#caption-bar").query().isVisible(), "no caption before a lesson");
        robot.clickOn("#lesson-menu");
        robot.clickOn(robot.lookup(".menu-item").lookup("#lesson-saddle-point").queryAs(javafx.scene.Node.class));
        ui.idle();
        assertEquals(surfaceId(saddle), ui.vm.surfaceIdProperty().get());
        assertTrue(robot.lookup("#caption-bar").query().isVisible());
        assertEquals(saddle.caption(), robot.lookup("#caption-text").queryAs(Label.class).getText());
        assertEquals("Try this: " + saddle.tryThis(), robot.lookup("#caption-try").queryAs(Label.class).getText());
        assertEquals(saddle.scenario().start().x(), ui.vm.startXProperty().get(), 0, "the lesson's start, exactly");
    }

    @Test
    void nAndPStepToTheNextAndPreviousLesson(FxRobot robot) {
        ui.idle();
        ShellFixture.fx(() -> ui.shell.lessons().open(0));
        ui.idle();
        ShellFixture.fx(() -> ui.view.plot().requestFocus());
        robot.type(KeyCode.N);
        ui.idle();
        Lesson second = Lessons.all().get(1);
        assertEquals(1, ui.shell.lessons().indexProperty().get());
        assertEquals(surfaceId(second), ui.vm.surfaceIdProperty().get());
        assertTrue(robot.lookup("#caption-title").queryAs(Label.class).getText().endsWith(second.title()));
        robot.type(KeyCode.PAGE_DOWN);
        ui.idle();
        assertEquals(2, ui.shell.lessons().indexProperty().get());
        robot.type(KeyCode.P);
        robot.type(KeyCode.PAGE_UP);
        ui.idle();
        assertEquals(0, ui.shell.lessons().indexProperty().get());
        assertEquals(Lessons.all().get(0).caption(), robot.lookup("#caption-text").queryAs(Label.class).getText());
    }

    @Test
    void fileNewClosesTheCaption(FxRobot robot) {
        ui.idle();
        ShellFixture.fx(() -> ui.shell.lessons().open(3));
        ui.idle();
        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        ui.idle();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(-1, ui.shell.lessons().indexProperty().get());
        assertFalse(robot.lookup("#caption-bar").query().isVisible());
        assertEquals("quadratic", ui.vm.surfaceIdProperty().get());
    }
}
