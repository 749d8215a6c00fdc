package org.gdlab.app.plot;

import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.gdlab.render.paint.Occupancy;
import org.gdlab.render.paint.PathLayer;
import org.gdlab.render.paint.PathPoints;
import org.gdlab.render.paint.PlotTransform;
import org.jfree.fx.FXGraphics2D;

/**
 * For layers that paint on a GraphicsContext of their own (the race's, the ghosts'): the one painter's
 * path geometry ({@link PathLayer#polyline}) stroked there, and its "left the view" marker. Stateless.
 */
public final class PathPainter {

    private PathPainter() {
    }

    /**
     * Strokes w_from … w_to with g's current stroke: clipped to the view, ending where a diverged path left
     * it for good, in pieces ({@link PathLayer#polyline}).
     */
    public static void polyline(GraphicsContext g, PlotTransform t, PathPoints p, int from, int to) {
        double[] c = new double[6];
        for (Path2D piece : PathLayer.polyline(t, p, from, to)) {
            g.beginPath();
            for (PathIterator it = piece.getPathIterator(null); !it.isDone(); it.next()) {
                if (it.currentSegment(c) == PathIterator.SEG_MOVETO) {
                    g.moveTo(c[0], c[1]);
                } else {
                    g.lineTo(c[0], c[1]);
                }
            }
            g.stroke();
        }
    }

    /** The marker where a diverged path left the view ({@link PathLayer#paintExit}), in color. */
    public static void exitMarker(GraphicsContext g, PlotTransform t, PathPoints p, Color color) {
        FXGraphics2D g2 = new FXGraphics2D(g);
        g2.setRenderingHint(java.awt.RenderingHints.KEY_STROKE_CONTROL, java.awt.RenderingHints.VALUE_STROKE_PURE);
        PathLayer.paintExit(g2, t, p, Colors.awt(color), new Occupancy());
    }

    /** @return v limited to ±1e5 pixels, so far-away iterates stay drawable */
    public static double clamp(double v) {
        return PathLayer.clamp(v);
    }
}
