package org.gdlab.render;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import org.gdlab.render.paint.Labels;
import org.gdlab.render.paint.Occupancy;
import org.gdlab.render.paint.Overlay;
import org.gdlab.render.paint.Placement;
import org.gdlab.render.paint.PlotStyle;
import org.gdlab.render.paint.PlotTheme;
import org.gdlab.render.paint.PlotTransform;
import org.gdlab.render.paint.SurfaceLayer;

/**
 * A GIF frame's "step k" chip, in the plot corner that covers least (top right first).
 *
 * @param step  the step shown
 * @param theme its paper and ink
 */
record StepCounter(int step, PlotTheme theme) implements Overlay {

    @Override
    public void paint(Graphics2D g, PlotTransform t, Occupancy occupied) {
        String text = "step " + step;
        Rectangle2D size = Labels.size(g, PlotStyle.ARROW_LABEL, text);
        double w = size.getWidth() + 12;
        double h = size.getHeight() + 6;
        var corners = Placement.corners(SurfaceLayer.area(t), w, h, 8);
        var order = java.util.List.of(corners.get(1), corners.get(0), corners.get(3), corners.get(2));
        Rectangle2D box = order.get(Placement.best(order, SurfaceLayer.area(t), occupied));
        g.setColor(PlotStyle.alpha(theme.paper(), 215));
        g.fill(new RoundRectangle2D.Double(box.getX(), box.getY(), w, h, 8, 8));
        g.setColor(theme.ink());
        var m = Labels.metrics(g, PlotStyle.ARROW_LABEL);
        g.drawString(text, (float) (box.getX() + 6 + 2), (float) (box.getCenterY() + (m.getAscent() - m.getDescent()) / 2.0));
        occupied.addLabel(box);
    }
}
