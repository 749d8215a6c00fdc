package org.gdlab.core.palette;

import java.util.List;

/**
 * The colour-blind-safe palette of Okabe and Ito (2008, "Color Universal Design"), one colour per racing
 * run. The order puts the colours that stand out best on a viridis/cividis contour map first; black comes
 * last (it can vanish on dark level lines) and yellow late (it is faint on light backgrounds).
 *
 * <table>
 *   <caption>colours, in run order</caption>
 *   <tr><th>#</th><th>name</th><th>hex</th></tr>
 *   <tr><td>0</td><td>vermillion</td><td>#D55E00</td></tr>
 *   <tr><td>1</td><td>blue</td><td>#0072B2</td></tr>
 *   <tr><td>2</td><td>orange</td><td>#E69F00</td></tr>
 *   <tr><td>3</td><td>bluish green</td><td>#009E73</td></tr>
 *   <tr><td>4</td><td>reddish purple</td><td>#CC79A7</td></tr>
 *   <tr><td>5</td><td>sky blue</td><td>#56B4E9</td></tr>
 *   <tr><td>6</td><td>yellow</td><td>#F0E442</td></tr>
 *   <tr><td>7</td><td>black</td><td>#000000</td></tr>
 * </table>
 */
public final class RunPalette {

    private static final List<RunColor> COLORS = List.of(
            new RunColor("vermillion", 0xFFD55E00),
            new RunColor("blue", 0xFF0072B2),
            new RunColor("orange", 0xFFE69F00),
            new RunColor("bluish green", 0xFF009E73),
            new RunColor("reddish purple", 0xFFCC79A7),
            new RunColor("sky blue", 0xFF56B4E9),
            new RunColor("yellow", 0xFFF0E442),
            new RunColor("black", 0xFF000000));

    private RunPalette() {
    }

    /** @return the eight colours, in run order */
    public static List<RunColor> colors() {
        return COLORS;
    }

    /** @return the number of distinct colours (8) */
    public static int size() {
        return COLORS.size();
    }

    /** @return the colour of run number index ≥ 0, cycling after {@link #size()} runs */
    public static RunColor forRun(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("a run index is ≥ 0, got " + index);
        }
        return COLORS.get(index % COLORS.size());
    }

    /** @return the colour of run index as 0xAARRGGBB */
    public static int argb(int index) {
        return forRun(index).argb();
    }

    /** @return the colour of run index as "#RRGGBB" */
    public static String hex(int index) {
        return forRun(index).hex();
    }
}
