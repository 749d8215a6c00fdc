package org.gdlab.app.data;

import org.gdlab.core.data.Dataset;
import org.gdlab.core.data.Model;

/**
 * The rectangle of the data plane the data view shows, [xMin, xMax] × [yMin, yMax], with 8 % room on each
 * side: for {@code linear} the points' x and y ranges; for {@code logistic} the x range and heights −0.1 … 1.1
 * (labels 0 and 1, probabilities between); for {@code linear2} (predicted against actual) the targets' range
 * on both axes, and beside it the feature plane (x₁, x₂) ({@link #ofFeatures}). Immutable.
 */
public record DataFrame(double xMin, double xMax, double yMin, double yMax) {

    private static final double ROOM = 0.08;

    /** @return the frame that shows every point of d for the model */
    public static DataFrame of(Dataset d, Model model) {
        double[] ys = d.targets();
        double[] xs = model == Model.LINEAR2 ? ys : d.feature(0);
        double x0 = min(xs);
        double x1 = max(xs);
        double y0 = model == Model.LOGISTIC ? 0 : min(ys);
        double y1 = model == Model.LOGISTIC ? 1 : max(ys);
        double rx = room(x0, x1);
        double ry = room(y0, y1);
        return new DataFrame(x0 - rx, x1 + rx, y0 - ry, y1 + ry);
    }

    /**
     * @return for {@code linear2}, the feature plane's rectangle: every point's (x₁ᵢ, x₂ᵢ) with the same room
     * @throws IndexOutOfBoundsException if d has one feature
     */
    public static DataFrame ofFeatures(Dataset d) {
        double[] a = d.feature(0);
        double[] b = d.feature(1);
        double x0 = min(a);
        double x1 = max(a);
        double y0 = min(b);
        double y1 = max(b);
        double rx = room(x0, x1);
        double ry = room(y0, y1);
        return new DataFrame(x0 - rx, x1 + rx, y0 - ry, y1 + ry);
    }

    private static double room(double a, double b) {
        double span = b - a;
        return span > 0 ? ROOM * span : Math.max(1, Math.abs(a)) * 0.5;
    }

    private static double min(double[] v) {
        double m = Double.POSITIVE_INFINITY;
        for (double x : v) {
            m = Math.min(m, x);
        }
        return m;
    }

    private static double max(double[] v) {
        double m = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            m = Math.max(m, x);
        }
        return m;
    }

    /** @return the pixel column of data x in an area [left, left + width) */
    public double px(double x, double left, double width) {
        return left + (x - xMin) / (xMax - xMin) * width;
    }

    /** @return the pixel row of data y in an area [top, top + height) (y grows upwards) */
    public double py(double y, double top, double height) {
        return top + (yMax - y) / (yMax - yMin) * height;
    }

    /** @return the data x of pixel column px ({@link #px}'s inverse) */
    public double x(double px, double left, double width) {
        return xMin + (px - left) / width * (xMax - xMin);
    }

    /** @return the data y of pixel row py ({@link #py}'s inverse) */
    public double y(double py, double top, double height) {
        return yMax - (py - top) / height * (yMax - yMin);
    }
}
