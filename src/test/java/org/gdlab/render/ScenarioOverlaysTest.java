package org.gdlab.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.optim.OptimizerKind;
import org.gdlab.core.scenario.Overlays;
import org.gdlab.core.scenario.Scenario;
import org.gdlab.core.scenario.ScenarioRun;
import org.gdlab.core.scenario.SurfaceSpec;
import org.gdlab.core.sim.RunConfig;
import org.gdlab.render.paint.PlotTransform;
import org.junit.jupiter.api.Test;

/**
 * The command line's {@code render} draws what a scenario file turns on: on C(x, y) = ½(x² + 10y²) (H =
 * diag(1, 10), so GD's iterates are x_k = (1 − α)^k x₀, y_k = (1 − 10α)^k y₀), "ghost-paths" adds the run at
 * α/4 … 4α along those closed forms, "eigenvectors" the steep (red, λmax = 10, along y) and shallow (green,
 * λmin = 1, along x) directions at the current point, "local-quadratic" the model's dashed ellipse; each is
 * in the PNG and the SVG when named and absent when not.
 */
class ScenarioOverlaysTest {

    private static final double ALPHA = 0.04;
    private static final Vec2 START = new Vec2(-4, 2);
    private static final int STEPS = 8;
    private static final ExportSize SIZE = new ExportSize(1280, 720);

    private static Scenario bowl(String... overlays) {
        SurfaceSpec spec = new SurfaceSpec.Builtin("quadratic", Map.of("kappa", 10.0, "theta", 0.0));
        Scenario s = Scenario.of(spec);
        RunConfig c = RunConfig.of(spec.create(), START, OptimizerKind.GD, ALPHA).withMaxSteps(STEPS);
        return s.withRuns(List.of(ScenarioRun.of(c))).withOverlays(Set.of(overlays));
    }

    /** A picture and its plot transform. */
    private record Picture(BufferedImage image, PlotTransform t) {
        int[] at(double x, double y) {
            int rgb = image.getRGB((int) Math.round(t.sx(x)), (int) Math.round(t.sy(y)));
            return new int[] {rgb >> 16 & 255, rgb >> 8 & 255, rgb & 255};
        }
    }

    private static Picture png(Scenario s) {
        PlotRenderer r = new PlotRenderer(s);
        BufferedImage image = PngExport.image(r, SIZE);
        Graphics2D g = image.createGraphics();
        Rectangle2D area = r.plotArea(g, SIZE.width(), SIZE.height());
        g.dispose();
        return new Picture(image, PlotTransform.fit(s.view(), area.getX(), area.getY(), area.getWidth(), area.getHeight(), true));
    }

