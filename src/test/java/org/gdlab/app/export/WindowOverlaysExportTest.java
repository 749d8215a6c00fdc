package org.gdlab.app.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.gdlab.app.ShellFixture;
import org.gdlab.render.paint.LegendEntry;
import org.gdlab.app.charts.SliceTab;
import org.gdlab.app.scenario.ScenarioMapper;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.optim.OptimizerKind;
import org.gdlab.core.scenario.Scenario;
import org.gdlab.core.scenario.ScenarioRun;
import org.gdlab.core.scenario.SurfaceSpec;
import org.gdlab.core.sim.RunConfig;
import org.gdlab.core.sim.Simulation;
import org.gdlab.core.sim.Trajectory;
import org.gdlab.render.ExportSize;
import org.gdlab.render.PlotRenderer;
import org.gdlab.render.paint.BasinPicture;
import org.gdlab.render.paint.PlotTransform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * An export of the window is what the person sees: every overlay the window shows is in the PNG (written by
 * the real export path, File ▸ Export PNG's {@code startPng}) and the SVG, at the window's step, and absent
 * when switched off; the export lists the same overlays as the window. On C(x, y) = ½(x² + 10y²) GD's
 * iterates are x_k = (1 − α)^k x₀, y_k = (1 − 10α)^k y₀ and H = diag(1, 10) everywhere (closed forms).
 */
@ExtendWith(ApplicationExtension.class)
class WindowOverlaysExportTest {

    @TempDir
    static Path dir;

    private static final double ALPHA = 0.04;
    private static final Vec2 START = new Vec2(-4, 2);
    private static final int STEP = 3;
    private static final ExportSize SIZE = new ExportSize(1280, 720);

    private ShellFixture ui;

    @Start
    void start(Stage stage) {
        ui = new ShellFixture(stage, dir.resolve("config"));
    }

    @AfterEach
    void stop() {
        ShellFixture.fx(() -> ui.view.dispose());
    }

    private static Scenario bowl(OptimizerKind kind, double alpha) {
        return bowl(kind, alpha, 30);
    }

    private static Scenario bowl(OptimizerKind kind, double alpha, int steps) {
        SurfaceSpec spec = new SurfaceSpec.Builtin("quadratic", Map.of("kappa", 10.0, "theta", 0.0));
        RunConfig c = RunConfig.of(spec.create(), START, kind, alpha).withMaxSteps(steps);
        return Scenario.of(spec).withRuns(List.of(ScenarioRun.of(c))).withOverlays(Set.of());
    }

    /** Shows the scenario at step STEP. */
    private void show(Scenario s) {
        ui.idle();
        ShellFixture.fx(() -> ScenarioMapper.apply(s, ui.vm, ui.view.race()));
        ui.idle();
        ShellFixture.fx(() -> {
            ui.vm.playback().playingProperty().set(false);
            ui.vm.playback().seek(STEP);
        });
        ui.idle();
    }

    private SliceTab slice() {
        return ShellFixture.fx(() -> ui.view.analysis().tabs().getTabs().stream().filter(t -> t instanceof SliceTab)
                .map(t -> (SliceTab) t).findFirst().orElseThrow());
    }

    private void set(boolean ghosts, boolean curvature, boolean basin, boolean lineSearch) {
        SliceTab slice = slice();
        ShellFixture.fx(() -> {
            var tabs = ui.view.analysis().tabs();
            tabs.ghosts().enabledProperty().set(ghosts);
            tabs.curvature().showEigenvectorsProperty().set(curvature);
            tabs.curvature().showModelProperty().set(curvature);
            ui.view.basin().resolutionProperty().set(64);
            ui.view.basin().enabledProperty().set(basin);
            slice.model().onPlotProperty().set(lineSearch);
        });
        ui.idle();
    }

    /** An exported picture and its plot transform. */
    /** Exports a PNG through the window's export service, as File ▸ Export PNG does, and reads it back. */
    private ExportedPng exportPng(String name) throws Exception {
        return ExportedPng.export(ui, dir, SIZE, name);
    }

    private String exportSvg(String name) throws Exception {
        Path file = dir.resolve(name + ".svg");
        ShellFixture.fx(() -> ui.shell.exports().startSvg(SIZE, file));
        ui.idle();
        return Files.readString(file);
    }

    private static int count(String text, String pattern) {
        Matcher m = Pattern.compile(pattern).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static Vec2 gd(double a, int k) {
        return new Vec2(Math.pow(1 - a, k) * START.x(), Math.pow(1 - 10 * a, k) * START.y());
    }

    @Test
    void theExportListsTheOverlaysTheWindowShows() {
        show(bowl(OptimizerKind.GD, ALPHA));
        List<String> window = ShellFixture.fx(() -> ui.view.plot().overlayNames());
        assertEquals(List.of("basin map", "ghost paths", "curvature", "race labels", "line-search trials", "search direction",
                "batch gradient", "basin legend"), window, "the window's overlays, bottom to top");
        set(false, false, false, false);
        assertEquals(List.of(), ShellFixture.fx(() -> ui.shell.exports().look().overlays().names()), "all off: none exported");
        set(true, true, true, true);
        // GD has no line search and a full batch: those show nothing, and the race's labels come from the runs
        assertEquals(List.of("basin map", "ghost paths", "curvature", "basin legend"),
                ShellFixture.fx(() -> ui.shell.exports().look().overlays().names()));
        show(bowl(OptimizerKind.BFGS, 0.1));
        assertEquals(List.of("basin map", "ghost paths", "curvature", "line-search trials", "search direction", "basin legend"),
                ShellFixture.fx(() -> ui.shell.exports().look().overlays().names()));
        assertEquals(STEP, ShellFixture.fx(() -> ui.shell.exports().look().step()), "at the window's step");
    }

    @Test
    void theGhostPathsAreInThePngAlongTheirClosedFormIteratesOnlyWhenOn() throws Exception {
        show(bowl(OptimizerKind.GD, ALPHA));
        set(false, false, false, false);
        ExportedPng off = exportPng("ghosts-off");
        set(true, false, false, false);
        ExportedPng on = exportPng("ghosts-on");
        int whiter = 0;
        int samples = 0;
        for (int k = 1; k < 4; k++) { // the 4α ghost's steps 1 → 4, away from the main run's path
            Vec2 a = gd(4 * ALPHA, k);
            Vec2 b = gd(4 * ALPHA, k + 1);
            for (int i = 1; i < 10; i++) {
                double f = i / 10.0;
                int[] c0 = off.at(a.x() + f * (b.x() - a.x()), a.y() + f * (b.y() - a.y()));
                int[] c1 = on.at(a.x() + f * (b.x() - a.x()), a.y() + f * (b.y() - a.y()));
                samples++;
                if (c1[0] + c1[1] + c1[2] > c0[0] + c0[1] + c0[2] + 60) {
                    whiter++;
                }
            }
        }
        assertTrue(whiter >= samples / 3, "the 4α ghost shows along its iterates: " + whiter + " of " + samples);
        String svg = exportSvg("ghosts-on");
        assertEquals(4, count(svg, ">(α/4|α/2|2α|4α)<"), "the four ghosts' labels");
        set(false, false, false, false);
        assertEquals(0, count(exportSvg("ghosts-off"), ">(α/4|α/2|2α|4α)<"), "none when off");
    }

    @Test
    void theWindowsGifShowsItsBasinMapAsTheScreenBlendsIt() throws Exception {
        show(bowl(OptimizerKind.GD, ALPHA, 1000)); // long enough for every start to converge
        set(false, false, true, false);
        BufferedImage on = firstGifFrame("basin-on"); // the basin map is the window's alone: no scenario names it
        set(false, false, false, false);
        BufferedImage off = firstGifFrame("basin-off");
        Scenario s = ShellFixture.fx(() -> ui.shell.exports().snapshot());
        PlotRenderer r = new PlotRenderer(s);
        Graphics2D g = on.createGraphics();
        Rectangle2D area = r.plotArea(g, SIZE.width(), SIZE.height(), 0); // frame 0 shows step 0
        g.dispose();
        PlotTransform t = PlotTransform.fit(s.view(), area.getX(), area.getY(), area.getWidth(), area.getHeight(), true);
        LegendEntry minimum = ShellFixture.fx(() -> ui.view.basin().legendProperty().get()).get(0);
        double a = ShellFixture.fx(() -> ui.view.basin().opacityProperty().get());
        int[] c = ExportedPng.rgb(minimum.argb());
        int[] wash = ExportedPng.rgb(BasinPicture.WASH.getRGB());
        double w = BasinPicture.WASH_OPACITY;
        for (double[] p : new double[][] {{5, -3}, {-5, -1}, {3, 3}}) {
            int[] base = ExportedPng.rgb(off.getRGB((int) Math.round(t.sx(p[0])), (int) Math.round(t.sy(p[1]))));
            int[] seen = ExportedPng.rgb(on.getRGB((int) Math.round(t.sx(p[0])), (int) Math.round(t.sy(p[1]))));
            for (int k = 0; k < 3; k++) {
                double expected = a * c[k] + (1 - a) * (w * wash[k] + (1 - w) * base[k]);
                // a GIF has 256 colours: each frame's palette moves a colour by up to a few levels
                assertEquals(expected, seen[k], 16.0, "channel " + k + " at " + java.util.Arrays.toString(p));
            }
        }
    }

    private BufferedImage firstGifFrame(String name) throws Exception {
        Path file = dir.resolve(name + ".gif");
        ShellFixture.fx(() -> ui.shell.exports().startGif(new GifSettings(SIZE, 2, 80), file,
                org.gdlab.render.ExportProgress.NONE));
        ui.idle();
        var reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (var in = ImageIO.createImageInputStream(file.toFile())) {
            reader.setInput(in);
            return reader.read(0);
        } finally {
            reader.dispose();
        }
    }

    @Test
    void theCurvatureMarksAreInTheExportAtTheWindowsStep() throws Exception {
        show(bowl(OptimizerKind.GD, ALPHA));
        set(false, true, false, false);
        ExportedPng on = exportPng("curvature-on");
        set(false, false, false, false);
        ExportedPng off = exportPng("curvature-off");
        Vec2 w = gd(ALPHA, STEP); // w_3, the current point on screen, not the run's last
        double unit = 1 / on.t().scaleY(); // one painter unit (1280 × 720: a pixel) in world y
        int red = 0;
        int redOff = 0;
        for (int d = 30; d <= 50; d += 4) { // the steep direction (y, λmax = 10) above w_3, away from the arrows
            int[] c = on.at(w.x(), w.y() + d * unit);
            int[] c0 = off.at(w.x(), w.y() + d * unit);
            red += c[0] > 215 && c[1] < 125 && c[2] < 125 ? 1 : 0;
            redOff += c0[0] > 215 && c0[1] < 125 && c0[2] < 125 ? 1 : 0;
        }
        assertTrue(red >= 4, "the steep direction's red above w_3: " + red + " of 6");
        assertEquals(0, redOff, "no red there when off");
        set(false, true, false, false);
        String svg = exportSvg("curvature-on");
        assertTrue(svg.contains("λmax = 10"), "λmax of H = diag(1, 10)");
        assertEquals(1, count(svg, "dasharray:9\\.0,6\\.0;"), "the local model's ellipse");
        set(false, false, false, false);
        assertTrue(!exportSvg("curvature-off").contains("λmax"), "none when off");
    }

    @Test
    void theBasinMapIsBlendedInTheExportAsOnScreen() throws Exception {
        show(bowl(OptimizerKind.GD, ALPHA, 1000)); // long enough for every start to converge
        set(false, false, false, false);
        ExportedPng off = exportPng("basin-off");
        set(false, false, true, false);
        ExportedPng on = exportPng("basin-on");
        List<LegendEntry> legend = ShellFixture.fx(() -> ui.view.basin().legendProperty().get());
        LegendEntry minimum = legend.stream().filter(e -> e.label().startsWith("minimum")).findFirst().orElseThrow();
        assertTrue(minimum.share() > 0.99, "a bowl: every start ends at its one minimum: " + legend);
        double a = ShellFixture.fx(() -> ui.view.basin().opacityProperty().get());
        int[] c = ExportedPng.rgb(minimum.argb());
        int[] wash = ExportedPng.rgb(BasinPicture.WASH.getRGB());
        double w = BasinPicture.WASH_OPACITY;
        for (double[] p : new double[][] {{5, -3}, {-5, -1}, {3, 3}}) { // in the map's starts (the window's view), off the path and the corners
            int[] base = off.at(p[0], p[1]);
            int[] seen = on.at(p[0], p[1]);
            for (int k = 0; k < 3; k++) {
                double expected = a * c[k] + (1 - a) * (w * wash[k] + (1 - w) * base[k]);
                assertEquals(expected, seen[k], 5.0, "channel " + k + " at " + java.util.Arrays.toString(p));
            }
        }
        String svg = exportSvg("basin-on");
        assertTrue(svg.contains("Basin map"), "the legend (or its chip)");
        // the SVG's picture of the map: cells of the minimum's colour, as translucent as on screen
        Matcher m = Pattern.compile("base64,([A-Za-z0-9+/=]+)").matcher(svg);
        BufferedImage cells = null;
        while (m.find() && cells == null) {
            BufferedImage img = ImageIO.read(new java.io.ByteArrayInputStream(java.util.Base64.getDecoder().decode(m.group(1))));
            // the map of the exported rectangle: the window's 64 × 64 when it covers the plot, else a wider grid of
            // the same spacing (an export at another aspect ratio); the only translucent picture
            boolean translucent = img.getWidth() >= 64 && img.getHeight() >= 64
                    && img.getRGB(img.getWidth() / 2, img.getHeight() / 2) >>> 24 < 255;
            cells = translucent ? img : null;
        }
        assertTrue(cells != null, "the map's picture is in the SVG");
        int argb = cells.getRGB(cells.getWidth() / 2, cells.getHeight() / 2);
        assertEquals(Math.round(255 * a), argb >>> 24, 1, "its opacity, in the picture (an SVG image keeps no composite)");
        assertEquals(minimum.argb() & 0xFFFFFF, argb & 0xFFFFFF, "the minimum's colour");
    }

    @Test
    void theLineSearchTrialsAndDirectionAreInTheExportOnlyWhenOnThePlot() throws Exception {
        show(bowl(OptimizerKind.BFGS, 0.1));
        set(false, false, false, true);
        ExportedPng on = exportPng("search-on");
        String svgOn = exportSvg("search-on");
        set(false, false, false, false);
        ExportedPng off = exportPng("search-off");
        String svgOff = exportSvg("search-off");
        // the accepted trial of step 3 is the run's w_4: its yellow ring lies around that point
        Trajectory run = Simulation.run(ShellFixture.fx(() -> ui.shell.exports().snapshot()).runs().get(0).config());
        double x = run.x(STEP + 1);
        double y = run.y(STEP + 1);
        assertTrue(yellowAround(on, x, y) >= 8, "the accepted trial's ring at w_4: " + yellowAround(on, x, y));
        assertEquals(0, yellowAround(off, x, y), "no trial there when off");
        assertTrue(count(svgOn, "rgb\\(255,\\s?235,\\s?59\\)") > 0, "the trials' yellow in the SVG");
        assertEquals(0, count(svgOff, "rgb\\(255,\\s?235,\\s?59\\)"));
        assertTrue(count(svgOn, "rgb\\(118,\\s?255,\\s?3\\)") > 0, "the direction d's green in the SVG");
        assertEquals(0, count(svgOff, "rgb\\(118,\\s?255,\\s?3\\)"));
    }

    /** Armijo by hand on ½(x² + 10y²) (α = 1, ρ = ½, c₁ = 10⁻⁴): the trial points of the step leaving w, in order. */
    private static List<Vec2> armijoTrials(Vec2 w) {
        Vec2 g = new Vec2(w.x(), 10 * w.y());
        double c0 = 0.5 * (w.x() * w.x() + 10 * w.y() * w.y());
        List<Vec2> out = new java.util.ArrayList<>();
        for (double t = 1; ; t *= 0.5) {
            Vec2 p = w.minus(g.times(t));
            out.add(p);
            if (0.5 * (p.x() * p.x() + 10 * p.y() * p.y()) <= c0 - 1e-4 * t * (g.x() * g.x() + g.y() * g.y())) {
                return out;
            }
        }
    }

    /** @return frame f of the window's GIF export (one frame per step), with the plot's transform */
    private ExportedPng gifFrame(Path file, int f) throws Exception {
        var reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (var in = ImageIO.createImageInputStream(file.toFile())) {
            reader.setInput(in);
            BufferedImage image = reader.read(f);
            Scenario s = ShellFixture.fx(() -> ui.shell.exports().snapshot());
            PlotRenderer r = new PlotRenderer(s);
            Graphics2D g = image.createGraphics();
            Rectangle2D area = r.plotArea(g, SIZE.width(), SIZE.height(), f);
            g.dispose();
            return new ExportedPng(image, PlotTransform.fit(s.view(), area.getX(), area.getY(), area.getWidth(), area.getHeight(), true));
        } finally {
            reader.dispose();
        }
    }

    private Path exportGif(String name) {
        Path file = dir.resolve(name + ".gif");
        ShellFixture.fx(() -> ui.shell.exports().startGif(new GifSettings(SIZE, org.gdlab.render.GifOptions.MAX_FRAMES, 80),
                file, org.gdlab.render.ExportProgress.NONE));
        ui.idle();
        return file;
    }

    @Test
    void eachFrameOfTheWindowsGifShowsTheTrialsOfItsOwnStepWhileTheSwitchIsOn() throws Exception {
        show(bowl(OptimizerKind.ARMIJO, 1, 6)); // the window at step 3; 7 frames, one per step
        set(false, false, false, true);
        Path on = exportGif("trials-on");
        // step 0 from (−4, 2): t = 1, ½ leave the view; t = ¼ rejected at (−3, −3), t = ⅛ accepted at (−3.5, −0.5)
        List<Vec2> step0 = armijoTrials(START);
        assertEquals(4, step0.size());
        Vec2 rejected0 = step0.get(2);
        Vec2 w1 = step0.get(3);
        Vec2 w2 = armijoTrials(w1).get(armijoTrials(w1).size() - 1);
        Vec2 w3 = armijoTrials(w2).get(armijoTrials(w2).size() - 1);
        ExportedPng frame0 = gifFrame(on, 0);
        ExportedPng frame2 = gifFrame(on, 2);
        assertTrue(yellowAround(frame0, rejected0.x(), rejected0.y()) >= 8, "frame 0: step 0's rejected trial at (−3, −3)");
        assertEquals(0, yellowAround(frame2, rejected0.x(), rejected0.y()), "frame 2: not step 0's");
        List<Vec2> step2 = armijoTrials(w2);
        Vec2 inView = step2.stream().filter(p -> Math.abs(p.x()) < 4.5 && Math.abs(p.y()) < 4.5 && p.minus(w2).norm() > 0.5
                && p.minus(step2.get(step2.size() - 1)).norm() > 0.5).findFirst().orElseThrow();
        assertTrue(yellowAround(frame2, inView.x(), inView.y()) >= 8, "frame 2: its own trial at " + inView);
        // the trials of the window's step 3 are not frozen into the other frames
        for (Vec2 p : armijoTrials(w3)) {
            if (p.minus(rejected0).norm() > 0.5 && p.minus(START).norm() > 0.5 && p.minus(w1).norm() > 0.5) {
                assertEquals(0, yellowAround(frame0, p.x(), p.y()), "frame 0 has no trial of step 3 at " + p);
            }
        }
        set(false, false, false, false);
        ExportedPng off = gifFrame(exportGif("trials-off"), 0);
        assertEquals(0, yellowAround(off, rejected0.x(), rejected0.y()), "switched off: no trials in the frames");
    }

    @Test
    void theMiniBatchGradientArrowIsInTheExportWithItsLengthOnlyOnAMiniBatchRun() throws Exception {
        ui.idle();
        ShellFixture.fx(() -> {
            ui.vm.surfaceIdProperty().set("data:noisy-line:linear");
        });
        ui.idle();
        ShellFixture.fx(() -> ui.vm.batchProperty().set(4));
        ui.idle();
        ShellFixture.fx(() -> {
            ui.vm.playback().playingProperty().set(false);
            ui.vm.playback().seek(STEP);
        });
        ui.idle();
        // ∇J_B at w_3 by hand: (1/B)Σ(w·xᵢ + b − yᵢ)(xᵢ, 1) over the step's batch
        var p = ShellFixture.fx(() -> ui.vm.pathProperty().get());
        org.gdlab.core.data.Dataset d = ShellFixture.fx(() -> ui.view.dataView().viewModel().pointsProperty().get());
        int[] idx = new org.gdlab.core.data.MiniBatches(d.size(), 4, ShellFixture.fx(() -> ui.vm.seedProperty().get())).indices(STEP);
        double gw = 0;
        double gb = 0;
        for (int i : idx) {
            double r = p.x(STEP) * d.x1(i) + p.y(STEP) - d.y(i);
            gw += r * d.x1(i) / idx.length;
            gb += r / idx.length;
        }
        String label = "|∇J_B| = " + org.gdlab.core.math.NumberText.significant(Math.hypot(gw, gb), 3);
        String on = exportSvg("batch-on");
        assertTrue(on.contains(label), "the batch arrow's label, " + label);
        assertTrue(count(on, "rgb\\(245,\\s?158,\\s?11\\)") > 0, "the batch arrow's amber");
        ShellFixture.fx(() -> ui.vm.batchProperty().set(0));
        ui.idle();
        String off = exportSvg("batch-off");
        assertTrue(!off.contains("∇J_B"), "a full-batch run has no batch arrow");
        assertEquals(0, count(off, "rgb\\(245,\\s?158,\\s?11\\)"));
    }

    @Test
    void aLessonThatNamesTheEigenvectorsShowsThemInTheWindowItsExportAndRender() throws Exception {
        ui.idle();
        ShellFixture.fx(() -> ui.shell.lessons().open("lr-too-large")); // its scenario names "eigenvectors"
        ui.idle();
        assertTrue(ShellFixture.fx(() -> ui.view.analysis().tabs().curvature().showEigenvectorsProperty().get()), "switched on");
        assertTrue(ShellFixture.fx(() -> ui.view.plot().onPlot().names()).contains("curvature"), "on the plot");
        assertTrue(exportSvg("lesson").contains("λmax = 10"), "in the window's export (H = diag(1, 10))");
        Scenario lesson = org.gdlab.core.lesson.Lessons.byId("lr-too-large").scenario();
        assertTrue(org.gdlab.render.SvgExport.document(new PlotRenderer(lesson), SIZE).contains("λmax = 10"), "in render's");
        ShellFixture.fx(() -> ui.view.analysis().tabs().curvature().showEigenvectorsProperty().set(false));
        assertTrue(!ShellFixture.fx(() -> ui.shell.exports().snapshot()).overlays().contains("eigenvectors"),
                "switched off: the scenario on screen no longer names them");
    }

    /** @return the trial-yellow pixels (#ffeb3b) within 9 pixels of world (x, y) */
    private static int yellowAround(ExportedPng p, double x, double y) {
        int cx = (int) Math.round(p.t().sx(x));
        int cy = (int) Math.round(p.t().sy(y));
        int n = 0;
        for (int dy = -9; dy <= 9; dy++) {
            for (int dx = -9; dx <= 9; dx++) {
                int[] c = ExportedPng.rgb(p.image().getRGB(cx + dx, cy + dy));
                if (c[0] > 225 && c[1] > 215 && c[1] < 250 && c[2] > 30 && c[2] < 95) {
                    n++;
                }
            }
        }
        return n;
    }
}
