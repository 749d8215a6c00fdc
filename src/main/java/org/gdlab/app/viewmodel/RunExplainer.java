package org.gdlab.app.viewmodel;

import java.util.OptionalDouble;
import org.gdlab.core.analysis.LocalCurvature;
import org.gdlab.core.optim.OptimizerKind;
import org.gdlab.core.sim.Converged;
import org.gdlab.core.sim.Diverged;
import org.gdlab.core.sim.MaxSteps;
import org.gdlab.core.sim.RunConfig;
import org.gdlab.core.sim.RunEnd;

/**
 * Says in a student's words how a run ended. For divergence of gradient descent it compares α with the
 * stability limit of the local quadratic model at the start: GD on C ≈ ½ wᵀHw multiplies the error along
 * the eigenvector of λmax by (1 − αλmax) per step, which grows in size once α &gt; 2/λmax.
 */
public final class RunExplainer {

    private RunExplainer() {
    }

    /** @return the banner text for the end of {@code path} */
    public static String explain(PlannedPath path) {
        RunEnd end = path.end();
        // Java 17 has no pattern switch outside preview: an instanceof chain over the three permitted records.
        if (end instanceof Converged c) {
            return "Converged at step " + c.step() + ": |∇C| fell below "
                    + Numbers.sig3(path.config().tolerance()) + ", C = " + Numbers.sig(path.cost(path.size() - 1), 4) + ".";
        }
        if (end instanceof MaxSteps m) {
            return "Stopped at the step limit (" + m.step() + " steps) without converging; C = "
                    + Numbers.sig(path.cost(path.size() - 1), 4) + ".";
        }
        return divergence(path, (Diverged) end);
    }

    /**
     * @return "at the start: λmax = 10.0, 2/λmax = 0.200" (the largest stable α of gradient descent on the
     *         local quadratic model), or a note when the surface does not curve upward there
     */
    public static String stability(RunConfig c) {
        LocalCurvature lc = LocalCurvature.at(c.function(), c.start());
        OptionalDouble limit = lc.maxStableLearningRate();
        if (limit.isEmpty()) {
            return "at the start: λmax = " + Numbers.sig3(lc.lambdaMax()) + " ≤ 0, no stable α from curvature";
        }
        return "at the start: λmax = " + Numbers.sig3(lc.lambdaMax()) + ", 2/λmax = " + Numbers.sig3(limit.getAsDouble());
    }

    /** @return true when the run diverged */
    public static boolean diverged(PlannedPath path) {
        return path.end() instanceof Diverged;
    }

    private static String divergence(PlannedPath path, Diverged d) {
        RunConfig c = path.config();
        String head = "Diverged at step " + d.step() + ": ";
        String why = d.message();
        if (path.size() == 0) {
            return head + "the start itself cannot be used (" + why + ").";
        }
        double lr = path.learningRate(path.size() - 1);
        if (c.optimizer() == OptimizerKind.GD) {
            LocalCurvature lc = LocalCurvature.at(c.function(), c.start());
            OptionalDouble limit = lc.maxStableLearningRate();
            if (limit.isPresent() && lr > limit.getAsDouble()) {
                return head + "α = " + Numbers.sig3(lr) + " is above 2/λmax = " + Numbers.sig3(limit.getAsDouble())
                        + " near the start (λmax = " + Numbers.sig3(lc.lambdaMax()) + "), so each step overshoots "
                        + "further than the last.";
            }
            if (limit.isPresent()) {
                return head + why + ". α = " + Numbers.sig3(lr) + " is below 2/λmax = "
                        + Numbers.sig3(limit.getAsDouble()) + " at the start, so the curvature grew along the way.";
            }
            return head + why + ". Near the start the surface curves downward or not at all (λmax ≤ 0), "
                    + "so the local picture gives no stable α.";
        }
        return head + why + " (" + c.optimizer().displayName() + ", α = " + Numbers.sig3(lr) + ").";
    }
}
