package org.gdlab.core.data;

import java.util.Objects;
import org.gdlab.core.math.Vec2;

/**
 * The minimiser of a data cost: either a point with its cost, or the reason there is none.
 *
 * @param at     the minimiser (w*, b*) or (w₁*, w₂*); null when there is none
 * @param value  J at the minimiser; NaN when there is none
 * @param reason why there is none; null when there is one
 */
public record Optimum(Vec2 at, double value, NoOptimum reason) {

    public Optimum {
        if ((at == null) == (reason == null)) {
            throw new IllegalArgumentException("an optimum is a point or a reason, not both or neither");
        }
    }

    /** @return the optimum at p with cost j */
    public static Optimum at(Vec2 p, double j) {
        return new Optimum(Objects.requireNonNull(p), j, null);
    }

    /** @return no optimum, for this reason */
    public static Optimum none(NoOptimum why) {
        return new Optimum(null, Double.NaN, Objects.requireNonNull(why));
    }

    /** @return true when there is a finite, unique minimiser */
    public boolean exists() {
        return at != null;
    }
}
