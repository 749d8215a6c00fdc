package org.gdlab.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.optim.Hyperparameters;
import org.gdlab.core.optim.LineSearchTrace;
import org.gdlab.core.optim.OptimizerKind;
import org.gdlab.core.scenario.Scenario;
import org.gdlab.core.scenario.ScenarioRun;
import org.gdlab.core.scenario.SurfaceSpec;
import org.gdlab.core.sim.RunConfig;
import org.gdlab.core.surface.Surface;
import org.gdlab.render.paint.BatchGradientArrow;
import org.gdlab.render.paint.OnPlot;
import org.gdlab.render.paint.Overlay;
import org.gdlab.render.paint.PlotTransform;
import org.gdlab.render.paint.SearchDirectionOverlay;
import org.gdlab.render.paint.TrialPointsOverlay;
import org.junit.jupiter.api.Test;

/**
 * A frame of the animated GIF at step k shows the marks the window shows with its scrubber at step k: the
 * line search's trials and direction of the step leaving w_k, and the mini-batch gradient at w_k. Expected
 * values are worked by hand: on C(x, y) = ½(x² + 10y²) (∇C = (x, 10y), H = diag(1, 10)), Armijo's trials
 * t = α·ρʲ (α = 1, ρ = ½, c₁ = 10⁻⁴) and the iterates are computed here with the rule's inequality;
 * conjugate gradient's d₁ = −g₁ + β·d₀ with the exact step t = gᵀg / gᵀHg and β = |g₁|²/|g₀|² (Fletcher–Reeves);
 * the batch gradient is summed here over the points of the batch, drawn by the documented shuffle.
 */
class FrameStepMarksTest {

    private static final ExportSize SIZE = new ExportSize(1280, 720);
    private static final Vec2 START = new Vec2(-4, 2);
    private static final SurfaceSpec BOWL = new SurfaceSpec.Builtin("quadratic", Map.of("kappa", 10.0, "theta", 0.0));

    private static double cost(Vec2 w) {
        return 0.5 * (w.x() * w.x() + 10 * w.y() * w.y());
    }

    private static Vec2 grad(Vec2 w) {
        return new Vec2(w.x(), 10 * w.y());
    }

    private static Scenario bowl(RunConfig... runs) {
        List<ScenarioRun> rs = new ArrayList<>();
        for (RunConfig c : runs) {
            rs.add(ScenarioRun.of(c));
        }
        return Scenario.of(BOWL).withRuns(rs);
    }

    private static RunConfig run(OptimizerKind k, double alpha, int steps) {
        return RunConfig.of(BOWL.create(), START, k, alpha).withMaxSteps(steps);
    }

    /** Armijo by hand: the trials t = ρʲ of the step leaving w until C(w − t·g) ≤ C(w) − c₁·t·|g|². */
    private static List<Double> armijoTrials(Vec2 w) {
        Vec2 g = grad(w);
        double g2 = g.x() * g.x() + g.y() * g.y();
        List<Double> ts = new ArrayList<>();
        for (double t = 1; ; t *= 0.5) {
            ts.add(t);
            if (cost(w.minus(g.times(t))) <= cost(w) - 1e-4 * t * g2) {
                return ts;
            }
        }
    }

    private static Vec2 armijoIterate(int k) {
        Vec2 w = START;
        for (int i = 0; i < k; i++) {
            List<Double> ts = armijoTrials(w);
            w = w.minus(grad(w).times(ts.get(ts.size() - 1)));
        }
        return w;
    }

    private static <T> T only(List<Overlay> overlays, Class<T> type) {
        List<T> found = overlays.stream().filter(type::isInstance).map(type::cast).toList();
        assertEquals(1, found.size(), "one " + type.getSimpleName() + " in " + overlays);
        return found.get(0);
    }

