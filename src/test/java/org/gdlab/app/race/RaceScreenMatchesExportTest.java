package org.gdlab.app.race;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.gdlab.app.UiFixture;
import org.gdlab.app.scenario.ScenarioMapper;
import org.gdlab.core.lesson.Lessons;
import org.gdlab.core.optim.OptimizerKind;
import org.gdlab.core.scenario.Scenario;
import org.gdlab.core.sim.Simulation;
import org.gdlab.core.sim.Trajectory;
import org.gdlab.render.PlotRenderer;
import org.gdlab.render.paint.PlotTransform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A race of three runs is exported as the screen shows it: each raced run's current point in the run's own
 * colour at the same world point in the window and in the export (after a run was removed and another
 * added, so the palette slots are not in run order), the selected run drawn over the others, and the main
 * trail thinner than alone.
 */
@ExtendWith(ApplicationExtension.class)
class RaceScreenMatchesExportTest {

    private static final int STEP = 12;
    private UiFixture ui;

    @Start
    void start(Stage stage) {
        ui = new UiFixture(stage);
    }

    @AfterEach
    void stop() {
        UiFixture.fx(() -> ui.view.dispose());
    }

    private static int[] rgb(int argb) {
        return new int[] {(argb >> 16) & 255, (argb >> 8) & 255, argb & 255};
    }

    private interface Pixel {
        int at(int x, int y);
    }

    /** @return the pixel of the 7 × 7 about (x, y) closest to argb (a glyph may cross the point's middle) */
    private static int[] closest(Pixel p, double x, double y, int argb) {
        int[] want = rgb(argb);
        int[] best = null;
        int bestD = Integer.MAX_VALUE;
        for (int dy = -3; dy <= 3; dy++) {
            for (int dx = -3; dx <= 3; dx++) {
                int[] c = rgb(p.at((int) x + dx, (int) y + dy));
                int d = Math.abs(c[0] - want[0]) + Math.abs(c[1] - want[1]) + Math.abs(c[2] - want[2]);
                if (d < bestD) {
                    bestD = d;
                    best = c;
                }
            }
        }
        return best;
    }

    private static void assertNear(int[] c, int argb, int tolerance, String what) {
        int[] want = rgb(argb);
        for (int i = 0; i < 3; i++) {
            assertTrue(Math.abs(c[i] - want[i]) <= tolerance, what + ": " + java.util.Arrays.toString(c) + ", want "
                    + java.util.Arrays.toString(want));
        }
    }

    @Test
    void eachRacedRunHasItsScreenColourAtTheSamePointInTheExport() {
        Scenario lesson = Lessons.byId("zigzag-momentum").scenario();
        RaceViewModel race = ui.view.race();
        List<RunModel> runs = UiFixture.fx(() -> {
            ScenarioMapper.apply(lesson, ui.vm, race);
            RunModel doomed = race.addRun(OptimizerKind.GD, 0.05);
            race.addRun(OptimizerKind.ADAM, 0.3);
            race.removeRun(doomed);
            race.addRun(OptimizerKind.RMSPROP, 0.1); // takes the freed slot: its colour is not its place's
            race.selectedProperty().set(race.runs().get(1));
            return List.copyOf(race.runs());
        });
        ui.idle();
        UiFixture.fx(() -> ui.vm.playback().seek(STEP));
        ui.idle();
        Image screen = UiFixture.snapshot(ui.view.plot());
        PlotTransform st = UiFixture.fx(() -> ui.vm.plot().transformProperty().get());
        Scenario s = UiFixture.fx(() -> ScenarioMapper.capture(ui.vm, race, lesson));
        int selected = UiFixture.fx(race::scenarioIndexOfSelected);
        int w = (int) screen.getWidth();
        int h = (int) screen.getHeight();
        BufferedImage export = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        PlotRenderer r = new PlotRenderer(s).withSelected(selected);
        Graphics2D g = export.createGraphics();
        r.paintFrame(g, w, h, STEP);
        Rectangle2D area = r.plotArea(g, w, h, STEP);
        g.dispose();
        PlotTransform et = PlotTransform.fit(s.view(), area.getX(), area.getY(), area.getWidth(), area.getHeight(), true);

        if (System.getenv("GDLAB_DUMP") != null) {
            try {
                javax.imageio.ImageIO.write(export, "png", new java.io.File("/tmp/race-export.png"));
                javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(screen, null), "png",
                        new java.io.File("/tmp/race-screen.png"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        assertTrue(selected == 2, "the selected run is the scenario's run 2");
        List<double[]> now = new java.util.ArrayList<>(); // every run's current point, in screen pixels
        for (int i = 0; i < s.runs().size(); i++) {
            Trajectory tr = Simulation.run(s.runs().get(i).config());
            int k = Math.min(STEP, tr.size() - 1);
            now.add(new double[] {st.sx(tr.x(k)), st.sy(tr.y(k))});
        }
        for (int i = 0; i < runs.size(); i++) {
            Trajectory tr = Simulation.run(s.runs().get(i + 1).config()); // the run itself, from its saved spec
            int k = Math.min(STEP, tr.size() - 1);
            double x = tr.x(k);
            double y = tr.y(k);
            // under another run's current point or glyph? then the middle of its third step
            final int self = i + 1;
            boolean crowded = java.util.stream.IntStream.range(0, now.size()).anyMatch(j -> j != self
                    && Math.hypot(now.get(j)[0] - now.get(self)[0], now.get(j)[1] - now.get(self)[1]) < 36);
            if (crowded) {
                x = (tr.x(2) + tr.x(3)) / 2;
                y = (tr.y(2) + tr.y(3)) / 2;
            }
            int argb = runs.get(i).color().argb();
            String what = runs.get(i).optimizerProperty().get().id() + " at (" + x + ", " + y + ")";
            assertNear(closest(screen.getPixelReader()::getArgb, st.sx(x), st.sy(y), argb), argb, 24, "screen " + what);
            assertNear(closest(export::getRGB, et.sx(x), et.sy(y), argb), argb, 24, "export " + what);
        }
    }
}
