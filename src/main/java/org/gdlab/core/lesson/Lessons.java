package org.gdlab.core.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gdlab.core.colormap.ColorMap;
import org.gdlab.core.contour.LevelSpacing;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.optim.Hyperparameters;
import org.gdlab.core.optim.OptimizerKind;
import org.gdlab.core.scenario.Overlays;
import org.gdlab.core.scenario.ScenarioRun;
import org.gdlab.core.sim.RunConfig;
import org.gdlab.core.surface.Surface;
import java.util.function.UnaryOperator;
import org.gdlab.core.scenario.Scenario;
import org.gdlab.core.scenario.SurfaceSpec;
import org.gdlab.core.surface.ViewRect;

/**
 * The built-in lessons, in teaching order (the order a lecture steps through them with next/previous).
 * Every number below is checked by {@code LessonClaimsTest}, which runs each lesson and asserts what its
 * caption says.
 */
public final class Lessons {

    private static final List<Lesson> ALL = List.of(
            lrTooSmall(), lrTooLarge(), shrinkingSteps(), zigzagMomentum(), cliffClipping(), scheduleNonsmooth(),
            noisySchedule(), saddlePoint(), himmelblauBasins(), normalizedVsGd(), sizeIsNotDistance(), stepSizeRules(), exactVsConjugate(),
            bfgsLearnsCurvature(), featureScaling(), batchNoise(), separableGrowth());

    private Lessons() {
    }

    /** @return every built-in lesson, in teaching order */
    public static List<Lesson> all() {
        return ALL;
    }

    /** @return the ids, in teaching order */
    public static List<String> ids() {
        return ALL.stream().map(Lesson::id).toList();
    }

