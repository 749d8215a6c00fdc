package org.gdlab.app.basin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.gdlab.render.paint.LegendEntry;
import org.gdlab.app.UiFixture;
import org.gdlab.render.paint.PlotTransform;
import org.gdlab.core.basin.BasinCsvWriter;
import org.gdlab.core.basin.BasinMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The basin map over the plot: computed off the JavaFX thread, drawn row by row, recomputed and exported. */
@ExtendWith(ApplicationExtension.class)
class BasinOverlayTest {

    private UiFixture ui;
    private BasinViewModel basin;

    @Start
    void start(Stage stage) {
        ui = new UiFixture(stage);
        basin = ui.view.basin();
    }

    @AfterEach
    void stop() {
        UiFixture.fx(() -> ui.view.dispose());
    }

    private void himmelblauFrom(double x, double y) {
        UiFixture.fx(() -> {
            ui.vm.selectSurface("himmelblau");
            ui.vm.setStart(x, y);
        });
        ui.idle();
    }

    private void awaitBasin() {
        ui.idle();
    }

    private static int[] rgb(int argb) {
        return new int[] {(argb >> 16) & 255, (argb >> 8) & 255, argb & 255};
    }

    @Test
    void himmelblauGdStartsNearFourFourAreColouredAsTheMinimumAtThreeTwo() {
        himmelblauFrom(-4, -4);
        PlotTransform t = ui.vm.plot().transformProperty().get();
        double sx = t.sx(4);
        double sy = t.sy(4);
        Image before = UiFixture.snapshot(ui.view.plot());
        UiFixture.fx(() -> {
            basin.resolutionProperty().set(128);
            basin.enabledProperty().set(true);
        });
        awaitBasin();
        Image after = UiFixture.snapshot(ui.view.plot());
        LegendEntry three2 = UiFixture.fx(() -> basin.legendProperty().get()).stream()
                .filter(e -> e.label().contains("(3, 2)")).findFirst().orElseThrow();
        assertTrue(three2.share() > 0.1, "minimum (3, 2) has a sizeable basin: " + three2.share());
        double a = UiFixture.fx(() -> basin.opacityProperty().get());
        // four pixels around (4, 4), all inside the basin of (3, 2) at this resolution (cells are ~3 px)
        for (int[] d : new int[][] {{0, 0}, {6, 0}, {0, 6}, {-6, -6}}) {
            int x = (int) sx + d[0];
            int y = (int) sy + d[1];
            int[] base = rgb(before.getPixelReader().getArgb(x, y));
            int[] seen = rgb(after.getPixelReader().getArgb(x, y));
            int[] c = rgb(three2.argb());
            int[] wash = rgb(org.gdlab.render.paint.BasinPicture.WASH.getRGB());
            double w = org.gdlab.render.paint.BasinPicture.WASH_OPACITY;
            for (int k = 0; k < 3; k++) {
                double washed = w * wash[k] + (1 - w) * base[k];
                double expected = a * c[k] + (1 - a) * washed;
                // blending in 8-bit channels rounds each term: 4 levels of slack for the two blends
                assertEquals(expected, seen[k], 4.0, "channel " + k + " at (" + x + ", " + y + ")");
            }
        }
    }

    private static int argb(javafx.scene.paint.Color c) {
        return 0xFF000000 | (int) Math.round(c.getRed() * 255) << 16 | (int) Math.round(c.getGreen() * 255) << 8
                | (int) Math.round(c.getBlue() * 255);
    }

    @Test
    void oneBasinShowsOneHueWhateverTheCostBeneath() {
        himmelblauFrom(-4, -4);
        PlotTransform t = ui.vm.plot().transformProperty().get();
        // both in the basin of (3, 2): near the minimum (dark in viridis) and at (4, 4) (C = 250, light)
        double[][] at = {{3.3, 1.7}, {4, 4}};
        Image before = UiFixture.snapshot(ui.view.plot());
        UiFixture.fx(() -> {
            basin.resolutionProperty().set(128);
            basin.enabledProperty().set(true);
        });
        awaitBasin();
        Image after = UiFixture.snapshot(ui.view.plot());
        int[] b0 = rgb(before.getPixelReader().getArgb((int) t.sx(at[0][0]), (int) t.sy(at[0][1])));
        int[] b1 = rgb(before.getPixelReader().getArgb((int) t.sx(at[1][0]), (int) t.sy(at[1][1])));
        int[] s0 = rgb(after.getPixelReader().getArgb((int) t.sx(at[0][0]), (int) t.sy(at[0][1])));
        int[] s1 = rgb(after.getPixelReader().getArgb((int) t.sx(at[1][0]), (int) t.sy(at[1][1])));
        int baseSpread = 0;
        int seenSpread = 0;
        for (int k = 0; k < 3; k++) {
            baseSpread = Math.max(baseSpread, Math.abs(b0[k] - b1[k]));
            seenSpread = Math.max(seenSpread, Math.abs(s0[k] - s1[k]));
        }
        assertTrue(baseSpread > 100, "the colour map differs a lot beneath: " + baseSpread);
        assertTrue(seenSpread <= 0.1 * baseSpread + 3, "the basin's colour barely does: " + seenSpread + " of " + baseSpread);
    }