    /** A frame painted as the GIF paints it, and where the plot's world points land on it. */
    private record Frame(BufferedImage image, PlotTransform t) {
        int[] at(Vec2 w) {
            int rgb = image.getRGB((int) Math.floor(t.sx(w.x())), (int) Math.floor(t.sy(w.y()))); // the pixel holding w
            return new int[] {rgb >> 16 & 255, rgb >> 8 & 255, rgb & 255};
        }
    }

    private static Frame frame(PlotRenderer r, int k) {
        BufferedImage image = new BufferedImage(SIZE.width(), SIZE.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        r.paintFrame(g, SIZE.width(), SIZE.height(), k);
        Rectangle2D area = r.plotArea(g, SIZE.width(), SIZE.height(), k);
        g.dispose();
        return new Frame(image, PlotTransform.fit(r.scenario().view(), area.getX(), area.getY(), area.getWidth(),
                area.getHeight(), true));
    }

    /**
     * @return how many of 16 points about w are the trials' yellow: 8 on the ring (radius RADIUS painter units,
     *     pixels at 1280×720) and 8 inside at half the radius (a filled trial); the step arrow's head, drawn on
     *     top, covers a few of them
     */
    private static int yellowAround(Frame f, Vec2 w) {
        int n = 0;
        for (double r : new double[] {TrialPointsOverlay.RADIUS, TrialPointsOverlay.RADIUS / 2}) {
            for (int i = 0; i < 8; i++) {
                double a = Math.PI * i / 4;
                Vec2 p = new Vec2(f.t().worldX(f.t().sx(w.x()) + r * Math.cos(a)), f.t().worldY(f.t().sy(w.y()) + r * Math.sin(a)));
                n += near(f.at(p), TrialPointsOverlay.TRIAL, 45) ? 1 : 0;
            }
        }
        return n;
    }

    private static String around(Frame f, Vec2 w) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            double a = Math.PI * i / 4;
            double r = TrialPointsOverlay.RADIUS;
            Vec2 p = new Vec2(f.t().worldX(f.t().sx(w.x()) + r * Math.cos(a)), f.t().worldY(f.t().sy(w.y()) + r * Math.sin(a)));
            b.append(java.util.Arrays.toString(f.at(p)));
        }
        return b.append(" at ").append(f.t().sx(w.x())).append(',').append(f.t().sy(w.y())).toString();
    }

    private static double pixels(PlotTransform t, Vec2 a, Vec2 b) {
        return Math.hypot(t.sx(a.x()) - t.sx(b.x()), t.sy(a.y()) - t.sy(b.y()));
    }

    private static boolean near(int[] c, Color want, int tol) {
        return Math.abs(c[0] - want.getRed()) <= tol && Math.abs(c[1] - want.getGreen()) <= tol
                && Math.abs(c[2] - want.getBlue()) <= tol;
    }

    @Test
    void eachFrameOfAnArmijoRunShowsTheTrialsOfItsOwnStep() {
        PlotRenderer r = new PlotRenderer(bowl(run(OptimizerKind.ARMIJO, 1, 30)));
        for (int k : new int[] {3, 0, 1}) { // back to 0 after 3: the replay starts again
            Vec2 w = armijoIterate(k);
            List<Double> ts = armijoTrials(w);
            LineSearchTrace trace = only(r.stepOverlays(k, true), TrialPointsOverlay.class).trace();
            assertEquals(ts.size(), trace.trials().size(), "frame " + k + ": the trials t = ρʲ up to the first accepted");
            for (int j = 0; j < ts.size(); j++) {
                Vec2 want = w.minus(grad(w).times(ts.get(j))); // w_k − α·ρʲ·∇C(w_k)
                Vec2 got = trace.trials().get(j).point(trace);
                double tol = 1e-12 * (1 + want.norm());
                assertEquals(want.x(), got.x(), tol, "frame " + k + ", trial " + j + ", x");
                assertEquals(want.y(), got.y(), tol, "frame " + k + ", trial " + j + ", y");
                assertEquals(j == ts.size() - 1, trace.trials().get(j).accepted(), "only the last trial is accepted");
            }
        }
    }

    @Test
    void theTrialsArePaintedAtTheirHandComputedPlacesInTheFrameAndOnlyThere() {
        // step 0 from (−4, 2): g = (−4, 20), t = 1, ½, ¼ rejected, ⅛ accepted at (−3.5, −0.5)
        assertEquals(List.of(1.0, 0.5, 0.25, 0.125), armijoTrials(START));
        Scenario s = bowl(run(OptimizerKind.ARMIJO, 1, 30));
        Frame marked = frame(new PlotRenderer(s), 0);
        Frame plain = frame(new PlotRenderer(s).withOverlays(OnPlot.NONE), 0); // a window with every switch off
        Vec2 accepted = new Vec2(-3.5, -0.5);
        assertTrue(yellowAround(marked, accepted) >= 6, "the accepted trial, filled: " + yellowAround(marked, accepted));
        assertTrue(yellowAround(plain, accepted) <= 1, "not without the line search's marks");
        // the rejected trial t = ¼ at (−3, −3): hollow, its ring RADIUS painter units (= pixels at 1280×720) from it
        Vec2 rejected = new Vec2(-3, -3);
        double unit = 1 / marked.t().scaleX();
        Vec2 onRing = new Vec2(rejected.x() + TrialPointsOverlay.RADIUS * unit, rejected.y());
        assertTrue(near(marked.at(onRing), TrialPointsOverlay.TRIAL, 40), "the rejected trial's ring: "
                + java.util.Arrays.toString(marked.at(onRing)));
        // frame 2 shows step 2's trials, not step 0's
        Frame later = frame(new PlotRenderer(s), 2);
        assertTrue(yellowAround(later, accepted) <= 1, "frame 2 has no trial at step 0's");
        // its own trials inside the plot, away from w₂ and the accepted one (the arrows' heads cover those)
        Vec2 w2 = armijoIterate(2);
        List<Double> ts2 = armijoTrials(w2);
        Vec2 accepted2 = w2.minus(grad(w2).times(ts2.get(ts2.size() - 1)));
        int seen = 0;
        for (double t : ts2) {
            Vec2 p = w2.minus(grad(w2).times(t));
            double px = later.t().sx(p.x());
            double py = later.t().sy(p.y());
            boolean inside = px > later.t().left() + 10 && px < later.t().left() + later.t().width() - 10
                    && py > later.t().top() + 10 && py < later.t().top() + later.t().height() - 10;
            if (inside && pixels(later.t(), p, w2) > 20 && pixels(later.t(), p, accepted2) > 20) {
                assertTrue(yellowAround(later, p) >= 5, "frame 2's trial t = " + t + " at " + p + " (hollow: its ring): " + around(later, p));
                seen++;
            }
        }
        assertTrue(seen >= 1, "frame 2 has a trial in the open: " + ts2);
    }

    @Test
    void aFrameOfConjugateGradientShowsTheHandComputedDirectionOfItsStep() {
        Hyperparameters exact = Hyperparameters.defaults(OptimizerKind.CG).with("line_search", 1);
        PlotRenderer r = new PlotRenderer(bowl(run(OptimizerKind.CG, 1, 10).withHyper(exact)));
        // step 0: d₀ = −g₀, exact t₀ = g₀ᵀg₀ / g₀ᵀHg₀; step 1: d₁ = −g₁ + (|g₁|²/|g₀|²)·d₀
        Vec2 g0 = grad(START);
        double t0 = (g0.x() * g0.x() + g0.y() * g0.y()) / (g0.x() * g0.x() + 10 * g0.y() * g0.y());
        Vec2 w1 = START.minus(g0.times(t0));
        Vec2 g1 = grad(w1);
        double beta = (g1.x() * g1.x() + g1.y() * g1.y()) / (g0.x() * g0.x() + g0.y() * g0.y());
        Vec2 d1 = g1.times(-1).plus(g0.times(-beta));
        LineSearchTrace frame0 = only(r.stepOverlays(0, true), SearchDirectionOverlay.class).trace();
        assertEquals(-g0.x(), frame0.d().x(), 1e-12, "frame 0: d₀ = −g₀");
        assertEquals(-g0.y(), frame0.d().y(), 1e-12);
        LineSearchTrace frame1 = only(r.stepOverlays(1, true), SearchDirectionOverlay.class).trace();
        // w₁ carries the exact search's rounding (it lands where φ'(t) = 0 to 1e-12 of |φ'(0)|)
        assertEquals(w1.x(), frame1.w().x(), 1e-9, "frame 1 is at w₁");
        assertEquals(w1.y(), frame1.w().y(), 1e-9);
        assertEquals(d1.x(), frame1.d().x(), 1e-8 * d1.norm(), "frame 1: d₁ = −g₁ + β·d₀");
        assertEquals(d1.y(), frame1.d().y(), 1e-8 * d1.norm());
        // on a 2-D quadratic d₁ points at the minimum: w₁ + t·d₁ = 0 for one t
        assertEquals(0, w1.x() * d1.y() - w1.y() * d1.x(), 1e-9 * w1.norm() * d1.norm(), "d₁ is along −w₁");
    }

    /** Six points of a line y ≈ 2x + 1, fitted by y = w·x + b in batches of B = 2. */
    private static final double[][] POINTS = {{0, 1.2}, {1, 2.7}, {2, 5.3}, {3, 6.8}, {4, 9.4}, {5, 10.9}};
    private static final int B = 2;
    private static final long SEED = 7;
    private static final double ALPHA = 0.02;
    /** near the best fit (w, b) ≈ (1.98, 1.06), where the batches' gradients stray most from the full one */
    private static final Vec2 DATA_START = new Vec2(1.5, 2.5);

    private static SurfaceSpec line() {
        List<List<Double>> points = new ArrayList<>();
        for (double[] p : POINTS) {
            points.add(List.of(p[0], p[1]));
        }
        return new SurfaceSpec.Data(null, points, null, "linear", List.of(), false, 0);
    }

    /** The batch of step k as documented: epoch e = ⌊k/E⌋ + 1 shuffled by Fisher–Yates from seed ^ (e·golden). */
    private static int[] batch(int k) {
        int n = POINTS.length;
        int perEpoch = (n + B - 1) / B;
        int e = k / perEpoch + 1;
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        SplittableRandom r = new SplittableRandom(SEED ^ (e * 0x9E3779B97F4A7C15L));
        for (int i = n - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        int from = (k % perEpoch) * B;
        return java.util.Arrays.copyOfRange(order, from, Math.min(from + B, n));
    }

    /** ∇J_B = (1/|B|) Σ_{i∈B} (w·xᵢ + b − yᵢ)·(xᵢ, 1) */
    private static Vec2 batchGradient(int[] idx, Vec2 wb) {
        double gw = 0;
        double gb = 0;
        for (int i : idx) {
            double r = wb.x() * POINTS[i][0] + wb.y() - POINTS[i][1];
            gw += r * POINTS[i][0];
            gb += r;
        }
        return new Vec2(gw / idx.length, gb / idx.length);
    }

    @Test
    void eachFrameOfAMiniBatchRunShowsTheHandSummedBatchGradientOfItsStep() {
        Surface cost = line().create();
        RunConfig c = RunConfig.of(cost, Vec2.ZERO, OptimizerKind.GD, ALPHA).withBatch(B).withSeed(SEED).withMaxSteps(20);
        Scenario s = Scenario.of(line()).withRuns(List.of(ScenarioRun.of(c)));
        PlotRenderer r = new PlotRenderer(s);
        Vec2 w = Vec2.ZERO;
        for (int k = 0; k <= 7; k++) {
            Vec2 gb = batchGradient(batch(k), w);
            if (k == 0 || k == 4 || k == 7) {
                BatchGradientArrow arrow = only(r.stepOverlays(k, true), BatchGradientArrow.class);
                double tol = 1e-12 * (1 + gb.norm());
                assertEquals(w.x(), arrow.w().x(), 1e-12, "frame " + k + " is at w_k");
                assertEquals(w.y(), arrow.w().y(), 1e-12);
                assertEquals(gb.x(), arrow.batchGradient().x(), tol, "frame " + k + ": ∇J_B summed over " + java.util.Arrays.toString(batch(k)));
                assertEquals(gb.y(), arrow.batchGradient().y(), tol);
                Vec2 full = batchGradient(new int[] {0, 1, 2, 3, 4, 5}, w);
                assertEquals(full.x(), arrow.gradient().x(), 1e-12 * (1 + full.norm()), "the full ∇J beside it");
                assertEquals(full.y(), arrow.gradient().y(), 1e-12 * (1 + full.norm()));
            }
            w = w.minus(gb.times(ALPHA));
        }
    }

    @Test
    void theBatchArrowIsPaintedAlongMinusTheBatchGradientInItsFrame() {
        Surface cost = line().create();
        RunConfig c = RunConfig.of(cost, DATA_START, OptimizerKind.GD, ALPHA).withBatch(B).withSeed(SEED).withMaxSteps(20);
        Scenario s = Scenario.of(line()).withRuns(List.of(ScenarioRun.of(c)));
        PlotTransform t = frame(new PlotRenderer(s), 0).t();
        // the frame whose batch strays most from the full gradient on screen, so −∇J's arrow does not cover it
        Vec2 w = DATA_START;
        int k = -1;
        double widest = 0;
        Vec2 wk = null;
        Vec2 gk = null;
        Vec2 fk = null;
        for (int i = 0; i <= 7; i++) {
            Vec2 gb = batchGradient(batch(i), w);
            Vec2 full = batchGradient(new int[] {0, 1, 2, 3, 4, 5}, w);
            double angle = Math.abs(Math.atan2(gb.y() * t.scaleY(), gb.x() * t.scaleX())
                    - Math.atan2(full.y() * t.scaleY(), full.x() * t.scaleX()));
            angle = Math.min(angle, 2 * Math.PI - angle);
            if (angle > widest) {
                widest = angle;
                k = i;
                wk = w;
                gk = gb;
                fk = full;
            }
            w = w.minus(gb.times(ALPHA));
        }
        assertTrue(widest > Math.toRadians(20), "a batch that strays: " + Math.toDegrees(widest) + "°");
        Frame marked = frame(new PlotRenderer(s), k);
        Frame plain = frame(new PlotRenderer(s).withOverlays(OnPlot.NONE), k);
        double len = 70 * Math.max(0.25, Math.min(3, gk.norm() / fk.norm())); // painter units = pixels here
        double dx = -gk.x() * t.scaleX(); // the shaft's screen direction: −∇J_B, y up
        double dy = gk.y() * t.scaleY();
        double n = Math.hypot(dx, dy);
        int orange = 0;
        int before = 0;
        int samples = 0;
        for (double f = 0.4; f <= 0.81; f += 0.05) { // beyond the step arrow (α·|∇J_B| is a few pixels) and the point
            Vec2 p = new Vec2(t.worldX(t.sx(wk.x()) + dx / n * len * f), t.worldY(t.sy(wk.y()) + dy / n * len * f));
            samples++;
            orange += near(marked.at(p), BatchGradientArrow.BATCH, 40) ? 1 : 0;
            before += near(plain.at(p), BatchGradientArrow.BATCH, 40) ? 1 : 0;
        }
        assertTrue(orange >= samples - 2, "frame " + k + ": the batch arrow's shaft along −∇J_B: " + orange + " of " + samples);
        assertEquals(0, before, "no batch arrow without the marks");
    }

    @Test
    void aFrameOfARunWithoutLineSearchOrBatchesDrawsNoneOfThoseMarks() {
        PlotRenderer r = new PlotRenderer(bowl(run(OptimizerKind.GD, 0.05, 40)));
        for (int k = 0; k <= 40; k += 5) {
            assertEquals(List.of(), r.stepOverlays(k, true), "frame " + k);
        }
        // nor does a window whose line-search switch is off, on an Armijo run
        PlotRenderer off = new PlotRenderer(bowl(run(OptimizerKind.ARMIJO, 1, 30))).withOverlays(OnPlot.NONE);
        assertEquals(List.of(), off.stepOverlays(1, true));
        // and no step leaves the last iterate: the frame at the end has no trials
        PlotRenderer armijo = new PlotRenderer(bowl(run(OptimizerKind.ARMIJO, 1, 30)));
        assertEquals(List.of(), armijo.stepOverlays(armijo.longestRun() - 1, true));
        assertNotNull(only(armijo.stepOverlays(armijo.longestRun() - 2, true), TrialPointsOverlay.class).trace());
    }

    @Test
    void withARacedRunSelectedTheFramesShowItsLineSearchAsTheWindowDoes() {
        Scenario s = bowl(run(OptimizerKind.GD, 0.05, 30), run(OptimizerKind.ARMIJO, 1, 30));
        assertEquals(List.of(), new PlotRenderer(s).stepOverlays(2, true), "the main run (gd) makes no line search");
        PlotRenderer selected = new PlotRenderer(s).withSelected(1);
        Vec2 w2 = armijoIterate(2);
        LineSearchTrace t = only(selected.stepOverlays(2, true), TrialPointsOverlay.class).trace();
        assertEquals(w2.x(), t.w().x(), 1e-12, "the selected Armijo run's w₂");
        assertEquals(w2.y(), t.w().y(), 1e-12);
        assertEquals(armijoTrials(w2).size(), t.trials().size());
        // a still picture of a scenario alone at step 2 shows the same marks as its frame
        assertEquals(1, selected.withStep(2).stepOverlays(2, false).size());
    }

    @Test
    void theWindowsSwitchedOnMarksAreReplayedPerFrame() {
        Scenario s = bowl(run(OptimizerKind.ARMIJO, 1, 30));
        OnPlot window = OnPlot.frozen(List.of(), List.of(new TrialPointsOverlay(() -> null, () -> true),
                new SearchDirectionOverlay(() -> null, () -> false)));
        PlotRenderer r = new PlotRenderer(s).withOverlays(window);
        Vec2 w1 = armijoIterate(1);
        LineSearchTrace t = only(r.stepOverlays(1, true), TrialPointsOverlay.class).trace();
        assertEquals(w1.x(), t.w().x(), 1e-12, "the trials of frame 1 leave w₁");
        assertEquals(w1.y(), t.w().y(), 1e-12);
        assertEquals(1, r.stepOverlays(1, true).size(), "the direction's switch is off");
        assertEquals(List.of(), r.stepOverlays(1, false), "a picture of the window draws its frozen overlays instead");
    }

    @Test
    void theGifsFramesCarryEachStepsTrials() throws Exception {
        Scenario s = bowl(run(OptimizerKind.ARMIJO, 1, 3)); // 4 frames, one per step
        PlotRenderer r = new PlotRenderer(s);
        GifOptions options = new GifOptions(SIZE, 1, 80, 80);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        GifExport.content(r, options, ExportProgress.NONE, () -> false).writeTo(bytes);
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            reader.setInput(in);
            Frame geometry = frame(r, 1);
            for (int k : new int[] {0, 1}) {
                Vec2 w = armijoIterate(k);
                List<Double> ts = armijoTrials(w);
                Vec2 accepted = w.minus(grad(w).times(ts.get(ts.size() - 1)));
                Frame f = new Frame(reader.read(k), geometry.t()); // one frame per step: frame k is step k
                assertTrue(yellowAround(f, accepted) >= 6, "GIF frame " + k + ": the accepted trial at " + accepted);
            }
        } finally {
            reader.dispose();
        }
    }
}