    /** @return the lesson with that id, if any */
    public static Optional<Lesson> find(String id) {
        return ALL.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    /** @throws IllegalArgumentException naming the valid ids when there is no such lesson */
    public static Lesson byId(String id) {
        return find(id == null ? "" : id.strip()).orElseThrow(() -> new IllegalArgumentException(
                "unknown lesson '" + id + "'; valid: " + String.join(", ", ids())));
    }

    // ---- the lessons ------------------------------------------------------------------------------------

    static Lesson lrTooSmall() {
        Scenario s = scenario("sphere", Map.of(), ViewRect.square(5), new Vec2(-4, 3), 100,
                List.of(gd(0.005), gd(0.1)))
                .withTitle("Learning rate too small")
                .withCaption("Both runs follow the same straight line to the minimum. With α = 0.005 each step "
                        + "moves only 1% of the way, and after 100 steps the point is still far out; with α = 0.1 "
                        + "it is within 0.01 of the minimum after 30 steps.");
        return new Lesson("lr-too-small", s, "Raise the small α step by step: how many steps does it need for each value?");
    }

    static Lesson lrTooLarge() {
        Scenario s = scenario("quadratic", Map.of("kappa", 10.0), ViewRect.square(5), new Vec2(-4.5, 2), 100,
                List.of(gd(0.18).withLabel("GD, α = 0.18 (below 2/λmax = 0.2)"),
                        gd(0.22).withLabel("GD, α = 0.22 (above 2/λmax = 0.2)")))
                .withTitle("Learning rate too large: divergence above 2/λmax")
                .withCaption("The Hessian's largest eigenvalue is λmax = 10, so GD is stable only for α < 2/λmax "
                        + "= 0.2. At α = 0.18 the point zig-zags across the valley but reaches the minimum; at "
                        + "α = 0.22 every zig-zag is 20% wider than the last and the run diverges.")
                .withOverlays(Set.of(Overlays.EIGENVECTORS, Overlays.KNOWN_POINTS));
        return new Lesson("lr-too-large", s, "Try α = 0.2 exactly: the zig-zag neither grows nor shrinks.");
    }

    static Lesson shrinkingSteps() {
        Scenario s = scenario("quadratic", Map.of("kappa", 4.0, "theta", 30.0), ViewRect.square(5), new Vec2(-4.5, 3),
                60, List.of(gd(0.1)))
                .withTitle("Steps shrink near a minimum")
                .withCaption("α stays 0.1 all the time, yet the steps get shorter: the step is α∇C, and the "
                        + "gradient's length says how steep the surface is here, not how far the minimum is. "
                        + "On a smooth bowl it shrinks as the slope flattens.")
                .withOverlays(Set.of(Overlays.GRADIENT_FIELD, Overlays.GRADIENT_ARROW, Overlays.KNOWN_POINTS));
        return new Lesson("shrinking-steps", s, "Switch to normalized GD: its steps keep their length and it never settles.");
    }

    static Lesson zigzagMomentum() {
        Hyperparameters mu = Hyperparameters.defaults(OptimizerKind.MOMENTUM).with("momentum", 0.5);
        Scenario s = scenario("quadratic", Map.of("kappa", 25.0), ViewRect.square(5), new Vec2(-4.5, 1.5), 100,
                List.of(gd(0.075), run(OptimizerKind.MOMENTUM, 0.075).with(c -> c.withHyper(mu))))
                .withTitle("Zig-zag in a narrow valley, and momentum")
                .withCaption("In a narrow valley (κ = 25) the gradient points across the valley, not at the "
                        + "minimum: GD zig-zags and crawls along the floor. Momentum averages the steps: the "
                        + "zig-zags cancel, the pushes along the floor add up, and it converges within the 100 "
                        + "steps while GD is still descending.");
        return new Lesson("zigzag-momentum", s, "Raise the momentum μ to 0.9: the path overshoots and circles in.");
    }

    static Lesson cliffClipping() {
        Scenario s = scenario("cliff", Map.of(), new ViewRect(-4, 4, -2, 2), new Vec2(-3.5, 1.5), 300,
                List.of(gd(0.1), gd(0.1).with(c -> c.withClip(1))))
                .withTitle("A cliff, and gradient clipping")
                .withCaption("On the plateau the slope is gentle, but on the cliff face the gradient is about "
                        + "200: one plain step of α = 0.1 throws the point some 20 units, far out of the view, "
                        + "and it needs hundreds of steps to walk back. Clipping the gradient's length to 1 "
                        + "keeps every step at most α long, and the point walks down the face.")
                .withLevels(LevelSpacing.LOG, 20);
        return new Lesson("cliff-clipping", s, "Lower the clip to 0.1: safe, but how much slower?");
    }

    static Lesson scheduleNonsmooth() {
        Scenario s = scenario("valley", Map.of(), new ViewRect(-3, 3, -2, 2), new Vec2(2.7, -1.3), 300,
                List.of(gd(0.1), gd(0.1).with(c -> c.withSchedule("inv:0.1"))))
                .withTitle("A decaying schedule settles into a non-smooth valley")
                .withCaption("The valley |x| + 4|y − x/2| has a kink along its floor, so the gradient never "
                        + "shrinks: with a constant α the point keeps jumping across the floor. Lowering α over "
                        + "time, α/(1 + 0.1t), shrinks the jumps with it: the point still chatters, but ever "
                        + "closer to the minimum.");
        return new Lesson("schedule-nonsmooth", s, "Try the schedule step:50:0.5, which halves α every 50 steps.");
    }

    static Lesson noisySchedule() {
        Scenario s = scenario("quadratic", Map.of("kappa", 10.0), ViewRect.square(5), new Vec2(-4.5, 2), 300,
                List.of(gd(0.1).with(c -> c.withNoise(2).withSeed(7)), gd(0.1).with(c -> c.withNoise(2).withSeed(7).withSchedule("exp:0.99"))))
                .withTitle("Noisy gradients need a decaying learning rate")
                .withCaption("Each step sees the gradient plus Gaussian noise (σ = 2), as with mini-batches. "
                        + "With a constant α the point reaches the bottom quickly but keeps jittering around "
                        + "it; shrinking α by 1% per step shrinks the jitter with it, and it ends far closer.");
        return new Lesson("noisy-schedule", s, "Change the seed: the jitter changes, the lesson does not.");
    }

    static Lesson saddlePoint() {
        Scenario s = scenario("saddle", Map.of(), ViewRect.square(2), new Vec2(-1.9, 0.01), 55,
                List.of(gd(0.05)))
                .withTitle("A saddle point")
                .withCaption("C = x² − y² is a minimum along x and a maximum along y. Starting almost on the "
                        + "x axis, GD runs towards the saddle at (0, 0), slows down as the gradient nearly "
                        + "vanishes there, and only then slides off along y: a small gradient does not mean "
                        + "a minimum.")
                .withOverlays(Set.of(Overlays.GRADIENT_FIELD, Overlays.KNOWN_POINTS));
        return new Lesson("saddle-point", s, "Start exactly on the x axis (y = 0): GD stops at the saddle for ever.");
    }

    static Lesson himmelblauBasins() {
        List<LessonRun> runs = List.of(
                gd(0.01).with(c -> c.withStart(new Vec2(0.5, 0.5))).withLabel("start (0.5, 0.5)"),
                gd(0.01).with(c -> c.withStart(new Vec2(-0.5, 0.5))).withLabel("start (−0.5, 0.5)"),
                gd(0.01).with(c -> c.withStart(new Vec2(-1, -1.5))).withLabel("start (−1, −1.5)"),
                gd(0.01).with(c -> c.withStart(new Vec2(0.5, -1.5))).withLabel("start (0.5, −1.5)"));
        Scenario s = scenario("himmelblau", Map.of(), ViewRect.square(5), new Vec2(0, 0), 200, runs)
                .withTitle("Several minima: where you start decides where you end")
                .withCaption("Himmelblau's function has four minima of equal depth. Four GD runs start close "
                        + "together near the central hill and end in four different minima: gradient descent "
                        + "only knows the slope where it stands.")
                .withLevels(LevelSpacing.LOG, 25)
                .withOverlays(Set.of(Overlays.KNOWN_POINTS));
        return new Lesson("himmelblau-basins", s, "Drag a start point across a ridge and watch the run switch basins.");
    }

    static Lesson normalizedVsGd() {
        Scenario s = scenario("quadratic", Map.of("kappa", 5.0, "theta", 30.0), ViewRect.square(5), new Vec2(-4.5, 2),
                100, List.of(gd(0.15), run(OptimizerKind.NORMALIZED, 0.3)))
                .withTitle("Normalized GD against GD: what the gradient's magnitude contributes")
                .withCaption("Normalized GD keeps only the gradient's direction, so every step is exactly α = 0.3 "
                        + "long: it travels fast while far away but cannot settle and hops around the minimum. "
                        + "Plain GD's steps shrink with the gradient and it reaches the minimum.");
        return new Lesson("normalized-vs-gd", s, "Give normalized GD the schedule inv:0.1 and watch its hops shrink.");
    }

    static Lesson sizeIsNotDistance() {
        Scenario s = scenario("quadratic", Map.of("kappa", 4.0, "theta", 30.0), ViewRect.square(5), new Vec2(-4.5, 3),
                300, List.of(gd(0.1), run(OptimizerKind.NORMALIZED, 0.3), run(OptimizerKind.ARMIJO, 1)))
                .withTitle("The gradient's size is not the distance: GD, normalized GD and Armijo")
                .withCaption("Three answers to \"how far?\". GD steps α·|∇C|: long where the bowl is steep, short "
                        + "where it is flat. Normalized GD throws |∇C| away and always steps 0.3, so it cannot "
                        + "settle and hops around the minimum. Armijo backtracking tries t = 1 and halves it "
                        + "until the cost really falls by a fraction of what the slope promised: it asks the "
                        + "surface, not |∇C| alone, and converges in far fewer steps than GD.");
        return new Lesson("size-is-not-distance", s, "Give Armijo the shrink factor 0.9: more trials per step, longer steps.");
    }

    static Lesson stepSizeRules() {
        Scenario s = scenario("quadratic", Map.of("kappa", 10.0, "theta", 30.0), ViewRect.square(5), new Vec2(-4.5, 2),
                200, List.of(gd(0.15), run(OptimizerKind.ARMIJO, 1), run(OptimizerKind.EXACT, 1)))
                .withTitle("How big a step? Armijo vs exact vs fixed α")
                .withCaption("Three answers on one narrow bowl. A fixed α = 0.15 must stay below 2/λmax = 0.2 "
                        + "for the steep direction, so it creeps along the shallow one. Armijo backtracking tries "
                        + "t = 1 and halves it until the cost falls enough: every step is as long as the local "
                        + "picture allows. Exact line search walks to the lowest point along −∇C each time, and "
                        + "each new gradient is at right angles to the last: the zig-zag of steepest descent. "
                        + "Both reach the minimum in fewer steps than the fixed α.");
        return new Lesson("step-size-rules", s, "Switch the exact run to cg: conjugate gradient reaches the minimum in 2 steps.");
    }

    static Lesson exactVsConjugate() {
        Hyperparameters exactSearch = Hyperparameters.defaults(OptimizerKind.CG).with("line_search", 1);
        Scenario s = scenario("quadratic", Map.of("kappa", 10.0, "theta", 30.0), ViewRect.square(5), new Vec2(-4.5, 2),
                100, List.of(run(OptimizerKind.EXACT, 1),
                        run(OptimizerKind.CG, 1).with(c -> c.withHyper(exactSearch)).withLabel("Conjugate gradient, exact line search")))
                .withTitle("Exact line search zig-zags at right angles; conjugate gradient does not")
                .withCaption("Steepest descent with exact line search walks to the lowest point along −∇C, where "
                        + "the new gradient is at right angles to the old one: the path zig-zags down the valley "
                        + "and needs more than ten steps. Conjugate gradient, with the same exact line search, "
                        + "bends its second direction so that it is conjugate to the first (d₁ᵀHd₀ = 0): on a "
                        + "two-dimensional quadratic it converges to the minimum in 2 steps.");
        return new Lesson("exact-vs-cg", s, "Switch the conjugate gradient run to BFGS with exact line search: also 2 steps.");
    }

    static Lesson bfgsLearnsCurvature() {
        Scenario s = scenario("quadratic", Map.of("kappa", 10.0, "theta", 30.0), ViewRect.square(5), new Vec2(-4.5, 2),
                100, List.of(run(OptimizerKind.BFGS, 1)))
                .withTitle("BFGS learns the curvature")
                .withCaption("BFGS keeps a guess H of the inverse Hessian and steps along d = −H∇C. Beside the "
                        + "current point two ellipses of the same size r are drawn: white, the true local model "
                        + "uᵀ∇²C u = r²; green, BFGS's guess uᵀH⁻¹u = r². At step 0 H = I, a circle, and d = −∇C. "
                        + "After one step, with s the step and y the change of ∇C, BFGS sizes its guess by the "
                        + "curvature it measured along s (H₀ rescaled to (sᵀy/yᵀy)·I) and corrects it so that H·y = s: "
                        + "right along the step, still wrong across it. From two steps s and their gradient changes y "
                        + "it knows the whole quadratic: at step 2 the green ellipse "
                        + "lies on the white one (H = (∇²C)⁻¹), d points at the minimum, and t = 1 lands there.");
        return new Lesson("bfgs-curvature", s,
                "Step with the arrow keys and watch the green ellipse; the Line search tab shows each step's trials.");
    }

    // ---- helpers ----------------------------------------------------------------------------------------

    private static LessonRun gd(double lr) {
        return run(OptimizerKind.GD, lr);
    }

    /** The scales dataset unscaled: the numbers of the caption are checked by {@code LessonClaimsTest}. */
    static Lesson featureScaling() {
        SurfaceSpec spec = new SurfaceSpec.Data("builtin:scales", null, null, "linear2", List.of(), false, 0);
        Surface surface = spec.create();
        double alpha = surface.description().suggestedLearningRate();
        List<ScenarioRun> runs = List.of(gd(alpha).withLabel("GD, α = 1/λmax").on(surface, Vec2.ZERO, 1000));
        // the whole way from the start (0, 0) to the best fit (3.01, 0.002), in equal units on both axes:
        // the valley is the thin line along w2 ≈ 0
        Scenario s = new Scenario("", "", spec, new ViewRect(-0.5, 4, -1.25, 1.25), runs, ColorMap.VIRIDIS,
                LevelSpacing.LOG, 20, Set.of(Overlays.KNOWN_POINTS))
                .withTitle("Feature scaling turns a narrow valley round")
                .withCaption("Fitting y = w1·x1 + w2·x2 to data whose features have very different scales (x1 from 0 "
                        + "to 1, x2 from 0 to 1000): the Hessian's eigenvalues are 0.126 and 3.6e5, κ ≈ 2.9 million. "
                        + "α must stay below 2/λmax = 5.5e-6 for the steep w2 direction, and at α = 1/λmax each step "
                        + "moves along w1 less than a millionth of the remaining way: after 1000 steps the loss has "
                        + "fallen from 3.88 to 0.579, still 100 times the best fit's 0.0053. With the features "
                        + "standardized κ = 8.5, and gradient descent at α = 1/λmax is at the best fit (|∇J| < 1e-8) within 130 steps.");
        return new Lesson("feature-scaling", s,
                "Under Standardize features in the side panel (Data), compare the raw and the scaled bowl side by side with "
                        + "their κ; then tick it and press Space: the same data, a round bowl.");
    }

    /** Mini-batches on the noisy line: the numbers of the caption are checked by {@code LessonClaimsTest}. */
    static Lesson batchNoise() {
        SurfaceSpec spec = new SurfaceSpec.Data("builtin:noisy-line", null, null, "linear", List.of(), false, 0);
        Surface surface = spec.create();
        double alpha = surface.description().suggestedLearningRate();
        List<ScenarioRun> runs = List.of(
                gd(alpha).withLabel("full batch, α = 1/λmax").on(surface, Vec2.ZERO, 400),
                gd(alpha).with(c -> c.withBatch(4)).withLabel("B = 4, α = 1/λmax").on(surface, Vec2.ZERO, 400),
                gd(alpha).with(c -> c.withBatch(4).withSchedule("inv:0.05")).withLabel("B = 4, α/(1 + 0.05k)")
                        .on(surface, Vec2.ZERO, 400));
        Scenario s = new Scenario("", "", spec, surface.description().view(), runs, ColorMap.VIRIDIS,
                LevelSpacing.LOG, 20, Set.of(Overlays.KNOWN_POINTS))
                .withTitle("Batch size: noise that helps and hurts, and a decaying α that settles SGD")
                .withCaption("A line fitted to 40 noisy points. A mini-batch step reads B = 4 points, a tenth of a "
                        + "full-gradient step's 40. The noise helps: after 2 steps, having read 8 points, the B = 4 run's "
                        + "loss is 10.95 (from 48.1), as low within 0.2 % as the full-batch run's 10.93 after reading 80. "
                        + "It hurts: with α kept constant the batches keep it jumping about the best fit, and over "
                        + "the last 100 of 400 steps its loss averages 13.5, 26 % above the best fit's 10.73. A decaying "
                        + "α = α₀/(1 + 0.05k) shrinks the jitter and settles it: over the same steps the loss averages 10.84, 1 % above.");
        return new Lesson("batch-noise", s,
                "Drag the batch size to 1, then to 40 (the full batch), and watch the highlighted points and the −∇J_B arrow.");
    }

    /** Logistic regression on separable classes: the numbers of the caption are checked by {@code LessonClaimsTest}. */
    static Lesson separableGrowth() {
        SurfaceSpec spec = new SurfaceSpec.Data("builtin:separable", null, null, "logistic", List.of(), false, 0);
        Surface surface = spec.create();
        List<ScenarioRun> runs = List.of(gd(1).withLabel("GD, α = 1").on(surface, Vec2.ZERO, 10_000));
        Scenario s = new Scenario("", "", spec, new ViewRect(-1, 11, -4, 4), runs, ColorMap.VIRIDIS,
                LevelSpacing.LOG, 20, Set.of(Overlays.KNOWN_POINTS))
                .withTitle("Logistic regression on separable data: the weights keep growing unless λ > 0")
                .withCaption("A threshold on x separates the two classes, so a steeper sigmoid always fits better: "
                        + "the cross-entropy has no minimum, only an infimum 0 as w → ∞. Gradient descent keeps going: "
                        + "w = 3.87 after 100 steps, 6.30 after 1000 and 8.98 after 10000, about 2.6 more for every "
                        + "tenfold of steps, so w grows like log k while the loss falls towards 0 (1.4e-4). With an L2 "
                        + "penalty λ = 0.01 the minimum exists (w* = 2.76) and GD settles there in 427 steps.");
        return new Lesson("separable-growth", s,
                "Run it with a penalty: gdlab run --data builtin:separable --model logistic --l2 0.01 --lr 1 --start 0,0");
    }

    private static LessonRun run(OptimizerKind k, double lr) {
        return new LessonRun("", k, lr, UnaryOperator.identity());
    }

    /**
     * A lesson's run before its surface exists: optimizer, α, label and the settings that differ from the
     * run specification's defaults.
     */
    private record LessonRun(String label, OptimizerKind optimizer, double lr, UnaryOperator<RunConfig> settings) {
        LessonRun withLabel(String v) {
            return new LessonRun(v, optimizer, lr, settings);
        }

        LessonRun with(UnaryOperator<RunConfig> more) {
            return new LessonRun(label, optimizer, lr, c -> more.apply(settings.apply(c)));
        }

        ScenarioRun on(Surface s, Vec2 start, int steps) {
            RunConfig c = RunConfig.of(s, start, optimizer, lr).withMaxSteps(steps);
            return new ScenarioRun(label, "", settings.apply(c));
        }
    }

    private static Scenario scenario(String surfaceId, Map<String, Double> params, ViewRect view, Vec2 start, int steps,
                                     List<LessonRun> runs) {
        SurfaceSpec spec = new SurfaceSpec.Builtin(surfaceId, params);
        Surface surface = spec.create();
        List<ScenarioRun> built = new ArrayList<>();
        for (LessonRun r : runs) {
            built.add(r.on(surface, start, steps));
        }
        return new Scenario("", "", spec, view, built, ColorMap.VIRIDIS, LevelSpacing.LINEAR, 20,
                Set.of(Overlays.KNOWN_POINTS));
    }
}
