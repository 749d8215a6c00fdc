package org.gdlab.app.data;

import java.awt.Graphics2D;
import org.gdlab.app.viewmodel.LabViewModel;
import org.gdlab.app.viewmodel.PlannedPath;
import org.gdlab.core.math.Vec2;
import org.gdlab.render.paint.BatchGradientArrow;
import org.gdlab.render.paint.Occupancy;
import org.gdlab.render.paint.Overlay;
import org.gdlab.render.paint.PlotTransform;
import org.gdlab.render.paint.StepOverlay;

/**
 * On a mini-batch run, the arrow of −∇J_B (the gradient of the step's batch, the one the optimizer steps on)
 * at the current point, beside the plot's −∇J arrow: the main run's {@link BatchGradientArrow} at the
 * playback's step (its length and label are explained there). An animated export draws the same arrow at
 * each frame's step ({@link #perStep}).
 */
public final class BatchGradientOverlay implements Overlay {

    private final LabViewModel lab;
    // the step whose arrow is shown, null while there is none (a full-batch run): changes only when the arrow does
    private final javafx.beans.property.ObjectProperty<Object> shownAt = new javafx.beans.property.SimpleObjectProperty<>();

    public BatchGradientOverlay(LabViewModel lab) {
        this.lab = lab;
        javafx.beans.InvalidationListener follow = o -> shownAt.set(arrow() == null ? null : new Object());
        lab.pathProperty().addListener(follow);
        lab.playback().stepProperty().addListener(follow);
        follow.invalidated(null);
    }

    /**
     * @return what to repaint the overlay with: it changes with every step of a mini-batch run and never on a
     *     full-batch run (which has no arrow), so that a step of playback or the scrubber does not repaint the
     *     plot's still marks for nothing
     */
    public javafx.beans.Observable changes() {
        return shownAt;
    }

    /** @return ∇J_B at step k of the path, or null on a full-batch run and at its last point */
    public static Vec2 batchGradient(PlannedPath p, int k) {
        return org.gdlab.app.viewmodel.DataGradientText.batchGradient(p, k);
    }

    @Override
    public String name() {
        return "batch gradient";
    }

    /** @return the arrow of the step on screen (the path is immutable), or null when there is none */
    @Override
    public Overlay frozen() {
        return arrow();
    }

    @Override
    public boolean followsStep() {
        return true;
    }

    /** @return the arrow at each frame's step: the window always shows it on a mini-batch run */
    @Override
    public StepOverlay perStep() {
        return BatchGradientArrow::atStep;
    }

    @Override
    public void paint(Graphics2D g, PlotTransform t, Occupancy occupied) {
        Overlay a = arrow();
        if (a != null) {
            a.paint(g, t, occupied);
        }
    }

    /** @return the main run's arrow at the playback's step, or null (no path, a full batch, its last point) */
    private BatchGradientArrow arrow() {
        PlannedPath p = lab.pathProperty().get();
        if (p == null || p.size() == 0) {
            return null;
        }
        int k = Math.min(lab.playback().step(), p.size() - 1);
        Vec2 gb = batchGradient(p, k);
        return gb == null ? null : new BatchGradientArrow(new Vec2(p.x(k), p.y(k)), new Vec2(p.gx(k), p.gy(k)), gb);
    }
}
