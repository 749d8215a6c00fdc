package org.gdlab.core.optim;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gdlab.core.math.Vec2;
import org.gdlab.core.schedule.Schedules;
import org.gdlab.core.sim.Diverged;
import org.gdlab.core.sim.RunConfig;
import org.gdlab.core.sim.Simulation;
import org.gdlab.core.sim.Trajectory;
import org.gdlab.core.surface.CostFunction;
import org.gdlab.core.testing.TestFunctions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One table: every optimizer on the sphere x² + y² from (3, 4) and on Rosenbrock from (−1.2, 1), with
 * hyperparameters that suit it (PyTorch defaults, the stated α and schedule), must end within the stated
 * distance of the minimum after at most the stated number of steps. The distances are what each method can
 * promise: linear-rate methods reach ~1e-6 on the sphere; normalized GD with a constant α can only promise
 * to land within α of the minimum (its steps have length α); on Rosenbrock's curved valley the first-order
 * methods are given a generous budget and a 1e-3 … 1e-4 target.
 */
class OptimizerConvergenceTableTest {

    @ParameterizedTest(name = "{0} on {1}: α={2} {3}, ≤{4} steps → within {5}")
    @CsvSource({
        // optimizer, function, lr, schedule, steps, distance
        "gd,         sphere,     0.1,   constant,       200,   1e-6",
        "momentum,   sphere,     0.05,  constant,       300,   1e-5",
        "nesterov,   sphere,     0.05,  constant,       300,   1e-6",
        "adagrad,    sphere,     1,     constant,       500,   1e-6",
        "rmsprop,    sphere,     0.1,   cosine:300,     300,   1e-6",
        "adam,       sphere,     0.1,   constant,       500,   1e-6",
        "normalized, sphere,     0.1,   constant,       100,   0.1",
        "newton,     sphere,     1,     constant,       5,     1e-12",
        "gd,         rosenbrock, 0.001, constant,       20000, 1e-3",
        "momentum,   rosenbrock, 0.001, constant,       3000,  1e-4",
        "nesterov,   rosenbrock, 0.001, constant,       3000,  1e-4",
        "adagrad,    rosenbrock, 0.3,   constant,       20000, 1e-4",
        "rmsprop,    rosenbrock, 0.001, cosine:10000,   10000, 1e-3",
        "adam,       rosenbrock, 0.01,  constant,       5000,  1e-3",
        "normalized, rosenbrock, 0.01,  cosine:10000,   10000, 1e-3",
        "newton,     rosenbrock, 1,     constant,       50,    1e-8",
    })
    void everyOptimizerGetsNearTheMinimum(String optimizer, String function, double lr, String schedule,
            int steps, double distance) {
        boolean sphere = function.equals("sphere");
        CostFunction f = sphere ? TestFunctions.sphere() : TestFunctions.rosenbrock();
        Vec2 start = sphere ? new Vec2(3, 4) : new Vec2(-1.2, 1);
        Vec2 minimum = sphere ? Vec2.ZERO : new Vec2(1, 1);
        RunConfig c = RunConfig.of(f, start, OptimizerKind.fromId(optimizer), lr)
                .withSchedule(Schedules.parse(schedule)).withMaxSteps(steps);
        Trajectory t = Simulation.run(c);
        assertFalse(t.end() instanceof Diverged, () -> "diverged: " + t.end());
        double d = t.point(t.size() - 1).minus(minimum).norm();
        assertTrue(d <= distance, () -> optimizer + " ended " + d + " from the minimum after " + (t.size() - 1) + " steps");
    }
}
