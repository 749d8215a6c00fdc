package org.gdlab.render.paint;

import java.util.ArrayList;
import java.util.List;

/**
 * The overlays the window shows on its plot, frozen ({@link Overlay#frozen}) for an export: those under the
 * paths (the basin map's picture, the ghost paths, the curvature marks), bottom to top, and those over
 * them (the basin map's legend, the line search's trials and direction, the batch gradient), in the order
 * the window paints them; and, for an animation, how those of one step that are switched on are drawn at
 * each frame's step ({@link Overlay#perStep}: the trials, the direction, the batch gradient). Immutable
 * lists of (expected to be) immutable overlays.
 *
 * @param underPaths painted after the surface and the axes, before any path
 * @param overPaths  painted after the paths and their labels, before the current point and its arrows
 * @param perStep    in an animation's frame, painted at the frame's step in place of the overlays of the
 *                   window's step, over the paths, in the window's order
 */
public record OnPlot(List<Overlay> underPaths, List<Overlay> overPaths, List<StepOverlay> perStep) {

    /** nothing over the plot */
    public static final OnPlot NONE = new OnPlot(List.of(), List.of());

    public OnPlot {
        underPaths = List.copyOf(underPaths);
        overPaths = List.copyOf(overPaths);
        perStep = List.copyOf(perStep);
    }

    /** Overlays with none of one step redrawn per frame. */
    public OnPlot(List<Overlay> underPaths, List<Overlay> overPaths) {
        this(underPaths, overPaths, List.of());
    }

    /**
     * @return frozen copies of the overlays (those whose copy is null left out), and how those switched on
     *     that belong to one step are drawn at another ({@link Overlay#perStep}, read now)
     */
    public static OnPlot frozen(List<Overlay> underPaths, List<Overlay> overPaths) {
        List<StepOverlay> perStep = new ArrayList<>();
        for (List<Overlay> layer : List.of(underPaths, overPaths)) {
            for (Overlay o : layer) {
                StepOverlay s = o.perStep();
                if (s != null) {
                    perStep.add(s);
                }
            }
        }
        return new OnPlot(frozen(underPaths), frozen(overPaths), perStep);
    }

    private static List<Overlay> frozen(List<Overlay> live) {
        List<Overlay> out = new ArrayList<>();
        for (Overlay o : live) {
            Overlay f = o.frozen();
            if (f != null) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * @return these without the overlays that belong to one step ({@link Overlay#followsStep}): for an
     *     animation, which draws {@link #perStep} at each frame's step in their place
     */
    public OnPlot withoutStepOverlays() {
        return new OnPlot(underPaths.stream().filter(o -> !o.followsStep()).toList(),
                overPaths.stream().filter(o -> !o.followsStep()).toList(), perStep);
    }

    /** @return the overlays' names, under the paths first, in painting order */
    public List<String> names() {
        List<String> out = new ArrayList<>();
        underPaths.forEach(o -> out.add(o.name()));
        overPaths.forEach(o -> out.add(o.name()));
        return out;
    }
}
