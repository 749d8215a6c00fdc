package org.gdlab.app.plot;

import java.awt.Graphics2D;
import java.util.function.Supplier;
import org.gdlab.render.paint.Occupancy;
import org.gdlab.render.paint.Overlay;
import org.gdlab.render.paint.PlotTransform;

/**
 * A window overlay that shows what a view model holds now: at each paint it asks for the immutable overlay
 * of the one painter ({@code org.gdlab.render.paint}) that draws the view model's current state, and paints
 * that; its {@link #frozen} copy for an export is that overlay itself. So the window and the exports paint
 * the same object's code. JavaFX thread only (the supplier reads view models).
 */
public final class LiveOverlay implements Overlay {

    private final String name;
    private final Supplier<Overlay> now;
    private final boolean followsStep;

    /**
     * @param name what it is called (the same as the overlays {@code now} gives)
     * @param now  the overlay of the current state, or null while there is nothing to show
     */
    public LiveOverlay(String name, Supplier<Overlay> now) {
        this(name, false, now);
    }

    /**
     * @param followsStep whether what it shows belongs to the step on screen ({@link Overlay#followsStep}):
     *                    the window then repaints its labels with the step's moving marks
     */
    public LiveOverlay(String name, boolean followsStep, Supplier<Overlay> now) {
        this.name = name;
        this.followsStep = followsStep;
        this.now = now;
    }

    @Override
    public void paint(Graphics2D g, PlotTransform t, Occupancy occupied) {
        Overlay o = now.get();
        if (o != null) {
            o.paint(g, t, occupied);
        }
    }

    @Override
    public void paintLabels(Graphics2D g, PlotTransform t, Occupancy occupied) {
        Overlay o = now.get();
        if (o != null) {
            o.paintLabels(g, t, occupied);
        }
    }

    @Override
    public boolean hasLabels() {
        Overlay o = now.get();
        return o != null && o.hasLabels();
    }

    @Override
    public boolean followsStep() {
        return followsStep;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Overlay frozen() {
        Overlay o = now.get();
        return o == null ? null : o.frozen();
    }
}
