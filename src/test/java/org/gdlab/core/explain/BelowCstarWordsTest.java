package org.gdlab.core.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gdlab.core.math.Sym2;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.optim.Hyperparameters;
import org.gdlab.core.optim.OptimizerKind;
import org.gdlab.core.sim.RunConfig;
import org.gdlab.core.sim.Simulation;
import org.gdlab.core.surface.CostFunction;
import org.gdlab.core.testing.TestFunctions;
import org.junit.jupiter.api.Test;

/** The below_cstar sentence prints C and C* with the digits that show C below C*, never "1.00 is below 1.00". */
class BelowCstarWordsTest {

    @Test
    void cJustBelowAWrongCstarIsPrintedBelowIt() {
        // C = x² + y² with C* = 1 (its true minimum is 0): t = (C − 1)/(4C), w ← (1 − 2t)w, so
        // C_{k+1} = (C_k + 1)²/(4C_k) and C_{k+1} − 1 = (C_k − 1)²/(4C_k): C falls to 1 quadratically from above,
        // and only rounding takes it below 1, by a few ulps, which 3 digits would print as "1.00" twice
        CostFunction f = TestFunctions.of((x, y) -> x * x + y * y, (x, y) -> new Vec2(2 * x, 2 * y),
                (x, y) -> new Sym2(2, 0, 2));
        Hyperparameters h = Hyperparameters.defaults(OptimizerKind.POLYAK).with("cstar", 1);
        Outcome o = Explainer.explain(Simulation.run(RunConfig.of(f, new Vec2(1, 1), h, 1)));
        assertEquals(Reason.BELOW_CSTAR, o.reason(), o.sentence());
        Matcher m = Pattern.compile("C = (\\S+) at w = .* is below the C\\* = (\\S+) given").matcher(o.sentence());
        assertTrue(m.find(), o.sentence());
        assertTrue(Double.parseDouble(m.group(1)) < Double.parseDouble(m.group(2)), o.sentence());
    }
}
