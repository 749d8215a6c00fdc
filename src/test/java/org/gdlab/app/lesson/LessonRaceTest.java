package org.gdlab.app.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.gdlab.app.ShellFixture;
import org.gdlab.core.optim.OptimizerKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A two-run lesson opened from the Lessons menu races both runs in the window. */
@ExtendWith(ApplicationExtension.class)
class LessonRaceTest {

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

    @Test
    void openingZigzagMomentumFromTheMenuShowsTwoRunsInTheRaceLegend(FxRobot robot) throws InterruptedException {
        ui.idle();
        assertTrue(ui.view.race().runs().isEmpty(), "no race before the lesson");
        robot.clickOn("#lesson-menu");
        robot.clickOn(robot.lookup(".menu-item").lookup("#lesson-zigzag-momentum").queryAs(Node.class));
        ui.idle();
        Node bar = robot.lookup("#raceBar").query();
        long chips = bar.lookupAll("*").stream().filter(n -> n.getId() != null && n.getId().matches("legend-(main|\\d+)")).count();
        assertEquals(2, chips, "the main run's chip and the momentum run's");
        assertEquals(OptimizerKind.MOMENTUM, ui.view.race().runs().get(0).optimizerProperty().get());
        var chip = robot.lookup("#legend-0-select").queryAs(javafx.scene.control.ToggleButton.class);
        String label = chip.getText();
        assertTrue(label.startsWith("momentum"), label);
        // μ = 0.5 on κ = 25: the heavy-ball factors are at most 0.8 per step, |∇C| < 1e-8 well within 100 steps
        assertTrue(label.endsWith(" ✓"), "the chip marks how the run ends: " + label);
        assertTrue(chip.getTooltip().getText().startsWith("Converged at step "), "its tooltip says it in words: "
                + chip.getTooltip().getText());
        assertTrue(ui.view.race().runs().get(0).pathProperty().get() != null, "the momentum run is planned");
    }
}
