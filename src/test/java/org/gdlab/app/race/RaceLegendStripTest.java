package org.gdlab.app.race;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.gdlab.app.ShellFixture;
import org.gdlab.core.optim.OptimizerKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The race legend at 1024×768 and 200 %, outside presentation mode, with six runs: one row whatever the
 * number of runs; each chip marks its run's end with one sign and says it in words in its tooltip; the
 * chips that do not fit wait in a "+N" menu, whole.
 */
@ExtendWith(ApplicationExtension.class)
class RaceLegendStripTest {

    @TempDir
    static Path config;

    private ShellFixture ui;
    private Stage stage;

    @Start
    void start(Stage primary) {
        stage = new Stage();
        ui = new ShellFixture(stage, config);
    }

    @AfterEach
    void stop() {
        ShellFixture.fx(() -> {
            ui.view.dispose();
            stage.close();
        });
    }

    private void layout() {
        ShellFixture.fx(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
        });
    }

    @Test
    void sixRunsAt1024PixelsAnd200PercentStayInOneRowWithTheRestInAPlusNMenu() {
        ShellFixture.fx(() -> {
            stage.setWidth(1024);
            stage.setHeight(768);
            ui.shell.presentation().setScale(2);
            RaceViewModel race = ui.view.race();
            race.applyPreset(RacePreset.ADAPTIVE_FAMILY);
            race.addRun(OptimizerKind.GD, 10); // diverges on the quadratic: α far above 2/λmax
            race.addRun(OptimizerKind.NORMALIZED, 0.05);
        });
        ui.idle();
        layout();
        RaceBar bar = ui.view.raceBar();
        List<RunModel> runs = ui.view.race().runs();
        assertEquals(6, runs.size());
        ShellFixture.fx(() -> {
            Node main = bar.lookup("#legend-main-select");
            double row = main.getLayoutBounds().getHeight();
            assertTrue(bar.getHeight() < 1.6 * row, "one row: the bar is " + bar.getHeight() + " px, a chip " + row);
            int folded = bar.foldedChips();
            assertTrue(folded > 0 && folded < runs.size() + 1, "some chips fold: " + folded);
            var more = (javafx.scene.control.MenuButton) bar.lookup("#legendMore");
            assertTrue(more.isVisible() && more.getText().equals("+" + folded), more.getText());
            Bounds inBar = bar.localToScene(bar.getLayoutBounds());
            Bounds plus = more.localToScene(more.getLayoutBounds());
            assertTrue(plus.getMaxX() <= inBar.getMaxX() + 0.5, "the +N button is inside the bar");
            int shown = runs.size() + 1 - folded;
            for (int i = 0; i < shown - 1; i++) {
                Node chip = bar.lookup("#legend-" + i);
                assertTrue(chip.isVisible(), "chip " + i + " is shown");
                Bounds b = chip.localToScene(chip.getLayoutBounds());
                assertTrue(b.getMaxX() <= plus.getMinX() + 0.5, "chip " + i + " lies before the +N button");
            }
            for (int i = shown - 1; i < runs.size(); i++) {
                assertTrue(!bar.lookup("#legend-" + i).isVisible(), "chip " + i + " is folded");
            }
            for (int i = 0; i < runs.size(); i++) {
                RunModel r = runs.get(i);
                ToggleButton chip = (ToggleButton) bar.lookup("#legend-" + i + "-select");
                String mark = switch (r.pathProperty().get().path().outcome().status()) {
                    case CONVERGED -> "✓";
                    case DIVERGED -> "✗";
                    case MAX_STEPS -> "⇥";
                    case STOPPED -> "⊘";
                };
                assertEquals(r.label() + " " + mark, chip.getText(), "short: the label and the mark");
                assertTrue(chip.getTooltip().getText().startsWith(r.outcomeSentence()), "the sentence in the tooltip");
            }
            assertTrue(((ToggleButton) bar.lookup("#legend-4-select")).getText().endsWith("✗"), "α = 10 diverges");
            more.show();
        });
        layout();
        ShellFixture.fx(() -> {
            var more = (javafx.scene.control.MenuButton) bar.lookup("#legendMore");
            int folded = bar.foldedChips();
            assertEquals(folded, more.getItems().size(), "one entry per folded chip");
            for (int j = 0; j < folded; j++) {
                RunModel r = runs.get(runs.size() - folded + j);
                Node entry = ((CustomMenuItem) more.getItems().get(j)).getContent();
                ToggleButton select = (ToggleButton) entry.lookup(".toggle-button");
                assertEquals(r.legend(), select.getText(), "in the menu, the outcome's headline in words");
            }
            ((ToggleButton) ((CustomMenuItem) more.getItems().get(folded - 1)).getContent().lookup(".toggle-button")).fire();
            assertEquals(runs.get(runs.size() - 1), ui.view.race().selectedProperty().get(), "a folded run can be selected");
            more.hide();
        });
    }
}
