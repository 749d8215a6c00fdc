package org.gdlab.app.plot;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.stage.Stage;
import org.gdlab.app.UiFixture;
import org.gdlab.app.scenario.ScenarioMapper;
import org.gdlab.core.lesson.Lessons;
import org.gdlab.core.scenario.Scenario;
import org.gdlab.core.sim.RunConfig;
import org.gdlab.core.sim.Simulation;
import org.gdlab.core.sim.Trajectory;
import org.gdlab.render.PlotRenderer;
import org.gdlab.render.SvgExport;
import org.gdlab.render.ExportSize;
import org.gdlab.render.paint.PlotTransform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * An export is the screen at another size: the window's plot and the PNG of the same scene, painted at the
 * plot's size, show the same colours at the same world points: the paper, the colour map, the main run
 * (white), the raced momentum run (the race palette's vermillion), the current point (orange) and the
 * start ring (yellow), in the light and the dark theme; the SVG names the same colours.
 */
@ExtendWith(ApplicationExtension.class)
class ScreenMatchesExportTest {

    private UiFixture ui;
    private Scenario lesson;

    @Start
    void start(Stage stage) {
        ui = new UiFixture(stage);
        lesson = Lessons.byId("zigzag-momentum").scenario();
    }

    @AfterEach
    void stop() {
        UiFixture.fx(() -> ui.view.dispose());
    }

    /** The same scene twice: the window's plot snapshot and the export of its scenario at the plot's size. */
    private record Pair(Image screen, PlotTransform st, BufferedImage export, PlotTransform et) {
        int[] screenAt(double x, double y) {
            return rgb(screen.getPixelReader().getArgb((int) st.sx(x), (int) st.sy(y)));
        }

        int[] exportAt(double x, double y) {
            return rgb(export.getRGB((int) et.sx(x), (int) et.sy(y)));
        }

        /** the mean colour of the 9 × 9 pixels about world (x, y) */
        int[] screenMean(double x, double y) {
            PixelReader r = screen.getPixelReader();
            return mean((dx, dy) -> r.getArgb((int) st.sx(x) + dx, (int) st.sy(y) + dy));
        }

        /** the brightest of the 3 × 3 pixels about world (x, y): a line thinner than a pixel shows there */
        int[] screenBrightest(double x, double y) {
            PixelReader r = screen.getPixelReader();
            return brightest((dx, dy) -> r.getArgb((int) st.sx(x) + dx, (int) st.sy(y) + dy));
        }

        int[] exportBrightest(double x, double y) {
            return brightest((dx, dy) -> export.getRGB((int) et.sx(x) + dx, (int) et.sy(y) + dy));
        }

        int[] exportMean(double x, double y) {
            return mean((dx, dy) -> export.getRGB((int) et.sx(x) + dx, (int) et.sy(y) + dy));
        }
    }

    private interface Pixel {
        int at(int dx, int dy);
    }

    private static int[] mean(Pixel p) {
        int[] sum = new int[3];
        for (int dy = -4; dy <= 4; dy++) {
            for (int dx = -4; dx <= 4; dx++) {
                int[] c = rgb(p.at(dx, dy));
                for (int i = 0; i < 3; i++) {
                    sum[i] += c[i];
                }
            }
        }
        return new int[] {sum[0] / 81, sum[1] / 81, sum[2] / 81};
    }

    private static int[] brightest(Pixel p) {
        int[] best = {0, 0, 0};
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                int[] c = rgb(p.at(dx, dy));
                if (c[0] + c[1] + c[2] > best[0] + best[1] + best[2]) {
                    best = c;
                }
            }
        }
        return best;
    }

    private static int[] rgb(int argb) {
        return new int[] {(argb >> 16) & 255, (argb >> 8) & 255, argb & 255};
    }

    private Pair scene(boolean dark) {
        UiFixture.fx(() -> {
            ScenarioMapper.apply(lesson, ui.vm, ui.view.race());
            if (dark) {
                ui.view.plot().paperProperty().set(javafx.scene.paint.Color.web("#202326"));
                ui.view.plot().inkProperty().set(javafx.scene.paint.Color.web("#eceff1"));
            }
        });
        ui.idle();
        UiFixture.fx(() -> ui.vm.playback().seek(ui.vm.playback().lastStepProperty().get()));
        ui.idle();
        Image screen = UiFixture.snapshot(ui.view.plot());
        PlotTransform st = UiFixture.fx(() -> ui.vm.plot().transformProperty().get());
        Scenario s = UiFixture.fx(() -> ScenarioMapper.capture(ui.vm, ui.view.race(), lesson));
        var theme = UiFixture.fx(() -> ui.view.plot().theme());
        int w = (int) screen.getWidth();
        int h = (int) screen.getHeight();
        BufferedImage export = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        PlotRenderer r = new PlotRenderer(s).withTheme(theme);
        Graphics2D g = export.createGraphics();
        r.paint(g, w, h);
        Rectangle2D area = r.plotArea(g, w, h);
        g.dispose();
        PlotTransform et = PlotTransform.fit(s.view(), area.getX(), area.getY(), area.getWidth(), area.getHeight(), true);
        return new Pair(screen, st, export, et);
    }

    private static void assertClose(int[] a, int[] b, int tolerance, String what) {
        for (int i = 0; i < 3; i++) {
            assertTrue(Math.abs(a[i] - b[i]) <= tolerance, what + ": screen " + java.util.Arrays.toString(a) + ", export "
                    + java.util.Arrays.toString(b));
        }
    }

    private static void assertNear(int[] c, int r, int g, int b, int tolerance, String what) {
        assertClose(c, new int[] {r, g, b}, tolerance, what);
    }

    private void sameColours(boolean dark) {
        Pair p = scene(dark);
        RunConfig main = lesson.runs().get(0).config();
        Trajectory gd = Simulation.run(main);
        Trajectory momentum = Simulation.run(lesson.runs().get(1).config());
        // the paper: top left of both pictures, the theme's
        int[] paper = dark ? new int[] {0x20, 0x23, 0x26} : new int[] {0xfa, 0xfa, 0xfa};
        assertNear(rgb(p.screen.getPixelReader().getArgb(2, 2)),
                paper[0], paper[1], paper[2], 2, "screen paper");
        assertNear(rgb(p.export.getRGB(2, 2)), paper[0], paper[1], paper[2], 2, "export paper");
        // the colour map far from the paths (viridis, averaged over 9 × 9 pixels so level lines count alike)
        assertClose(p.screenMean(3, -3.5), p.exportMean(3, -3.5), 24, "colour map at (3, -3.5)");
        assertClose(p.screenMean(-2, 3.5), p.exportMean(-2, 3.5), 24, "colour map at (-2, 3.5)");
        // the current point w_k: orange #ff9100
        int k = gd.size() - 1;
        assertNear(p.screenAt(gd.x(k), gd.y(k)), 255, 145, 0, 30, "screen current point");
        assertNear(p.exportAt(gd.x(k), gd.y(k)), 255, 145, 0, 30, "export current point");
        // the main run, white and thin while racing: the middle of its first step (momentum's first step is the
        // same, drawn under it)
        double mx = (gd.x(0) + gd.x(1)) / 2;
        double my = (gd.y(0) + gd.y(1)) / 2;
        assertNear(p.screenBrightest(mx, my), 255, 255, 255, 40, "screen main run");
        assertNear(p.exportBrightest(mx, my), 255, 255, 255, 50, "export main run"); // 1.2 units wide, less than a pixel here
        // the raced momentum run, vermillion #d55e00: the middle of its third step, away from GD's path
        double rx = (momentum.x(2) + momentum.x(3)) / 2;
        double ry = (momentum.y(2) + momentum.y(3)) / 2;
        assertNear(p.screenAt(rx, ry), 0xd5, 0x5e, 0x00, 40, "screen momentum run");
        assertNear(p.exportAt(rx, ry), 0xd5, 0x5e, 0x00, 40, "export momentum run");
    }

    @Test
    void theExportShowsTheWindowsColoursAtTheSamePoints() {
        sameColours(false);
    }

    @Test
    void inTheDarkThemeTheExportHasTheWindowsDarkPaper() {
        sameColours(true);
    }

    @Test
    void theSvgNamesTheWindowsColours() {
        String svg = SvgExport.document(new PlotRenderer(lesson), new ExportSize(1280, 720));
        assertTrue(svg.contains("rgb(255,145,0)") || svg.contains("#ff9100"), "the current point's orange");
        assertTrue(svg.contains("rgb(213,94,0)") || svg.contains("#d55e00"), "the momentum run's vermillion");
        assertTrue(svg.contains("rgb(255,214,0)") || svg.contains("#ffd600"), "the start ring's yellow");
        assertTrue(svg.contains("rgb(0,229,255)") || svg.contains("#00e5ff"), "the −∇C arrow's cyan");
    }
}