    @Test
    void theMapIsDrawnRowByRowWithProgress() {
        himmelblauFrom(-4, -4);
        AtomicInteger revisions = new AtomicInteger();
        AtomicInteger progressSteps = new AtomicInteger();
        UiFixture.fx(() -> {
            basin.revisionProperty().addListener(o -> revisions.incrementAndGet());
            basin.progressProperty().addListener(o -> progressSteps.incrementAndGet());
            basin.resolutionProperty().set(64);
            basin.enabledProperty().set(true);
        });
        awaitBasin();
        assertTrue(revisions.get() >= 64 + 1, "one repaint per row and one when done, got " + revisions.get());
        assertTrue(progressSteps.get() >= 32, "progress moved row by row, got " + progressSteps.get());
        assertEquals(1.0, UiFixture.fx(() -> basin.progressProperty().get()), 0.0);
        BasinMap m = UiFixture.fx(() -> basin.mapProperty().get());
        assertEquals(64 * 64, m.computedCount());
        double shares = UiFixture.fx(() -> basin.legendProperty().get()).stream().mapToDouble(LegendEntry::share).sum();
        assertEquals(1.0, shares, 1e-9, "the legend's shares cover every start (sum of 4096 fractions)");
    }

    @Test
    void changingTheLearningRateCancelsTheStaleMapAndComputesTheNewOne() {
        himmelblauFrom(-4, -4);
        // α = 1e-7 with 100 000 steps: no start converges, the map would take many minutes
        UiFixture.fx(() -> {
            ui.vm.maxStepsProperty().set(100_000);
            ui.vm.learningRateProperty().set(1e-7);
            basin.resolutionProperty().set(64);
            basin.enabledProperty().set(true);
        });
        assertTrue(UiFixture.fx(() -> basin.runningProperty().get()), "computing");
        UiFixture.fx(() -> ui.vm.learningRateProperty().set(0.01));
        awaitBasin();
        BasinMap m = UiFixture.fx(() -> basin.mapProperty().get());
        assertNotNull(m, "the new map is done");
        assertFalse(m.cancelled());
        assertEquals(0.01, m.spec().template().learningRate(), 0.0);
        assertTrue(UiFixture.fx(() -> basin.cancelledCountProperty().get()) >= 1, "the stale map was cancelled");
    }

    @Test
    void cancelStopsTheComputationAndKeepsTheRowsDone() {
        himmelblauFrom(-4, -4);
        UiFixture.fx(() -> {
            ui.vm.maxStepsProperty().set(100_000);
            ui.vm.learningRateProperty().set(1e-7);
            basin.resolutionProperty().set(64);
            basin.enabledProperty().set(true);
        });
        UiFixture.fx(() -> basin.cancel());
        awaitBasin();
        assertFalse(UiFixture.fx(() -> basin.runningProperty().get()));
        assertEquals(null, UiFixture.fx(() -> basin.mapProperty().get()));
        assertEquals(1, (int) UiFixture.fx(() -> basin.cancelledCountProperty().get()));
        assertTrue(UiFixture.fx(() -> basin.summaryProperty().get()).startsWith("Cancelled"));
    }

    @Test
    void csvExportWritesTheHeaderAndOneRowPerStart(@TempDir Path dir) throws Exception {
        himmelblauFrom(-4, -4);
        UiFixture.fx(() -> {
            basin.resolutionProperty().set(64);
            basin.enabledProperty().set(true);
        });
        awaitBasin();
        Path file = dir.resolve("basin.csv");
        BasinPanel panel = (BasinPanel) UiFixture.fx(() -> ui.view.lookup("#basinPanel"));
        UiFixture.fx(() -> panel.exportCsv(file));
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals(BasinCsvWriter.HEADER, lines.get(0));
        assertEquals(1 + 64 * 64, lines.size());
        BasinMap m = UiFixture.fx(() -> basin.mapProperty().get());
        // the first start is the visible view's lower-left corner (the view is widened to equal aspect)
        assertTrue(lines.get(1).startsWith(m.spec().startX(0) + "," + m.spec().startY(0) + ","), lines.get(1));
        assertTrue(lines.stream().anyMatch(l -> l.contains("(3, 2)")), "some start ends at (3, 2)");
    }

    @Test
    void pngExportWritesThePlotWithTheMap(@TempDir Path dir) throws Exception {
        himmelblauFrom(-4, -4);
        UiFixture.fx(() -> {
            basin.resolutionProperty().set(64);
            basin.enabledProperty().set(true);
        });
        awaitBasin();
        Path file = dir.resolve("basin.png");
        BasinPanel panel = (BasinPanel) UiFixture.fx(() -> ui.view.lookup("#basinPanel"));
        UiFixture.fx(() -> panel.exportPng(file));
        java.awt.image.BufferedImage img = javax.imageio.ImageIO.read(file.toFile());
        double w = UiFixture.fx(() -> ui.view.plot().getWidth());
        assertEquals(Math.ceil(w), img.getWidth(), 1.0);
    }
}
