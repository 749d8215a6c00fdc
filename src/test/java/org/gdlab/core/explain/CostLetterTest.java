package org.gdlab.core.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.gdlab.core.data.BuiltinDatasets;
import org.gdlab.core.data.DataCost;
import org.gdlab.core.data.DataSpec;
import org.gdlab.core.data.Model;
import org.gdlab.core.math.Sym2;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.optim.OptimizerKind;
import org.gdlab.core.sim.RunConfig;
import org.gdlab.core.sim.Simulation;
import org.gdlab.core.sim.Trajectory;
import org.gdlab.core.surface.Surface;
import org.gdlab.core.surface.SurfaceDescription;
import org.junit.jupiter.api.Test;

/**
 * On a data surface the explainer's sentences call the cost J, as the data panels do; on any other surface
 * C. Checked by running the same cost twice, once as the data surface and once wrapped as a plain surface
 * (same values, same trajectory): the sentences differ only in the letter.
 */
class CostLetterTest {

    /** a cost letter standing alone, not inside a word ("Converged", "cars") */
    private static final Pattern C_ALONE = Pattern.compile("(?<![\\p{L}\\p{N}_])C(?![\\p{L}\\p{N}_])");
    private static final Pattern J_ALONE = Pattern.compile("(?<![\\p{L}\\p{N}_])J(?![\\p{L}\\p{N}_])");

    /** the data cost as a plain surface: same value, gradient, Hessian and description */
    private record Plain(DataCost d) implements Surface {
        @Override
        public double value(double x, double y) {
            return d.value(x, y);
        }

        @Override
        public Vec2 gradient(double x, double y) {
            return d.gradient(x, y);
        }

        @Override
        public Sym2 hessian(double x, double y) {
            return d.hessian(x, y);
        }

        @Override
        public SurfaceDescription description() {
            return d.description();
        }
    }

    private static long count(Pattern p, String s) {
        return p.matcher(s).results().count();
    }

    private static List<RunConfig> runs(DataCost c) {
        Sym2 h = c.hessian(0, 0);
        double lmax = h.trace() / 2 + Math.hypot((h.xx() - h.yy()) / 2, h.xy());
        List<RunConfig> r = new ArrayList<>();
        Vec2 start = new Vec2(0, 0);
        r.add(RunConfig.of(c, start, OptimizerKind.GD, 1 / lmax).withMaxSteps(5000)); // converged
        r.add(RunConfig.of(c, start, OptimizerKind.GD, 0.1 / lmax).withMaxSteps(5)); // still descending
        r.add(RunConfig.of(c, start, OptimizerKind.GD, 1 / lmax).withMaxSteps(3000).withTolerance(0)); // at the minimum
        r.add(RunConfig.of(c, start, OptimizerKind.GD, 2.5 / lmax).withMaxSteps(2000)); // diverged
        return r;
    }

    @Test
    void renameWritesEveryLoneCAndLeavesWordsAlone() {
        assertEquals("|∇J| = 2, J − J* = 1e-3 of J(w₀); Converged, Cars, C2, ABC",
                CostLetter.rename("|∇C| = 2, C − C* = 1e-3 of C(w₀); Converged, Cars, C2, ABC", "J"));
        assertEquals("C fell", CostLetter.rename("C fell", "C"));
    }

    @Test
    void dataRunsSayJWhereTheSameRunOnASurfaceSaysC() {
        for (String id : new String[] {"cars:linear", "correlated:linear2", "overlapping:logistic"}) {
            String[] p = id.split(":");
            DataCost c = DataSpec.of(BuiltinDatasets.load(p[0]), Model.valueOf(p[1].toUpperCase(java.util.Locale.ROOT)))
                    .cost();
            int withLetter = 0;
            for (RunConfig run : runs(c)) {
                Trajectory data = Simulation.run(run);
                Trajectory plain = Simulation.run(run.withFunction(new Plain(c)));
                String onData = Explainer.explain(data).sentence();
                String onSurface = Explainer.explain(plain).sentence();
                assertEquals(0, count(C_ALONE, onData), onData);
                assertEquals(count(C_ALONE, onSurface), count(J_ALONE, onData) - count(J_ALONE, onSurface), onData);
                assertEquals(C_ALONE.matcher(onSurface).replaceAll("?"), J_ALONE.matcher(onData).replaceAll("?"));
                withLetter += count(C_ALONE, onSurface) > 0 ? 1 : 0;
            }
            assertTrue(withLetter >= 2, id + ": the runs' sentences name the cost");
        }
    }

    @Test
    void surfacesKeepC() {
        Trajectory t = Simulation.run(RunConfig.of(new org.gdlab.core.surface.builtin.Sphere(), new Vec2(1, 1),
                OptimizerKind.GD, 0.1).withMaxSteps(500));
        String s = Explainer.explain(t).sentence();
        assertTrue(s.contains("|∇C|"), s);
        assertFalse(J_ALONE.matcher(s).find(), s);
    }
}
