package org.gdlab.core.basin;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.gdlab.core.math.Vec2;

/**
 * One colour of a basin map.
 *
 * @param id the class id stored in the map's cells (its index in {@link BasinMap#classes()})
 * @param kind the kind of outcome
 * @param at the point the class stands for (the known minimum, or the first run of the cluster to reach it);
 *     null for {@link OutcomeKind#DIVERGED} and {@link OutcomeKind#NOT_CONVERGED}
 * @param label a readable label, e.g. {@code minimum 1 (3, 2)}, {@code other minimum (1, 0)},
 *     {@code saddle or maximum (0, 0)}, {@code diverged}, {@code not converged}
 */
public record BasinClass(int id, OutcomeKind kind, Vec2 at, String label) {

    public BasinClass {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
    }

    static BasinClass knownMinimum(int id, Vec2 at) {
        return new BasinClass(id, OutcomeKind.KNOWN_MINIMUM, at, "minimum " + (id + 1) + " " + point(at));
    }

    static BasinClass found(int id, OutcomeKind kind, Vec2 at) {
        String name = kind == OutcomeKind.OTHER_MINIMUM ? "other minimum " : "saddle or maximum ";
        return new BasinClass(id, kind, at, name + point(at));
    }

    /** @return "(x, y)" with each coordinate rounded to 6 decimals, trailing zeros dropped: "(3, 2)", "(-2.805118, 3.131313)" */
    static String point(Vec2 p) {
        return "(" + number(p.x()) + ", " + number(p.y()) + ")";
    }

    private static String number(double v) {
        BigDecimal d = BigDecimal.valueOf(v).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return d.signum() == 0 ? "0" : d.toPlainString();
    }
}
