package org.gdlab.render.paint;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.optim.LineSearchTrace;

/**
 * The current step's line-search trials on the plot: the points w + t·d the search evaluated, the accepted
 * one filled, the rejected ones hollow, on a thin dashed line from w along d to the farthest trial (so a
 * student sees the search walk back along the line). Nothing when there is no trace (a rule without a line
 * search, or switched off). Stateless apart from where it reads the trace.
 */
public final class TrialPointsOverlay implements Overlay {

    /** the trials' colour */
    public static final Color TRIAL = new Color(255, 235, 59);
    /** a trial's radius in painter units */
    public static final double RADIUS = 6;

    private final Supplier<LineSearchTrace> trace;
    private final BooleanSupplier shown;

    /** @param trace the current step's search, or null for none (read at each paint) */
    public TrialPointsOverlay(Supplier<LineSearchTrace> trace) {
        this(trace, () -> true);
    }

    /**
     * @param trace the current step's search, or null for none (read at each paint)
     * @param shown whether the window's switch shows the line search on the plot (read when an export starts:
     *     an animation draws the marks of each frame's step only while it is on)
     */
    public TrialPointsOverlay(Supplier<LineSearchTrace> trace, BooleanSupplier shown) {
        this.trace = trace;
        this.shown = shown;
    }

    /** @return the marks of the step whose marks are m: its line search's; null when it has none */
    public static Overlay atStep(StepMarks m) {
        LineSearchTrace s = m.trace();
        return s == null ? null : new TrialPointsOverlay(() -> s);
    }

    /** @return the search it draws now, or null */
    public LineSearchTrace trace() {
        return trace.get();
    }

    @Override
    public StepOverlay perStep() {
        return shown.getAsBoolean() ? TrialPointsOverlay::atStep : null;
    }

    @Override
    public String name() {
        return "line-search trials";
    }

    /** @return the trace of now, kept (a {@link LineSearchTrace} is immutable); null while there is none */
    @Override
    public Overlay frozen() {
        LineSearchTrace now = trace.get();
        return now == null ? null : new TrialPointsOverlay(() -> now);
    }

    @Override
    public boolean followsStep() {
        return true;
    }

    @Override
    public void paint(Graphics2D g, PlotTransform t, Occupancy occupied) {
        LineSearchTrace s = trace.get();
        if (s == null || s.trials().isEmpty()) {
            return;
        }
        Shape old = g.getClip();
        g.clip(SurfaceLayer.area(t));
        double sx = t.sx(s.w().x());
        double sy = t.sy(s.w().y());
        double far = 0;
        for (LineSearchTrace.Trial r : s.trials()) {
            if (Double.isFinite(r.t())) {
                far = Math.max(far, r.t());
            }
        }
        Vec2 end = s.w().plus(s.d().times(far));
        if (end.isFinite()) {
            g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, new float[] {5f, 5f}, 0f));
            g.setColor(PlotStyle.alpha(TRIAL, 200));
            g.draw(new Line2D.Double(sx, sy, t.sx(end.x()), t.sy(end.y())));
        }
        LineSearchTrace.Trial accepted = null;
        for (LineSearchTrace.Trial r : s.trials()) {
            if (r.accepted()) {
                accepted = r;
            } else {
                paintTrial(g, t, r.point(s), false, occupied);
            }
        }
        if (accepted != null) { // last, over any rejected trial at the same place
            paintTrial(g, t, accepted.point(s), true, occupied);
        }
        g.setClip(old);
    }

    private static void paintTrial(Graphics2D g, PlotTransform t, Vec2 p, boolean filled, Occupancy occupied) {
        if (!p.isFinite()) {
            return;
        }
        double x = t.sx(p.x());
        double y = t.sy(p.y());
        if (!Double.isFinite(x) || !Double.isFinite(y) || Math.abs(x) > 1e6 || Math.abs(y) > 1e6) {
            return;
        }
        Ellipse2D.Double dot = new Ellipse2D.Double(x - RADIUS, y - RADIUS, 2 * RADIUS, 2 * RADIUS);
        g.setColor(PlotStyle.OUTLINE);
        g.setStroke(new BasicStroke(4.5f));
        g.draw(dot);
        g.setColor(TRIAL);
        g.setStroke(new BasicStroke(2.2f));
        if (filled) {
            g.fill(dot);
        }
        g.draw(dot);
        occupied.addPoint(x, y, RADIUS + 2, Occupancy.HARD);
    }
}
