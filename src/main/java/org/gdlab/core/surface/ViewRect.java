package org.gdlab.core.surface;

/**
 * An axis-aligned rectangle [xMin, xMax] × [yMin, yMax] of the parameter plane: the part of a surface
 * that is shown.
 */
public record ViewRect(double xMin, double xMax, double yMin, double yMax) {

    /** @throws IllegalArgumentException unless xMin &lt; xMax and yMin &lt; yMax, all finite */
    public ViewRect {
        if (!(Double.isFinite(xMin) && Double.isFinite(xMax) && Double.isFinite(yMin) && Double.isFinite(yMax))
                || !(xMin < xMax) || !(yMin < yMax)) {
            throw new IllegalArgumentException("a view needs finite bounds with min < max, got x∈["
                    + xMin + ", " + xMax + "], y∈[" + yMin + ", " + yMax + "]");
        }
    }

    /** @return the square [-h, h]² */
    public static ViewRect square(double h) {
        return new ViewRect(-h, h, -h, h);
    }

    public double width() {
        return xMax - xMin;
    }

    public double height() {
        return yMax - yMin;
    }

    public double centerX() {
        return 0.5 * (xMin + xMax);
    }

    public double centerY() {
        return 0.5 * (yMin + yMax);
    }

    /** @return true when (x, y) lies inside or on the border */
    public boolean contains(double x, double y) {
        return x >= xMin && x <= xMax && y >= yMin && y <= yMax;
    }
}
