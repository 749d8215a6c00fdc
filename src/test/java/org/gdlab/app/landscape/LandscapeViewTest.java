package org.gdlab.app.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Point3D;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.gdlab.app.UiFixture;
import org.gdlab.app.viewmodel.PlannedPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The 3-D landscape: shown by its toggle, built off the JavaFX thread, its ball following the playback. */
@ExtendWith(ApplicationExtension.class)
class LandscapeViewTest {

    private UiFixture ui;
    private LandscapeViewModel land;

    @Start
    void start(Stage stage) {
        ui = new UiFixture(stage);
        land = ui.view.landscape();
    }

    @AfterEach
    void stop() {
        UiFixture.fx(() -> ui.view.dispose());
    }

    private void idle() {
        ui.idle();
    }

    @Test
    void keyThreeShowsTheLandscapeBesideThePlot(FxRobot robot) {
        ui.idle();
        assertFalse(UiFixture.fx(() -> ui.view.landscapeView().isVisible()));
        robot.type(KeyCode.DIGIT3);
        idle();
        assertTrue(UiFixture.fx(() -> ui.view.landscapeView().isVisible()));
        assertTrue(UiFixture.fx(() -> ui.view.plot().isVisible()), "beside the plot");
        assertTrue(UiFixture.fx(() -> ui.view.landscapeView().getWidth()) > 250, "it has room");
        LandscapeMesh m = UiFixture.fx(() -> land.meshProperty().get());
        assertNotNull(m);
        assertEquals(LandscapeMesh.DEFAULT_N * LandscapeMesh.DEFAULT_N * 3, m.points().length);
        UiFixture.fx(() -> land.replacePlotProperty().set(true));
        assertFalse(UiFixture.fx(() -> ui.view.plot().isVisible()), "in place of the plot");
        robot.type(KeyCode.DIGIT3);
        assertFalse(UiFixture.fx(() -> ui.view.landscapeView().isVisible()));
        assertTrue(UiFixture.fx(() -> ui.view.plot().isVisible()), "the plot is back");
    }

    @Test
    void theBallFollowsThePlaybackStep(FxRobot robot) {
        UiFixture.fx(() -> land.shownProperty().set(true));
        idle();
        PlannedPath p = UiFixture.fx(() -> ui.vm.pathProperty().get());
        LandscapeMesh f = UiFixture.fx(() -> land.meshProperty().get());
        assertBallAt(LandscapeViewModel.position(f, p, 0));
        UiFixture.fx(() -> ui.view.plot().requestFocus());
        robot.type(KeyCode.RIGHT);
        ui.idle();
        assertEquals(1, (int) UiFixture.fx(() -> ui.vm.playback().step()));
        Point3D at1 = LandscapeViewModel.position(f, p, 1);
        assertBallAt(at1);
        assertNotEquals(LandscapeViewModel.position(f, p, 0), at1, "the iterate moved");
        double[] q = f.frame().map(p.x(1), p.y(1), p.cost(1));
        // the ball rests on the surface point of w_1 (or the mesh over it): same X and Z, lifted by its radius
        assertEquals(q[0], at1.getX(), 1e-9);
        assertEquals(q[2], at1.getZ(), 1e-9);
        assertEquals(Math.min(q[1], f.surfaceY(p.x(1), p.y(1))) - LandscapeFrame.BALL_RADIUS, at1.getY(), 1e-9);
    }

