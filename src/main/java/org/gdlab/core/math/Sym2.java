package org.gdlab.core.math;

/**
 * An immutable symmetric 2×2 matrix, used for the Hessian
 * <pre>
 *   H = | ∂²C/∂x²   ∂²C/∂x∂y |  = | xx  xy |
 *       | ∂²C/∂x∂y  ∂²C/∂y²  |    | xy  yy |
 * </pre>
 *
 * @param xx the (1,1) entry ∂²C/∂x²
 * @param xy the off-diagonal entry ∂²C/∂x∂y (= ∂²C/∂y∂x)
 * @param yy the (2,2) entry ∂²C/∂y²
 */
public record Sym2(double xx, double xy, double yy) {

    /** The zero matrix. */
    public static final Sym2 ZERO = new Sym2(0, 0, 0);

    /** @return H·v */
    public Vec2 times(Vec2 v) {
        return new Vec2(xx * v.x() + xy * v.y(), xy * v.x() + yy * v.y());
    }

    /** @return det H = xx·yy - xy² */
    public double determinant() {
        return xx * yy - xy * xy;
    }

    /** @return trace H = xx + yy */
    public double trace() {
        return xx + yy;
    }

    /** @return true when every entry is finite */
    public boolean isFinite() {
        return Double.isFinite(xx) && Double.isFinite(xy) && Double.isFinite(yy);
    }
}
