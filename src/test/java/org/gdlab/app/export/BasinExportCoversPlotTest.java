package org.gdlab.app.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.stage.Stage;
import org.gdlab.app.ShellFixture;
import org.gdlab.app.scenario.ScenarioMapper;
import org.gdlab.core.batch.CancellationToken;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.optim.OptimizerKind;
import org.gdlab.core.scenario.Scenario;
import org.gdlab.core.scenario.ScenarioRun;
import org.gdlab.core.scenario.SurfaceSpec;
import org.gdlab.core.sim.RunConfig;
import org.gdlab.core.surface.ViewRect;
import org.gdlab.render.ExportProgress;
import org.gdlab.render.ExportSize;
import org.gdlab.render.PlotRenderer;
import org.gdlab.render.paint.BasinColors;
import org.gdlab.render.paint.BasinLegend;
import org.gdlab.render.paint.BasinMapOverlay;
import org.gdlab.render.paint.BasinPicture;
import org.gdlab.render.paint.LegendEntry;
import org.gdlab.render.paint.OnPlot;
import org.gdlab.render.paint.Overlay;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * An export at another aspect ratio than the window's plot shows more than the window's rectangle; its basin
 * map covers all of it. On the double well C(x, y) = (x² − 1)² + y² (minima (±1, 0), a saddle at the origin),
 * GD with step size α gives x_{k+1} = x_k (1 − 4α(x_k² − 1)) and y_{k+1} = (1 − 2α) y_k: for 4α(x² − 1) &lt; 1
 * (|x| &lt; 7.1 at α = 0.005) the factor is positive, so x never changes sign, and |x| moves towards 1 (the
 * factor is &lt; 1 above 1, &gt; 1 below), while y shrinks by 1 − 2α a step. So a start with x &lt; 0 ends at
 * (−1, 0), one with x &gt; 0 at (1, 0): the sign of x decides the basin. Both minima are found by clustering
 * (a formula has no known points); the first start in row-major order, (xMin, yMin), has x &lt; 0, so
 * (−1, 0) is the first point found and takes the first minimum colour, (1, 0) the second.
 */
@ExtendWith(ApplicationExtension.class)
class BasinExportCoversPlotTest {

    @TempDir
    static Path dir;

    private static final double ALPHA = 0.005;
    private static final int STEPS = 6000;
    private static final int LEFT = BasinColors.minimum(0);
    private static final int RIGHT = BasinColors.minimum(1);

    private ShellFixture ui;

    @Start
    void start(Stage stage) {
        ui = new ShellFixture(stage, dir.resolve("config"));
    }

    @AfterEach
    void stop() {
        ShellFixture.fx(() -> ui.view.dispose());
    }

    static Scenario doubleWell(Set<String> overlays) {
        SurfaceSpec spec = new SurfaceSpec.Formula("(x^2 - 1)^2 + y^2");
        RunConfig c = RunConfig.of(spec.create(), new Vec2(0.5, 0.8), OptimizerKind.GD, ALPHA).withMaxSteps(STEPS);
        return Scenario.of(spec).withView(new ViewRect(-1.6, 1.6, -1.6, 1.6)).withRuns(List.of(ScenarioRun.of(c)))
                .withOverlays(overlays);
    }

    /** Shows the double well with the basin map on, at 64 × 64 starts, and waits for the map. */
    private void showBasins() {
        ui.idle();
        ShellFixture.fx(() -> ScenarioMapper.apply(doubleWell(Set.of()), ui.vm, ui.view.race()));
        ui.idle();
        ShellFixture.fx(() -> {
            ui.vm.playback().playingProperty().set(false);
            ui.view.basin().resolutionProperty().set(64);
            ui.view.basin().enabledProperty().set(true);
        });
        ui.idle();
        assertNotNull(ShellFixture.fx(() -> ui.view.basin().mapProperty().get()), "the window's map is done");
    }

    /** @return the exported basin map of the window's look (prepared for the size, as the export job does) */
    private BasinMapOverlay exportedMap(ExportSize size) {
        ExportService.Look look = ShellFixture.fx(() -> ui.shell.exports().look());
        Scenario s = ShellFixture.fx(() -> ui.shell.exports().snapshot());
        PlotRenderer r = look.renderer(s);
        r.prepare(size.width(), size.height(), new CancellationToken(), ExportProgress.NONE);
        return look.overlays().underPaths().stream().filter(o -> o instanceof BasinMapOverlay)
                .map(o -> (BasinMapOverlay) o).findFirst().orElseThrow();
    }

