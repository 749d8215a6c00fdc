package org.gdlab.app.basin;

import org.gdlab.core.basin.BasinClass;
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
}
