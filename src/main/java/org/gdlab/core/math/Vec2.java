package org.gdlab.core.math;

/**
 * An immutable vector (x, y) of the plane: a point w = (x, y) of the parameter space, a gradient ∇C, or
 * an update Δw.
 *
 * @param x first component
 * @param y second component
 */
public record Vec2(double x, double y) {

    /** The zero vector. */
    public static final Vec2 ZERO = new Vec2(0, 0);

    /** @return this + o */
    public Vec2 plus(Vec2 o) {
        return new Vec2(x + o.x, y + o.y);
    }

    /** @return this - o */
    public Vec2 minus(Vec2 o) {
        return new Vec2(x - o.x, y - o.y);
    }

    /** @return s · this */
    public Vec2 times(double s) {
        return new Vec2(s * x, s * y);
    }

    /** @return the dot product this · o */
    public double dot(Vec2 o) {
        return x * o.x + y * o.y;
    }

    /** @return the Euclidean length |this| = √(x² + y²), computed without undue overflow */
    public double norm() {
        return Math.hypot(x, y);
    }

    /** @return true when both components are finite (neither NaN nor ±∞) */
    public boolean isFinite() {
        return Double.isFinite(x) && Double.isFinite(y);
    }
}
