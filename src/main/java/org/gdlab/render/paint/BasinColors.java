package org.gdlab.render.paint;

import java.util.ArrayList;
import java.util.List;
import org.gdlab.core.basin.BasinClass;
import org.gdlab.core.basin.BasinMap;
import org.gdlab.core.basin.BasinRow;
import org.gdlab.core.basin.OutcomeKind;
import org.gdlab.core.colormap.ColorMap;
import org.gdlab.core.palette.RunPalette;

/**
 * The colours of a basin map (opaque; the layer draws them semi-transparently). By class: the known
 * minima and the other minima found take the Okabe–Ito colours in order (minimum 1 vermillion, 2 blue,
 * 3 orange, 4 bluish green, …), diverged is near-black, not converged mid-grey, a saddle or maximum white,
 * and a converged run still being clustered light grey. By steps: magma of
 * t = ln(1 + steps) / ln(1 + limit), so fast starts are dark and starts that ran out of steps bright;
 * diverged starts stay near-black.
 *
 * <p>The window's map (row by row, as it is computed) and an export's map of another rectangle are coloured
 * and listed by the same code: {@link #cell}, {@link #picture}, {@link #legend}.
 */
public final class BasinColors {

    /** a run that diverged */
    public static final int DIVERGED = 0xFF1A1A1A;
    /** a run that hit the step limit */
    public static final int NOT_CONVERGED = 0xFF8C8C8C;
    /** a run that converged to a saddle or maximum */
    public static final int SADDLE_OR_MAXIMUM = 0xFFFFFFFF;
    /** a converged run whose class is settled only when the map is done */
    public static final int PENDING = 0xFFD0D0D0;
    /** a start not computed yet: transparent */
    public static final int NONE = 0x00000000;

    private static final int[] MAGMA = ColorMap.MAGMA.lookupTable(256);

    private BasinColors() {
    }

    /**
     * @param id a class id of a finished map or a {@link BasinRow} ({@link BasinRow#PENDING} allowed)
     * @param minima the number m of known minima (ids 0 … m−1; m diverged; m+1 not converged)
     * @param kind the class's kind for ids ≥ m + 2 (ignored otherwise; may be null then)
     * @return the class colour
     */
    public static int ofClass(int id, int minima, OutcomeKind kind) {
        if (id == BasinRow.PENDING) {
            return PENDING;
        }
        if (id < 0) {
            return NONE;
        }
        if (id < minima) {
            return minimum(id);
        }
        if (id == minima) {
            return DIVERGED;
        }
        if (id == minima + 1) {
            return NOT_CONVERGED;
        }
        return kind == OutcomeKind.SADDLE_OR_MAXIMUM ? SADDLE_OR_MAXIMUM : minimum(id - 2);
    }

    /** @return the colour of a class of a finished map */
    public static int ofClass(BasinClass c, int minima) {
        return ofClass(c.id(), minima, c.kind());
    }

    /** @return the colour of the n-th minimum (known minima first, then the other minima found) */
    public static int minimum(int n) {
        // skip the palette's black: it would read as "diverged"
        return RunPalette.argb(n % (RunPalette.size() - 1));
    }

    /**
     * @param steps the steps the run took (the limit if it did not converge)
     * @param limit the step limit, ≥ 1
     * @param diverged true when the run diverged
     * @return the colour by steps
     */
    public static int ofSteps(int steps, int limit, boolean diverged) {
        if (diverged) {
            return DIVERGED;
        }
        double t = Math.log1p(Math.max(0, steps)) / Math.log1p(Math.max(1, limit));
        return MAGMA[(int) Math.round(Math.max(0, Math.min(1, t)) * 255)];
    }

    /**
     * @param id       the cell's class id ({@link BasinMap#NOT_COMPUTED}: transparent)
     * @param steps    the steps its run took
     * @param limit    the step limit
     * @param minima   the number m of known minima
     * @param kind     the class's kind for ids ≥ m + 2 (may be null otherwise)
     * @param bySteps  colour by steps instead of by outcome
     * @return the cell's colour
     */
    public static int cell(int id, int steps, int limit, int minima, OutcomeKind kind, boolean bySteps) {
        if (id == BasinMap.NOT_COMPUTED) {
            return NONE;
        }
        return bySteps ? ofSteps(steps, limit, id == minima) : ofClass(id, minima, kind);
    }

    /** @return the finished map's picture: nx × ny ARGB, row 0 at the top (y = yMax), as {@link BasinPicture} takes it */
    public static int[] picture(BasinMap m, boolean bySteps) {
        int nx = m.nx();
        int ny = m.ny();
        int minima = m.spec().knownMinima().size();
        int limit = m.spec().template().maxSteps();
        int[] ids = m.classIds();
        int[] steps = m.stepCounts();
        int[] argb = new int[nx * ny];
        for (int j = 0; j < ny; j++) {
            int out = (ny - 1 - j) * nx;
            for (int i = 0; i < nx; i++) {
                int id = ids[j * nx + i];
                OutcomeKind kind = id >= 0 ? m.classes().get(id).kind() : null;
                argb[out + i] = cell(id, steps[j * nx + i], limit, minima, kind, bySteps);
            }
        }
        return argb;
    }

    /**
     * @return the legend of a finished map: by outcome, a row per known minimum, diverged, not converged
     *     and each other point found that some start reached, with its share of the computed starts; by steps,
     *     the decades 1, 10, … below the limit (no share), the limit (the not-converged share) and diverged
     */
    public static List<LegendEntry> legend(BasinMap m, boolean bySteps) {
        int minima = m.spec().knownMinima().size();
        if (bySteps) {
            return stepLegend(m.spec().template().maxSteps(), m.share(minima + 1), m.share(minima));
        }
        List<LegendEntry> out = new ArrayList<>();
        for (BasinClass c : m.classes()) {
            if (c.id() < minima + 2 || m.count(c.id()) > 0) {
                out.add(new LegendEntry(c.label(), ofClass(c, minima), m.share(c.id())));
            }
        }
        return List.copyOf(out);
    }

    /** @return the legend by steps, with the shares of the starts that hit the limit and that diverged */
    public static List<LegendEntry> stepLegend(int limit, double notConvergedShare, double divergedShare) {
        List<LegendEntry> out = new ArrayList<>();
        for (int s = 1; s < limit; s *= 10) {
            out.add(new LegendEntry(s + (s == 1 ? " step" : " steps"), ofSteps(s, limit, false), Double.NaN));
        }
        out.add(new LegendEntry(limit + " steps: not converged", ofSteps(limit, limit, false), notConvergedShare));
        out.add(new LegendEntry("diverged", DIVERGED, divergedShare));
        return List.copyOf(out);
    }
}
