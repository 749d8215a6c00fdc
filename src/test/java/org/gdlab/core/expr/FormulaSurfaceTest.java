package org.gdlab.core.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.surface.SurfaceDescription;
import org.gdlab.core.surface.ViewRect;
import org.junit.jupiter.api.Test;

class FormulaSurfaceTest {

    @Test
    void descriptionFollowsTheContract() {
        FormulaSurface s = FormulaSurface.parse("x^2 + 3y^2");
        SurfaceDescription d = s.description();
        assertEquals("x^2 + 3y^2", d.id());
        assertEquals("Custom formula", d.name());
        assertEquals("x^2 + 3y^2", d.formula());
        assertEquals(ViewRect.square(5), d.view());
        assertTrue(d.knownPoints().isEmpty());
        assertEquals(new Vec2(-4, 3.5), d.suggestedStart());
        assertEquals(0.01, d.suggestedLearningRate(), 0);
        assertEquals(false, d.logLevels());
        assertEquals("x^2 + 3y^2", s.text());
    }

    @Test
    void suggestedStartAvoidsPointsWhereTheFormulaIsUndefined() {
        assertEquals(new Vec2(3.5, -4), FormulaSurface.parse("log(x) + y^2").description().suggestedStart());
    }

    @Test
    void suggestedRateKeepsTheFirstStepWithinOneUnit() {
        FormulaSurface s = FormulaSurface.parse("(1-x)^2 + 100(y-x^2)^2");
        double step = s.description().suggestedLearningRate() * s.gradient(s.description().suggestedStart()).norm();
        assertTrue(step <= 1 && step > 0.1, "first step " + step);
    }

    @Test
    void valueAndGradientInOnePassEqualsTheSeparateCalls() {
        FormulaSurface s = FormulaSurface.parse("sin(x y) + exp(-x^2)");
        double[] out = new double[3];
        s.compiled().valueAndGradient(0.3, -1.2, out);
        assertEquals(s.value(0.3, -1.2), out[0], 0);
        assertEquals(s.gradient(0.3, -1.2).x(), out[1], 0);
        assertEquals(s.gradient(0.3, -1.2).y(), out[2], 0);
    }

    @Test
    void commonSubexpressionsAreComputedOnce() {
        // value (y - x^2)^2 and its gradient share y - x^2: square, sub, square, then the gradient's few ops
        FormulaSurface s = FormulaSurface.parse("(1-x)^2 + 100(y-x^2)^2");
        assertTrue(s.compiled().gradientInstructionCount() <= 16, "instructions: "
                + s.compiled().gradientInstructionCount());
    }

    @Test
    void evaluationFromSeveralThreadsGivesTheSameResults() throws Exception {
        FormulaSurface s = FormulaSurface.parse("-20exp(-0.2sqrt(0.5(x^2+y^2))) - exp(0.5(cos(2pi x)+cos(2pi y))) + e + 20");
        Callable<Double> work = () -> {
            double sum = 0;
            for (int i = 0; i < 20_000; i++) {
                double x = -5 + i * 5e-4;
                sum += s.value(x, 0.7) + s.gradient(x, 0.7).x() + s.hessian(x, 0.7).xy();
            }
            return sum;
        };
        double expected = work.call();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Double>> results = pool.invokeAll(List.of(work, work, work, work));
            for (Future<Double> r : results) {
                assertEquals(expected, r.get(), 0);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void theValueIsComputedAsTyped() {
        // x - x is not simplified in the value: at x = inf it is NaN, as typed
        assertTrue(Double.isNaN(FormulaSurface.parse("x - x").value(Double.POSITIVE_INFINITY, 0)));
    }
}