    private static int count(String text, String pattern) {
        Matcher m = Pattern.compile(pattern).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** @return w_k of GD with step size a on the bowl, in closed form */
    private static Vec2 iterate(double a, int k) {
        return new Vec2(Math.pow(1 - a, k) * START.x(), Math.pow(1 - 10 * a, k) * START.y());
    }

    @Test
    void ghostPathsNamedInTheScenarioAreDrawnAlongTheirClosedFormIterates() {
        Picture off = png(bowl());
        Picture on = png(bowl(Overlays.GHOST_PATHS));
        // the 4α ghost's steps 1 → 4 lie away from the main run's path (which moves 4 times slower): sample them
        int whiter = 0;
        int samples = 0;
        for (int k = 1; k < 4; k++) {
            Vec2 a = iterate(4 * ALPHA, k);
            Vec2 b = iterate(4 * ALPHA, k + 1);
            for (int i = 1; i < 10; i++) {
                double f = i / 10.0;
                double x = a.x() + f * (b.x() - a.x());
                double y = a.y() + f * (b.y() - a.y());
                int[] c0 = off.at(x, y);
                int[] c1 = on.at(x, y);
                samples++;
                if (c1[0] + c1[1] + c1[2] > c0[0] + c0[1] + c0[2] + 60) {
                    whiter++; // the ghost's faint white, over the colour map
                }
            }
        }
        assertTrue(whiter >= samples / 3, "the dashed 4α ghost shows along its iterates: " + whiter + " of " + samples);
    }

    @Test
    void ghostPathsAreInTheSvgWhenNamedAndNotOtherwise() {
        String on = SvgExport.document(new PlotRenderer(bowl(Overlays.GHOST_PATHS)), SIZE);
        String off = SvgExport.document(new PlotRenderer(bowl()), SIZE);
        for (String label : List.of("α/4", "α/2", "2α", "4α")) {
            assertTrue(on.contains(">" + label + "<"), "the ghost " + label + " is labelled");
            assertFalse(off.contains(">" + label + "<"), "no ghost " + label + " when not named");
        }
        // the ghosts' strokes: dotted (2, 4) below α, dashed (10, 6) above
        assertEquals(2, count(on, "dasharray:2\\.0,4\\.0;"), "two dotted ghosts");
        assertEquals(2, count(on, "dasharray:10\\.0,6\\.0;"), "two dashed ghosts");
        assertEquals(0, count(off, "dasharray:2\\.0,4\\.0;") + count(off, "dasharray:10\\.0,6\\.0;"));
    }

    @Test
    void eigenvectorsNamedInTheScenarioAreDrawnAtTheCurrentPointWithTheirEigenvalues() {
        Vec2 w = iterate(ALPHA, STEPS); // the picture of the whole run shows w_K as the current point
        Picture off = png(bowl());
        Picture on = png(bowl(Overlays.EIGENVECTORS));
        // the steep direction is y (λmax = 10): 40 units above or below w_K, on the side the arrows do not take
        // (−∇C = −(x, 10y) points up-right from w_K = (−2.9, 0.0034): take below)
        double unit = 1 / on.t().scaleY() * (SIZE.height() / 720.0); // one painter unit in world y
        int[] steep = on.at(w.x(), w.y() - 40 * unit);
        assertNear(steep, 255, 82, 82, 40, "the steep direction's red below w_K");
        int[] before = off.at(w.x(), w.y() - 40 * unit);
        assertFalse(Math.abs(before[0] - 255) < 40 && Math.abs(before[1] - 82) < 40, "no red there without the overlay");
        // the shallow direction is x (λmin = 1): 40 units left of w_K
        double xunit = 1 / on.t().scaleX() * (SIZE.width() / 1280.0);
        assertNear(on.at(w.x() - 40 * xunit, w.y()), 105, 240, 174, 40, "the shallow direction's green left of w_K");
        String svg = SvgExport.document(new PlotRenderer(bowl(Overlays.EIGENVECTORS)), SIZE);
        assertTrue(svg.contains("λmax = 10"), "λmax of H = diag(1, 10)");
        assertTrue(svg.contains("λmin = 1"), "λmin of H = diag(1, 10)");
        assertFalse(SvgExport.document(new PlotRenderer(bowl()), SIZE).contains("λmax"));
    }

    /** @return how many of the points 30 … 50 painter units above w are the steep direction's red in frame k */
    private static int redAbove(Scenario s, int k, Vec2 w) {
        return redAbove(new PlotRenderer(s), s, k, w);
    }

    private static int redAbove(PlotRenderer r, Scenario s, int k, Vec2 w) {
        BufferedImage image = new BufferedImage(SIZE.width(), SIZE.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        r.paintFrame(g, SIZE.width(), SIZE.height(), k); // what each frame of the GIF is painted by
        Rectangle2D area = r.plotArea(g, SIZE.width(), SIZE.height(), k);
        g.dispose();
        Picture p = new Picture(image, PlotTransform.fit(s.view(), area.getX(), area.getY(), area.getWidth(), area.getHeight(), true));
        double unit = 1 / p.t().scaleY();
        int red = 0;
        for (int d = 30; d <= 50; d += 4) {
            int[] c = p.at(w.x(), w.y() + d * unit);
            red += c[0] > 215 && c[1] < 125 && c[2] < 125 ? 1 : 0;
        }
        return red;
    }

    @Test
    void inAnAnimationTheEigenvectorsFollowTheCurrentPointFrameByFrame() {
        Scenario s = bowl(Overlays.EIGENVECTORS);
        Vec2 w2 = iterate(ALPHA, 2);
        Vec2 w6 = iterate(ALPHA, 6);
        assertTrue(redAbove(s, 2, w2) >= 4, "frame 2: the steep direction at w_2");
        assertTrue(redAbove(s, 6, w6) >= 4, "frame 6: the steep direction at w_6");
        assertEquals(0, redAbove(s, 6, w2), "frame 6: none left at w_2");
        assertEquals(0, redAbove(bowl(), 2, w2), "not named: none");
    }

    /** An overlay that counts its paints. */
    private static final class Counted implements org.gdlab.render.paint.Overlay {
        private final boolean followsStep;
        int paints;

        Counted(boolean followsStep) {
            this.followsStep = followsStep;
        }

        @Override
        public void paint(Graphics2D g, PlotTransform t, org.gdlab.render.paint.Occupancy occupied) {
            paints++;
        }

        @Override
        public boolean followsStep() {
            return followsStep;
        }
    }

    @Test
    void theWindowsOverlaysReplaceTheScenariosAndAFrameLeavesOutThoseOfTheWindowsStep() {
        Scenario s = bowl(Overlays.EIGENVECTORS);
        Counted under = new Counted(false);
        Counted underOfStep = new Counted(true);
        Counted overOfStep = new Counted(true);
        var window = new org.gdlab.render.paint.OnPlot(List.of(under, underOfStep), List.of(overOfStep));
        // a picture: every overlay of the window, and no curvature of the scenario's (the window's replace them)
        Vec2 last = iterate(ALPHA, STEPS);
        PlotRenderer still = new PlotRenderer(s).withOverlays(new org.gdlab.render.paint.OnPlot(List.of(under), List.of()));
        BufferedImage image = PngExport.image(still, SIZE);
        assertEquals(1, under.paints);
        Graphics2D g = image.createGraphics();
        Rectangle2D area = still.plotArea(g, SIZE.width(), SIZE.height());
        g.dispose();
        Picture p = new Picture(image, PlotTransform.fit(s.view(), area.getX(), area.getY(), area.getWidth(), area.getHeight(), true));
        int[] below = p.at(last.x(), last.y() - 40 / p.t().scaleY());
        assertFalse(below[0] > 215 && below[1] < 125, "no eigenvector the window does not show: " + java.util.Arrays.toString(below));
        // a frame of an animation: the window's overlays but those of its step; the curvature the scenario names
        // (the window's switches) at the frame's point
        under.paints = 0;
        assertTrue(redAbove(new PlotRenderer(s).withOverlays(window), s, 2, iterate(ALPHA, 2)) >= 4, "the curvature at w_2");
        assertEquals(1, under.paints);
        assertEquals(0, underOfStep.paints + overOfStep.paints, "none of the window's step");
        PngExport.image(new PlotRenderer(s).withOverlays(window), SIZE);
        assertEquals(1, underOfStep.paints, "a picture has them");
        assertEquals(1, overOfStep.paints);
    }

    @Test
    void theLocalQuadraticNamedInTheScenarioIsItsDashedEllipse() {
        String on = SvgExport.document(new PlotRenderer(bowl(Overlays.LOCAL_QUADRATIC)), SIZE);
        String off = SvgExport.document(new PlotRenderer(bowl()), SIZE);
        String dash = "dasharray:9\\.0,6\\.0;";
        assertEquals(1, count(on, dash), "the model's ellipse");
        assertEquals(0, count(off, dash));
        assertFalse(on.contains("λmax"), "no eigenvectors unless named");
    }

    @Test
    void theRendererListsTheOverlaysTheScenarioNames() {
        assertEquals(List.of("ghost paths", "curvature"),
                new PlotRenderer(bowl(Overlays.GHOST_PATHS, Overlays.EIGENVECTORS)).overlayNames());
        assertEquals(List.of(), new PlotRenderer(bowl()).overlayNames());
    }

    private static void assertNear(int[] c, int r, int g, int b, int tol, String what) {
        assertTrue(Math.abs(c[0] - r) <= tol && Math.abs(c[1] - g) <= tol && Math.abs(c[2] - b) <= tol,
                what + ": " + java.util.Arrays.toString(c));
    }
}
