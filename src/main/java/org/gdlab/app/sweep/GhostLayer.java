package org.gdlab.app.sweep;

import java.util.ArrayList;
import java.util.List;
import org.gdlab.app.plot.LiveOverlay;
import org.gdlab.app.plot.PlotView;
import org.gdlab.render.paint.GhostOverlay;
import org.gdlab.render.paint.GhostPaths;

/**
 * The ghost paths on the plot: faint white polylines (smaller α dotted, larger α dashed) with their label
 * ("α/4" … "4α") near their start, under the paths, painted by the one painter ({@link GhostOverlay}) on a
 * layer of the plot; registered once, so the exports of the window draw them too.
 */
public final class GhostLayer {

    private GhostLayer() {
    }

    /** Puts the ghosts on the plot, under the paths (called once, from {@code org.gdlab.app.PlotOverlays}). */
    public static void register(GhostViewModel vm, PlotView plot) {
        plot.addOverlayLayer(new LiveOverlay("ghost paths", () -> overlay(vm.ghostsProperty().get())), vm.ghostsProperty());
    }

    /** @return the ghosts as the painter's overlay, or null for none */
    static GhostOverlay overlay(List<Ghost> ghosts) {
        if (ghosts.isEmpty()) {
            return null;
        }
        List<GhostPaths.Ghost> out = new ArrayList<>();
        for (Ghost gh : ghosts) {
            out.add(new GhostPaths.Ghost(gh.path(), gh.factor(), gh.label()));
        }
        return new GhostOverlay(out);
    }
}
