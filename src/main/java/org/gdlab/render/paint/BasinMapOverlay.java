package org.gdlab.render.paint;

import java.awt.Graphics2D;
import java.util.concurrent.CancellationException;
import org.gdlab.core.basin.BasinMap;
import org.gdlab.core.basin.BasinMapper;
import org.gdlab.core.basin.BasinSpec;
import org.gdlab.core.batch.CancellationToken;
import org.gdlab.core.surface.ViewRect;

/**
 * The basin map of whatever rectangle the plot shows, for the pictures painted off screen (the window's
 * exports, {@code gdlab render}): painted at a transform whose visible rectangle the picture it has does
 * not cover (an export at another aspect ratio widens the view), it computes the map of that rectangle with
 * {@link BasinMapper}, the window's own code, and the same {@link BasinSettings}, so the map covers the whole
 * plot; its {@link #legend()} says the shares of the map painted. The window's picture (given when its
 * export starts) is painted as it is when it covers the rectangle.
 *
 * <p>A picture covers a rectangle when the rectangle lies inside the picture's cells (its starts' rectangle
 * grown by half a cell each way), within 10⁻⁹ of the cell size. {@link #prepare} computes the map ahead, on
 * the export's thread, with progress and cancellation; {@link #paint} computes it if still missing (not
 * cancellable). The maps of the last few rectangles are kept, so the frames of an animation compute each once.
 * Thread-safe (its cache is guarded by this).
 */
public final class BasinMapOverlay implements Overlay {

    /** A picture and what its legend says. */
    private record Shown(BasinPicture picture, BasinLegend.Content legend) {
    }

    private final BasinSettings settings;
    private final Boolean legendOpen;
    private final Shown given;
    /** the maps computed, newest first (at most {@value #KEPT}) */
    private final java.util.ArrayDeque<Shown> computed = new java.util.ArrayDeque<>();
    private Shown shown;
    /** how many computed maps are kept: the frames of an animation may differ in their legend's rows, so in their plot */
    private static final int KEPT = 3;

    /**
     * @param settings   how to compute and colour a map
     * @param given      the picture already computed (the window's), or null
     * @param legend     what the window's legend says of it (null when {@code given} is null)
     * @param legendOpen whether the window's legend was opened (true) or closed (false) by a click, null if not
     */
    public BasinMapOverlay(BasinSettings settings, BasinPicture given, BasinLegend.Content legend, Boolean legendOpen) {
        this.settings = settings;
        this.given = given == null ? null : new Shown(given, legend);
        this.legendOpen = legendOpen;
    }

    /** @return how its maps are computed */
    public BasinSettings settings() {
        return settings;
    }

    /**
     * Makes sure a map covering {@code visible} is at hand: the given picture or the last computed one, else
     * a new one computed now on all cores.
     *
     * @param progress told (rows done, rows) after each row of a new map
     * @throws CancellationException when the token is cancelled before the map is done
     */
    public synchronized void prepare(ViewRect visible, CancellationToken token, org.gdlab.render.ExportProgress progress) {
        if (given != null && covers(given.picture(), visible)) {
            shown = given;
            return;
        }
        for (Shown c : computed) {
            if (covers(c.picture(), visible)) {
                shown = c;
                return;
            }
        }
        BasinSpec spec = settings.specFor(visible);
        BasinMap map = BasinMapper.compute(spec, row -> progress.update(row.rowsDone(), row.rowsTotal()), token);
        if (map.cancelled()) {
            throw new CancellationException("basin map cancelled");
        }
        shown = new Shown(new BasinPicture(visible, spec.nx(), spec.ny(), BasinColors.picture(map, settings.bySteps()),
                settings.opacity()), BasinLegend.Content.of(map, settings.bySteps()));
        computed.addFirst(shown);
        if (computed.size() > KEPT) {
            computed.removeLast();
        }
    }

    /** @return the picture given (the window's, drawn by the window as it is), null if none */
    public BasinPicture given() {
        return given == null ? null : given.picture();
    }

    /** @return the picture painted last (or prepared), null before any */
    public synchronized BasinPicture picture() {
        return shown == null ? null : shown.picture();
    }

    @Override
    public void paint(Graphics2D g, PlotTransform t, Occupancy occupied) {
        BasinPicture p;
        synchronized (this) {
            prepare(t.visible(), CancellationToken.none(), org.gdlab.render.ExportProgress.NONE);
            p = shown.picture();
        }
        p.paint(g, t, occupied);
    }

    /** @return the legend of the map painted last, as the window's legend draws it; placed over the paths */
    public BasinLegend legend() {
        return new BasinLegend(this::legendContent, legendOpen);
    }

    /** @return what the legend of the map painted last says, null before any */
    public synchronized BasinLegend.Content legendContent() {
        return shown == null ? null : shown.legend();
    }

    /** @return true when the picture's cells cover the rectangle */
    static boolean covers(BasinPicture p, ViewRect r) {
        ViewRect v = p.view();
        double hx = v.width() / (p.nx() - 1) / 2;
        double hy = v.height() / (p.ny() - 1) / 2;
        double ex = 1e-9 * hx;
        double ey = 1e-9 * hy;
        return r.xMin() >= v.xMin() - hx - ex && r.xMax() <= v.xMax() + hx + ex
                && r.yMin() >= v.yMin() - hy - ey && r.yMax() <= v.yMax() + hy + ey;
    }

    @Override
    public String name() {
        return "basin map";
    }
}
