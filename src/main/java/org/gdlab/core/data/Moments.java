package org.gdlab.core.data;

/**
 * Centred sufficient statistics of points (x₁, x₂, y): the count N, the means m₁, m₂, m_y and the sums of
 * centred products C_ab = Σ (aᵢ − m_a)(bᵢ − m_b) for a, b ∈ {x₁, x₂, y}. They are all that a squared-error
 * cost of a linear model needs, so {@link LinearCost} and {@link Linear2Cost} evaluate in O(1) whatever N.
 *
 * <p>Immutable. Points are added, removed and moved with Welford's updates, which work on deviations from
 * the mean: their relative error is of order ε·|m|/spread, where the naive Σa·b − N·m_a·m_b has
 * ε·m²/spread² and loses every digit once the mean is 10⁸ times the spread. Adding p to N points with means m gives N' = N + 1,
 * m'_a = m_a + (p_a − m_a)/N' and C'_ab = C_ab + (p_a − m_a)(p_b − m'_b); removing is that step run
 * backwards; moving is a removal then an addition.
 *
 * @param n   N ≥ 0
 * @param m1  mean of x₁
 * @param m2  mean of x₂ (0 when there is one feature)
 * @param my  mean of y
 * @param c11 Σ (x₁ − m₁)²
 * @param c12 Σ (x₁ − m₁)(x₂ − m₂)
 * @param c22 Σ (x₂ − m₂)²
 * @param c1y Σ (x₁ − m₁)(y − m_y)
 * @param c2y Σ (x₂ − m₂)(y − m_y)
 * @param cyy Σ (y − m_y)²
 */
public record Moments(long n, double m1, double m2, double my, double c11, double c12, double c22,
        double c1y, double c2y, double cyy) {

    /** No points. */
    public static final Moments EMPTY = new Moments(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** @return the statistics of all the points of d, one Welford addition per point */
    public static Moments of(Dataset d) {
        Moments m = EMPTY;
        for (int i = 0; i < d.size(); i++) {
            m = m.plus(d.x1(i), d.x2(i), d.y(i));
        }
        return m;
    }

    /** @return the statistics with the point (a, b, c) = (x₁, x₂, y) added */
    public Moments plus(double a, double b, double c) {
        long n1 = n + 1;
        double da = a - m1;
        double db = b - m2;
        double dc = c - my;
        double na = m1 + da / n1;
        double nb = m2 + db / n1;
        double nc = my + dc / n1;
        return new Moments(n1, na, nb, nc,
                c11 + da * (a - na), c12 + da * (b - nb), c22 + db * (b - nb),
                c1y + da * (c - nc), c2y + db * (c - nc), cyy + dc * (c - nc));
    }

    /**
     * @return the statistics with the point (a, b, c) removed (it must be one of the points counted)
     * @throws IllegalStateException when there is no point to remove
     */
    public Moments minus(double a, double b, double c) {
        if (n == 0) {
            throw new IllegalStateException("no point to remove");
        }
        if (n == 1) {
            return EMPTY;
        }
        long n0 = n - 1;
        double oa = m1 - (a - m1) / n0;
        double ob = m2 - (b - m2) / n0;
        double oc = my - (c - my) / n0;
        double da = a - oa;
        double db = b - ob;
        double dc = c - oc;
        return new Moments(n0, oa, ob, oc,
                c11 - da * (a - m1), c12 - da * (b - m2), c22 - db * (b - m2),
                c1y - da * (c - my), c2y - db * (c - my), cyy - dc * (c - my));
    }

    /** @return the statistics with the point (a, b, c) moved to (a2, b2, c2) */
    public Moments moved(double a, double b, double c, double a2, double b2, double c2) {
        return minus(a, b, c).plus(a2, b2, c2);
    }

    /** @return the population variance of x₁, C₁₁/N */
    public double var1() {
        return c11 / n;
    }

    /** @return the population variance of x₂, C₂₂/N */
    public double var2() {
        return c22 / n;
    }
}
