package org.gdlab.app.plot;

import org.gdlab.core.contour.ContourPicture;
import org.gdlab.core.contour.LevelSpacing;

/**
 * Where a cost value sits on the colour bar, t ∈ [0, 1], matching how the picture was coloured.
 * Linear: t = (C − min)/(max − min). Log: t = ln(1 + C − min)/ln(1 + max − min), so that surfaces
 * spanning orders of magnitude still show structure near their minimum.
 */
public final class ColorScale {

    private ColorScale() {
    }

    /** @return the bar position of cost v for this picture, clamped to [0, 1] */
    public static double fraction(ContourPicture p, double v) {
        double lo = p.colorMin();
        double hi = p.colorMax();
        if (!(hi > lo)) {
            return 0.5;
        }
        double t = p.spacing() == LevelSpacing.LOG
                ? Math.log1p(Math.max(0, v - lo)) / Math.log1p(hi - lo)
                : (v - lo) / (hi - lo);
        return Math.max(0, Math.min(1, t));
    }

    /** @return the cost at bar position t (inverse of {@link #fraction}) */
    public static double value(ContourPicture p, double t) {
        double lo = p.colorMin();
        double hi = p.colorMax();
        return p.spacing() == LevelSpacing.LOG ? lo + Math.expm1(t * Math.log1p(hi - lo)) : lo + t * (hi - lo);
    }
}