    @Test
    void racedRunsGetTheirOwnTubeAndBallThatFollowThePlayback(FxRobot robot) throws Exception {
        UiFixture.fx(() -> land.shownProperty().set(true));
        UiFixture.fx(() -> ui.view.race().addRun(org.gdlab.core.optim.OptimizerKind.MOMENTUM, Double.NaN));
        idle();
        assertEquals(2, (int) UiFixture.fx(() -> land.tubesProperty().get().size()), "main run and the raced run");
        org.gdlab.app.race.RunModel run = UiFixture.fx(() -> ui.view.race().runs().get(0));
        assertEquals(run.color().argb(), (int) UiFixture.fx(() -> land.tubesProperty().get().get(1).argb()));
        assertEquals(1, (int) UiFixture.fx(() -> ui.view.landscapeView().raceBalls().getChildren().size()));
        UiFixture.fx(() -> ui.view.plot().requestFocus());
        robot.type(KeyCode.RIGHT);
        ui.idle();
        LandscapeMesh f = UiFixture.fx(() -> land.meshProperty().get());
        PlannedPath q = UiFixture.fx(() -> run.pathProperty().get().path());
        Point3D expected = LandscapeViewModel.position(f, q, 1);
        javafx.scene.Node ball = UiFixture.fx(() -> ui.view.landscapeView().raceBalls().getChildren().get(0));
        assertEquals(expected.getX(), UiFixture.fx(ball::getTranslateX), 0.0);
        assertEquals(expected.getZ(), UiFixture.fx(ball::getTranslateZ), 0.0);
    }

    @Test
    void withoutThreeDTheSketchDrawsARacedRunsBallInItsColour(FxRobot robot) {
        UiFixture.fx(() -> land.shownProperty().set(true));
        org.gdlab.app.race.RunModel run = UiFixture.fx(() -> ui.view.race().addRun(org.gdlab.core.optim.OptimizerKind.MOMENTUM, 0.05));
        idle();
        UiFixture.fx(() -> ui.vm.playback().seek(8));
        idle();
        Image img = UiFixture.fx(() -> ui.view.landscapeView().snapshotScene());
        Point3D at = UiFixture.fx(() -> land.raceBallsProperty().get().get(0).at());
        var cam = LandscapeCamera.of(land.yawProperty().get(), land.pitchProperty().get(), land.distanceProperty().get());
        Point3D pc = LandscapeSketch.toCamera(cam, at);
        double f = LandscapeCamera.focal(img.getWidth(), img.getHeight());
        int x = (int) Math.round(img.getWidth() / 2 + f * pc.getX() / pc.getZ());
        int y = (int) Math.round(img.getHeight() / 2 + f * pc.getY() / pc.getZ());
        Point3D main = UiFixture.fx(() -> land.ballProperty().get());
        Point3D mc = LandscapeSketch.toCamera(cam, main);
        double apart = Math.hypot(f * (pc.getX() / pc.getZ() - mc.getX() / mc.getZ()), f * (pc.getY() / pc.getZ() - mc.getY() / mc.getZ()));
        double r = f * LandscapeFrame.BALL_RADIUS / pc.getZ();
        assertTrue(apart > 2.5 * r, "the two balls are apart at step 8: " + apart + " px, radius " + r);
        int c = img.getPixelReader().getArgb(x, y);
        int want = run.color().argb();
        for (int shift : new int[] {16, 8, 0}) {
            assertEquals((want >> shift) & 255, (c >> shift) & 255, 2, "the raced run's colour at its ball, channel >> " + shift);
        }
    }

    private void assertBallAt(Point3D expected) {
        double[] t = UiFixture.fx(() -> new double[] {ui.view.landscapeView().ball().getTranslateX(),
                ui.view.landscapeView().ball().getTranslateY(), ui.view.landscapeView().ball().getTranslateZ()});
        // the translate is set from the same doubles: exact
        assertEquals(expected.getX(), t[0], 0.0);
        assertEquals(expected.getY(), t[1], 0.0);
        assertEquals(expected.getZ(), t[2], 0.0);
    }

