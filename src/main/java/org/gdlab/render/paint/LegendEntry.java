package org.gdlab.render.paint;

/**
 * One line of the basin map's legend.
 *
 * @param label what the colour means, e.g. "minimum 1 (3, 2)", "diverged"
 * @param argb its colour, 0xAARRGGBB (opaque)
 * @param share the fraction of the computed starts in the class, in [0, 1]
 */
public record LegendEntry(String label, int argb, double share) {
}
