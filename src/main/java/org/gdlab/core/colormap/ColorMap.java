package org.gdlab.core.colormap;

/**
 * The colour maps of the contour plot: a value t ∈ [0, 1] (low cost at 0, high cost at 1) becomes an opaque
 * ARGB colour 0xFFRRGGBB.
 *
 * <ul>
 *   <li>{@link #VIRIDIS} (the default), {@link #CIVIDIS} and {@link #MAGMA}: perceptually uniform and
 *       readable with the common colour-vision deficiencies (cividis is optimised for them). Each is the
 *       published 256-entry table of matplotlib (entry k at t = k/255), interpolated linearly in sRGB, so
 *       argb(k/255) is exactly entry k rounded to 8 bits, e.g. viridis(0) = #440154, viridis(1) = #fde725.</li>
 *   <li>{@link #GREY}: for printing, dark to light, linear in CIE lightness L* from {@value #GREY_L_STAR_MIN}
 *       (a dark grey, not black, so that black level lines and markers stay visible and toner does not
 *       flood) to 100 (white).</li>
 * </ul>
 *
 * <p>t outside [0, 1] is clamped (so −∞ gives the colour of 0 and +∞ the colour of 1). t = NaN, which is
 * what a NaN cost maps to, gives {@link #NAN_ARGB}: fully transparent, so the plot shows its background
 * (a neutral colour of the UI's choosing) where C is undefined.
 */
public enum ColorMap {
    VIRIDIS("Viridis", ColorTable.resource("viridis.txt")),
    CIVIDIS("Cividis", ColorTable.resource("cividis.txt")),
    MAGMA("Magma", ColorTable.resource("magma.txt")),
    GREY("Grey", ColorTable.greyRamp(ColorMap.GREY_L_STAR_MIN));

    /** The colour of t = NaN: 0x00000000, fully transparent. */
    public static final int NAN_ARGB = 0;

    /** CIE L* of GREY at t = 0. */
    public static final double GREY_L_STAR_MIN = 20;

    private final String displayName;
    private final ColorTable table;

    ColorMap(String displayName, ColorTable table) {
        this.displayName = displayName;
        this.table = table;
    }

    /** @return the map the plot opens with: {@link #VIRIDIS} */
    public static ColorMap defaultMap() {
        return VIRIDIS;
    }

    /**
     * @param t position on the map; clamped to [0, 1]
     * @return 0xFFRRGGBB, or {@link #NAN_ARGB} (transparent) when t is NaN
     */
    public int argb(double t) {
        if (Double.isNaN(t)) {
            return NAN_ARGB;
        }
        return table.argb(t <= 0 ? 0 : t >= 1 ? 1 : t);
    }

    /**
     * A table of {@code size} colours evenly spaced over [0, 1]: entry k = argb(k / (size − 1)). For
     * colouring many pixels: index it with round(t · (size − 1)).
     *
     * @param size at least 2
     * @return a new array, owned by the caller
     */
    public int[] lookupTable(int size) {
        if (size < 2) {
            throw new IllegalArgumentException("a lookup table needs at least 2 entries, got " + size);
        }
        int[] lut = new int[size];
        for (int k = 0; k < size; k++) {
            lut[k] = argb((double) k / (size - 1));
        }
        return lut;
    }

    /** @return the name shown to the user, e.g. "Viridis" */
    public String displayName() {
        return displayName;
    }
}
