package org.gdlab.app.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.stage.Stage;
import org.gdlab.app.UiFixture;
import org.gdlab.core.optim.OptimizerKind;
import org.gdlab.render.paint.SearchDirectionOverlay;
import org.gdlab.render.paint.TrialPointsOverlay;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The line search on the plot: the trial points appear for armijo and not for gd; the search direction
 * and the ellipses for bfgs and not for armijo. Counted as pixels of the overlays' own colours in a snapshot.
 */
@ExtendWith(ApplicationExtension.class)
class SearchOverlaysTest {

    private UiFixture ui;

    @Start
    void start(Stage stage) {
        ui = new UiFixture(stage);
    }

    @AfterEach
    void stop() {
        UiFixture.fx(() -> ui.view.dispose());
    }

    private int pixels(OptimizerKind k, Color c) {
        UiFixture.fx(() -> ui.vm.optimizerProperty().set(k));
        ui.idle();
        UiFixture.fx(() -> ui.vm.playback().seek(1));
        ui.idle();
        Image img = UiFixture.snapshot(ui.view.plot());
        PixelReader r = img.getPixelReader();
        int n = 0;
        for (int y = 0; y < (int) img.getHeight(); y++) {
            for (int x = 0; x < (int) img.getWidth(); x++) {
                int argb = r.getArgb(x, y);
                if (Math.abs(((argb >> 16) & 255) - c.getRed()) <= 3 && Math.abs(((argb >> 8) & 255) - c.getGreen()) <= 3
                        && Math.abs((argb & 255) - c.getBlue()) <= 3) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void armijosTrialPointsAppearAndGradientDescentHasNone() {
        assertEquals(0, pixels(OptimizerKind.GD, TrialPointsOverlay.TRIAL), "gd tries no steps");
        assertTrue(pixels(OptimizerKind.ARMIJO, TrialPointsOverlay.TRIAL) > 40, "armijo's trials are drawn");
    }

    @Test
    void bfgsShowsItsDirectionAndEllipseAndArmijoDoesNot() {
        assertEquals(0, pixels(OptimizerKind.ARMIJO, SearchDirectionOverlay.DIRECTION), "armijo's d is −∇C");
        assertTrue(pixels(OptimizerKind.BFGS, SearchDirectionOverlay.DIRECTION) > 100, "bfgs: d and its ellipse");
    }
}
