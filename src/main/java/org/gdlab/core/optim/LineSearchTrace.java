package org.gdlab.core.optim;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gdlab.core.math.Sym2;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.surface.CostFunction;

/**
 * One step's line search, replayed: from the iterate w_k, the state the optimizer had there and the
 * gradient it saw, the rule's own {@link UpdateKernel} is run once more on a {@link TrialRecorder}, which
 * records every trial the search made. So the trials are the run's own (same code, same inputs, same
 * floating-point operations), and the accepted t is the one on the run's row k.
 *
 * <p>Along the search direction d, φ(t) = C(w + t·d) and φ'(t) = ∇C(w + t·d)ᵀd; φ(0) = C(w), φ'(0) &lt; 0.
 * Immutable.
 *
 * @param kind the optimizer
 * @param w the iterate w_k
 * @param d the search direction d_k (−∇C for armijo, wolfe and exact; the rule's own for cg, bfgs, lbfgs)
 * @param cost0 φ(0) = C(w_k)
 * @param slope0 φ'(0) = ∇C(w_k)ᵀd_k
 * @param trials the trials in the order the search made them; the accepted one, if any, marked
 * @param accepted the accepted t; NaN when the search found none within its budget (the run stopped,
 *     line_search_failed), +∞ when the cost fell along d as far as the exact search looked
 * @param hessian the true Hessian ∇²C(w_k), the local quadratic model
 * @param after the optimizer's state after the step (for bfgs it holds H_k, the inverse-Hessian approximation
 *     that gave d_k = −H_k·∇C(w_k))
 */
public record LineSearchTrace(OptimizerKind kind, Vec2 w, Vec2 d, double cost0, double slope0, List<Trial> trials,
        double accepted, Sym2 hessian, OptimizerState after) {

    /**
     * One evaluation of the search.
     *
     * @param t the step length tried
     * @param cost φ(t) = C(w + t·d)
     * @param slope φ'(t) = ∇C(w + t·d)ᵀd
     * @param accepted whether this is the step taken
     */
    public record Trial(double t, double cost, double slope, boolean accepted) {

        /** @return the point tried, w + t·d */
        public Vec2 point(LineSearchTrace trace) {
            return trace.w().plus(trace.d().times(t));
        }
    }

    public LineSearchTrace {
        trials = List.copyOf(trials);
    }

    /**
     * Replays the step leaving w_k.
     *
     * @param kernel the rule's arithmetic with the run's hyperparameters at step k
     * @param before the optimizer's state at w_k, before the step (k updates folded in)
     * @param f the cost
     * @param w the iterate w_k
     * @param g the gradient the optimizer sees at w_k (the exact ∇C(w_k): the step-length rules refuse noise,
     *     mini-batches and schedules)
     * @param rate α_k, the rate the step was given (the first trial for armijo, wolfe, cg and, on step 0,
     *     bfgs and lbfgs)
     * @return the trace, or empty when the rule makes no line search (gd, momentum, polyak, bb, …)
     */
    public static Optional<LineSearchTrace> replay(UpdateKernel kernel, OptimizerState before, CostFunction f, Vec2 w,
            Vec2 g, double rate) {
        TrialRecorder recorder = new TrialRecorder(f);
        double[] state = before.values();
        double[] dx = new double[1];
        double[] dy = new double[1];
        kernel.update(1, before.steps(), new double[] {g.x()}, new double[] {g.y()}, new double[] {rate},
                new double[] {w.x()}, new double[] {w.y()}, state, dx, dy, recorder);
        if (!recorder.started()) {
            return Optional.empty();
        }
        Halt halt = kernel.halt(state, 0);
        double accepted = switch (halt) {
            case NONE -> kernel.stepLength(rate, state, 0);
            case UNBOUNDED_ALONG_LINE -> Double.POSITIVE_INFINITY;
            default -> Double.NaN;
        };
        List<double[]> raw = recorder.trials();
        int acceptedIndex = -1;
        for (int i = raw.size() - 1; i >= 0 && halt == Halt.NONE; i--) {
            if (raw.get(i)[0] == accepted) {
                acceptedIndex = i;
                break;
            }
        }
        List<Trial> trials = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            double[] r = raw.get(i);
            trials.add(new Trial(r[0], r[1], r[2], i == acceptedIndex));
        }
        return Optional.of(new LineSearchTrace(before.kind(), recorder.w(), recorder.d(), recorder.cost0(),
                recorder.slope0(), trials, accepted, f.hessian(w.x(), w.y()),
                OptimizerState.of(before.kind(), before.steps() + 1, state)));
    }

    /** @return the accepted trial, if the search accepted one */
    public Optional<Trial> acceptedTrial() {
        return trials.stream().filter(Trial::accepted).findFirst();
    }

    /**
     * @return for bfgs, H_k: the inverse-Hessian approximation that gave d_k = −H_k∇C(w_k) (the identity
     *     on step 0 and whenever −H∇C was not a descent direction); empty for every other rule
     */
    public Optional<Sym2> inverseHessianApproximation() {
        if (kind != OptimizerKind.BFGS) {
            return Optional.empty();
        }
        return Optional.of(new Sym2(after.get("H.xx"), after.get("H.xy"), after.get("H.yy")));
    }
}
