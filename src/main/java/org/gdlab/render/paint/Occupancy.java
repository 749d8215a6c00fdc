package org.gdlab.render.paint;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * What is already on the plot, for {@link Placement}: rectangles in painter units, each with the weight of
 * covering it (per unit of area). Mutable: the painter adds the current point, the last steps of each path,
 * the markers and every label it places, in painting order; overlays read it and add their own.
 */
public final class Occupancy {

    /** the weight of what a label must never cover: the current point, the last steps, the start */
    public static final double HARD = 1000;
    /** the weight of what a label had better not cover: other labels, minima, the rest of a path */
    public static final double SOFT = 1;

    /**
     * One occupied rectangle.
     *
     * @param box    where, in painter units
     * @param weight the cost of covering one unit of its area
     */
    public record Region(Rectangle2D box, double weight) {
    }

    private final List<Region> regions = new ArrayList<>();

    /** Adds a rectangle with its weight. */
    public void add(Rectangle2D box, double weight) {
        if (box != null && Double.isFinite(box.getX()) && Double.isFinite(box.getY())) {
            regions.add(new Region(box, weight));
        }
    }

    /** Adds the square of half-side r about (x, y). */
    public void addPoint(double x, double y, double r, double weight) {
        add(new Rectangle2D.Double(x - r, y - r, 2 * r, 2 * r), weight);
    }

    /** @return the regions, in the order added (a view) */
    public List<Region> regions() {
        return java.util.Collections.unmodifiableList(regions);
    }

    /** @return Σ weight · area of (box ∩ region) over the regions */
    public double cost(Rectangle2D box) {
        double x0 = box.getMinX();
        double y0 = box.getMinY();
        double x1 = box.getMaxX();
        double y1 = box.getMaxY();
        double c = 0;
        for (Region r : regions) { // a label is placed among hundreds of regions every frame: no allocation here
            Rectangle2D b = r.box();
            double w = Math.min(x1, b.getMaxX()) - Math.max(x0, b.getMinX());
            double h = Math.min(y1, b.getMaxY()) - Math.max(y0, b.getMinY());
            if (w > 0 && h > 0) {
                c += r.weight() * w * h;
            }
        }
        return c;
    }
}