    @Test
    void anExportAtAnotherAspectHasTheBasinOfTheSignOfXInEveryCellAndSharesThatSumToOne() {
        showBasins();
        ViewRect window = ShellFixture.fx(() -> ui.view.basin().spec().view());
        for (ExportSize size : List.of(new ExportSize(1600, 600), new ExportSize(600, 900))) {
            BasinMapOverlay map = exportedMap(size);
            BasinPicture p = map.picture();
            ViewRect v = p.view();
            assertTrue(v.width() > window.width() * 1.05 || v.height() > window.height() * 1.05,
                    size + ": the export shows more than the window: " + v + " vs " + window);
            int nx = p.nx();
            int ny = p.ny();
            assertTrue((long) nx * ny <= Math.ceil(64.0 * 64 * v.width() * v.height() / (window.width() * window.height())
                    + 2 * (nx + ny)), "at most the window's cell count scaled by area: " + nx + " × " + ny);
            int[] argb = new int[nx * ny];
            p.image().getRGB(0, 0, nx, ny, argb, 0, nx);
            Map<Integer, Integer> counted = new HashMap<>();
            int checked = 0;
            for (int row = 0; row < ny; row++) {
                for (int i = 0; i < nx; i++) {
                    int c = argb[row * nx + i] | 0xFF000000;
                    counted.merge(c, 1, Integer::sum);
                    double x = v.xMin() + i * v.width() / (nx - 1);
                    if (Math.abs(x) > 0.01) { // the saddle's line x = 0 aside
                        assertEquals(Integer.toHexString(x < 0 ? LEFT : RIGHT), Integer.toHexString(c),
                                size + ": the start at x = " + x + " (row " + row + ")");
                        checked++;
                    }
                }
            }
            assertTrue(checked > nx * ny * 0.9, "nearly every cell checked");
            BasinLegend.Content legend = map.legendContent();
            double sum = 0;
            for (LegendEntry e : legend.entries()) {
                sum += e.share();
                int cells = counted.getOrDefault(e.argb() | 0xFF000000, 0);
                assertEquals(cells / (double) (nx * ny), e.share(), 1e-12, size + ": the share of " + e.label());
            }
            assertEquals(1, sum, 1e-12, size + ": the shares");
            assertTrue(legend.summary().startsWith(nx + " × " + ny + " starts"), legend.summary());
        }
    }

    @Test
    void theExportedPngHasTheBasinColourNearEachEdgeOutsideTheWindowsRectangle() throws Exception {
        showBasins();
        ViewRect window = ShellFixture.fx(() -> ui.view.basin().spec().view());
        double a = ShellFixture.fx(() -> ui.view.basin().opacityProperty().get());
        int[] wash = ExportedPng.rgb(BasinPicture.WASH.getRGB());
        double w = BasinPicture.WASH_OPACITY;
        for (ExportSize size : List.of(new ExportSize(1600, 600), new ExportSize(600, 900))) {
            ExportedPng on = exportPng(size, "on-" + size.width());
            ShellFixture.fx(() -> ui.view.basin().enabledProperty().set(false));
            ui.idle();
            ExportedPng off = exportPng(size, "off-" + size.width());
            ShellFixture.fx(() -> ui.view.basin().enabledProperty().set(true));
            ui.idle();
            ViewRect v = on.t().visible();
            boolean wide = v.width() > window.width() * 1.05;
            // near each edge that lies beyond the window's rectangle, in the strips the window does not show (the
            // tall picture's top strip below the legend, which takes a top corner)
            double top = window.yMax() + 0.3 * (v.yMax() - window.yMax());
            double bottom = window.yMin() - 0.7 * (window.yMin() - v.yMin());
            List<double[]> points = wide
                    ? List.of(new double[] {v.xMin() + 0.03 * v.width(), 0.3 * v.yMax()},
                            new double[] {v.xMax() - 0.03 * v.width(), 0.3 * v.yMax()},
                            new double[] {v.xMin() + 0.03 * v.width(), 0.3 * v.yMin()},
                            new double[] {v.xMax() - 0.03 * v.width(), 0.3 * v.yMin()})
                    : List.of(new double[] {-0.5 * window.xMax(), top}, new double[] {0.5 * window.xMax(), top},
                            new double[] {-0.5 * window.xMax(), bottom}, new double[] {0.5 * window.xMax(), bottom});
            for (double[] q : points) {
                assertTrue(!(q[0] >= window.xMin() && q[0] <= window.xMax() && q[1] >= window.yMin() && q[1] <= window.yMax()),
                        "outside the window's rectangle: " + java.util.Arrays.toString(q));
                int[] c = ExportedPng.rgb(q[0] < 0 ? LEFT : RIGHT);
                int[] base = off.at(q[0], q[1]);
                int[] seen = on.at(q[0], q[1]);
                for (int k = 0; k < 3; k++) {
                    double expected = a * c[k] + (1 - a) * (w * wash[k] + (1 - w) * base[k]);
                    assertEquals(expected, seen[k], 5.0, size + " channel " + k + " at " + java.util.Arrays.toString(q));
                }
            }
        }
    }

    @Test
    void anExportAtTheWindowsRectangleDrawsTheWindowsOwnPicture() {
        showBasins();
        OnPlot frozen = ShellFixture.fx(() -> ui.shell.exports().look().overlays());
        BasinMapOverlay map = (BasinMapOverlay) frozen.underPaths().get(0);
        ViewRect window = ShellFixture.fx(() -> ui.view.basin().spec().view());
        map.prepare(window, new CancellationToken(), (done, total) -> {
            throw new AssertionError("nothing computed for the window's own rectangle");
        });
        assertEquals(map.given(), map.picture(), "the window's picture");
        Overlay legend = frozen.overPaths().get(frozen.overPaths().size() - 1);
        assertEquals("basin legend", legend.name());
    }

    /** An exported picture and its plot transform. */
    /** Exports a PNG through the window's export service, as File ▸ Export PNG does, and reads it back. */
    private ExportedPng exportPng(ExportSize size, String name) throws Exception {
        return ExportedPng.export(ui, dir, size, name);
    }
}
