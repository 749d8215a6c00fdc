package org.gdlab.render.paint;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * What is already on the plot, for {@link Placement}: rectangles in painter units, each with the weight of
 * covering it (per unit of area). Mutable: the painter adds the current point, the last steps of each path,
 * the markers and every label it places, in painting order; overlays read it and add their own. One
 * occupancy serves one picture: every label on the plot is placed against it, in a fixed order (see
 * {@code package-info}), and it keeps the boxes of the labels placed ({@link #labels}) so that tests can
 * check that none covers another or leaves the plot.
 */
public final class Occupancy {

    /** the weight of what a label must never cover: the current point, the last steps, the start */
    public static final double HARD = 1000;
    /** the weight of what a label had better not cover: minima, the rest of a path */
    public static final double SOFT = 1;
    /** the weight of a label, a legend or a chip: another label never covers it while there is room elsewhere */
    public static final double LABEL = HARD;

    /**
     * One occupied rectangle.
     *
     * @param box    where, in painter units
     * @param weight the cost of covering one unit of its area
     */
    public record Region(Rectangle2D box, double weight) {
    }

    private final List<Region> regions = new ArrayList<>();
    // the boxes of the labels and legends placed, in the order placed (each a region too)
    private final List<Rectangle2D> labels = new ArrayList<>();

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

    /**
     * Adds the box a label, a legend or a chip took ({@link #LABEL}: another label must not cover it) and
     * records it among the {@link #labels}.
     */
    public void addLabel(Rectangle2D box) {
        if (box != null && Double.isFinite(box.getX()) && Double.isFinite(box.getY())) {
            regions.add(new Region(box, LABEL));
            labels.add(box);
        }
    }

    /** @return the boxes of the labels, legends and chips placed ({@link #addLabel}), in the order placed (a view) */
    public List<Rectangle2D> labels() {
        return java.util.Collections.unmodifiableList(labels);
    }

    /**
     * @return a new occupancy of the regions added from index {@code from} on (those after a mark taken with
     *     {@code regions().size()}) and of every label: what one layer added, for another layer to avoid
     */
    public Occupancy since(int from) {
        Occupancy out = new Occupancy();
        out.regions.addAll(regions.subList(Math.min(from, regions.size()), regions.size()));
        out.labels.addAll(labels);
        return out;
    }

    /** Adds every region and label of other (what another layer occupies). */
    public void addAll(Occupancy other) {
        regions.addAll(other.regions);
        labels.addAll(other.labels);
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
