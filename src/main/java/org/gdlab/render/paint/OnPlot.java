package org.gdlab.render.paint;

import java.util.ArrayList;
import java.util.List;

/**
 * The overlays the window shows on its plot, frozen ({@link Overlay#frozen}) for an export: those under the
 * paths (the basin map's picture, the ghost paths, the curvature marks), bottom to top, and those over
 * them (the basin map's legend, the line search's trials and direction, the batch gradient), in the order
 * the window paints them. Immutable lists of (expected to be) immutable overlays.
 *
 * @param underPaths painted after the surface and the axes, before any path
 * @param overPaths  painted after the paths and their labels, before the current point and its arrows
 */
public record OnPlot(List<Overlay> underPaths, List<Overlay> overPaths) {

    /** nothing over the plot */
    public static final OnPlot NONE = new OnPlot(List.of(), List.of());

    public OnPlot {
        underPaths = List.copyOf(underPaths);
        overPaths = List.copyOf(overPaths);
    }

    /** @return frozen copies of the overlays (those whose copy is null left out) */
    public static OnPlot frozen(List<Overlay> underPaths, List<Overlay> overPaths) {
        return new OnPlot(frozen(underPaths), frozen(overPaths));
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

    /** @return these without the overlays that belong to one step ({@link Overlay#followsStep}): for an animation */
    public OnPlot withoutStepOverlays() {
        return new OnPlot(underPaths.stream().filter(o -> !o.followsStep()).toList(),
                overPaths.stream().filter(o -> !o.followsStep()).toList());
    }

    /** @return the overlays' names, under the paths first, in painting order */
    public List<String> names() {
        List<String> out = new ArrayList<>();
        underPaths.forEach(o -> out.add(o.name()));
        overPaths.forEach(o -> out.add(o.name()));
        return out;
    }
}