    @Test
    void keysAndMouseOrbitAndZoomTheCameraAndZeroResetsIt(FxRobot robot) {
        UiFixture.fx(() -> land.shownProperty().set(true));
        idle();
        UiFixture.fx(() -> ui.view.landscapeView().requestFocus());
        robot.type(KeyCode.D);
        robot.type(KeyCode.W);
        robot.type(KeyCode.E);
        assertEquals(LandscapeViewModel.YAW + 8, UiFixture.fx(() -> land.yawProperty().get()), 1e-9, "D turns 20 px × 0.4°");
        assertEquals(LandscapeViewModel.PITCH + 4.5, UiFixture.fx(() -> land.pitchProperty().get()), 1e-9, "W tilts 15 px × 0.3°");
        assertEquals(LandscapeViewModel.DISTANCE / 1.15, UiFixture.fx(() -> land.distanceProperty().get()), 1e-9);
        javafx.geometry.Bounds b = UiFixture.fx(() -> ui.view.landscapeView().localToScreen(ui.view.landscapeView().getBoundsInLocal()));
        robot.drag(b.getCenterX(), b.getCenterY() + 40, javafx.scene.input.MouseButton.PRIMARY).moveBy(50, 0).drop();
        assertTrue(UiFixture.fx(() -> land.yawProperty().get()) > LandscapeViewModel.YAW + 8, "a drag to the right turns");
        robot.type(KeyCode.DIGIT0);
        assertEquals(LandscapeViewModel.YAW, UiFixture.fx(() -> land.yawProperty().get()), 0.0);
        assertEquals(LandscapeViewModel.DISTANCE, UiFixture.fx(() -> land.distanceProperty().get()), 0.0);
    }

    @Test
    void changingTheLearningRateRedrawsThePath() {
        UiFixture.fx(() -> land.shownProperty().set(true));
        idle();
        var before = UiFixture.fx(() -> land.tubesProperty().get());
        UiFixture.fx(() -> ui.vm.learningRateProperty().set(0.05));
        idle();
        var after = UiFixture.fx(() -> land.tubesProperty().get());
        assertEquals(1, after.size());
        assertNotEquals(before.get(0).tube().count(), after.get(0).tube().count(), "a new path, of another length");
        assertEquals(UiFixture.fx(() -> ui.vm.pathProperty().get().size()), after.get(0).tube().count());
    }

    @Test
    void theSnapshotShowsTheSurfaceInItsColours() {
        UiFixture.fx(() -> land.shownProperty().set(true));
        idle();
        Image img = UiFixture.fx(() -> ui.view.landscapeView().snapshotScene());
        LandscapeMesh m = UiFixture.fx(() -> land.meshProperty().get());
        int background = 0xFF263238;
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        int surface = 0;
        int total = 0;
        // the surface's pixels are the colour map's colours, shaded: a pixel counts when its hue is near
        // that of some texture colour times a shade in [0.5, 1]
        java.util.Set<Integer> palette = new java.util.HashSet<>();
        for (int k = 0; k < m.texture().length; k += 97) {
            palette.add(m.texture()[k]);
        }
        for (int y = 0; y < h; y += 4) {
            for (int x = 0; x < w; x += 4) {
                int c = img.getPixelReader().getArgb(x, y);
                total++;
                if (c != background && matchesShaded(c, palette)) {
                    surface++;
                }
            }
        }
        // the default camera sees the whole surface; in the narrow side-by-side viewport it fills about 15 %
        assertTrue(surface > total / 10, "the surface covers a good part of the view: " + surface + " of " + total);
    }

    /** @return true when c ≈ s · p for a palette colour p and a shade s in [0.45, 1] (8-bit rounding: ±6 levels) */
    private static boolean matchesShaded(int c, java.util.Set<Integer> palette) {
        int r = (c >> 16) & 255;
        int g = (c >> 8) & 255;
        int b = c & 255;
        for (int p : palette) {
            int pr = (p >> 16) & 255;
            int pg = (p >> 8) & 255;
            int pb = p & 255;
            int max = Math.max(pr, Math.max(pg, pb));
            if (max == 0) {
                continue;
            }
            double s = Math.max(r, Math.max(g, b)) / (double) max;
            if (s < 0.45 || s > 1.01) {
                continue;
            }
            if (Math.abs(r - s * pr) <= 6 && Math.abs(g - s * pg) <= 6 && Math.abs(b - s * pb) <= 6) {
                return true;
            }
        }
        return false;
    }
}
