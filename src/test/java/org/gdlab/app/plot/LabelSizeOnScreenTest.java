package org.gdlab.app.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.awt.geom.Rectangle2D;
import javafx.scene.canvas.Canvas;
import javafx.stage.Stage;
import org.gdlab.app.UiFixture;
import org.gdlab.render.paint.Labels;
import org.gdlab.render.paint.PlotStyle;
import org.jfree.fx.FXGraphics2D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * On the screen's painter (FXGraphics2D, whose {@code getFontMetrics(font)} answers with the metrics of its
 * current font) a label is measured in its own font, whatever font was drawn last: the −∇C label measured
 * after the tick labels came out narrower than it is drawn, and its canvas cut it.
 */
@ExtendWith(ApplicationExtension.class)
class LabelSizeOnScreenTest {

    @Start
    void start(Stage stage) {
    }

    @Test
    void aLabelIsMeasuredInItsFontAfterAnotherFontWasDrawn() {
        String text = "−∇C  |∇C| = 12.3";
        double[] w = UiFixture.fx(() -> {
            CanvasGraphics cg = new CanvasGraphics(new Canvas(1, 1));
            java.awt.Graphics2D g = cg.cleared(1);
            g.setFont(PlotStyle.LABEL); // as the tick labels and the right margin's measure leave it
            Rectangle2D measured = Labels.size(g, PlotStyle.ARROW_LABEL, text);
            FXGraphics2D fresh = new FXGraphics2D(new Canvas(1, 1).getGraphicsContext2D());
            fresh.setFont(PlotStyle.ARROW_LABEL);
            double inItsFont = fresh.getFontMetrics().stringWidth(text);
            fresh.setFont(PlotStyle.LABEL);
            double inTheLastFont = fresh.getFontMetrics().stringWidth(text);
            return new double[] {measured.getWidth() - 2 * 2, inItsFont, inTheLastFont};
        });
        assertNotEquals(w[1], w[2], 0.5, "the two fonts give the text different widths (else this test shows nothing)");
        assertEquals(w[1], w[0], 1e-9, "the label is as wide as its text in its own font");
    }
}
