package org.gdlab.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.stage.Stage;
import org.gdlab.render.paint.PlotTransform;
import org.gdlab.app.viewmodel.LabViewModel;
import org.gdlab.app.viewmodel.PlannedPath;
import org.testfx.util.WaitForAsyncUtils;

/** Shared set-up of the TestFX tests: the real window content in a 1280×800 scene, and waiting helpers. */
public final class UiFixture {

    public final MainView view;
    public final LabViewModel vm;

    public UiFixture(Stage stage) {
        view = GdLabApp.createView();
        vm = view.viewModel();
        stage.setScene(GdLabApp.createScene(view, GdLabApp.WIDTH, GdLabApp.HEIGHT));
        stage.sizeToScene(); // the stage is shared by the tests: a size an earlier test set stays until reset
        stage.show();
        view.plot().requestFocus();
    }

    /** Wait until all background work of the window has been published on the JavaFX thread. */
    public void idle() {
        WaitForAsyncUtils.waitForFxEvents();
        try {
            assertTrue(vm.awaitIdle(30, TimeUnit.SECONDS), "background work finished");
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Run on the JavaFX thread and wait for the result. */
    public static <T> T fx(java.util.concurrent.Callable<T> c) {
        try {
            return WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, WaitForAsyncUtils.asyncFx(c));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(e);
        }
    }

    /** Run on the JavaFX thread and wait until it has run. */
    public static void fx(Runnable r) {
        fx(() -> {
            r.run();
            return null;
        });
    }

    /** @return a snapshot of a node, taken on the JavaFX thread after a layout pass */
    public static Image snapshot(Node node) {
        return fx(() -> {
            node.getParent().layout();
            return (Image) node.snapshot(null, null);
        });
    }

    /** @return the screen point of a plot-local point */
    Point2D screen(double localX, double localY) {
        return fx(() -> view.plot().localToScreen(localX, localY));
    }

    /** @return plot-local positions of iterates 1 … k−1 that no marker covers (away from w_0 and w_k) */
    static List<double[]> visibleDots(PlannedPath p, PlotTransform t, int k) {
        List<double[]> out = new ArrayList<>();
        double x0 = t.sx(p.x(0));
        double y0 = t.sy(p.y(0));
        double xk = t.sx(p.x(k));
        double yk = t.sy(p.y(k));
        for (int i = 1; i < k; i++) {
            double x = t.sx(p.x(i));
            double y = t.sy(p.y(i));
            boolean free = Math.hypot(x - x0, y - y0) > 14 && Math.hypot(x - xk, y - yk) > 14
                    && t.containsScreen(x - 4, y - 4) && t.containsScreen(x + 4, y + 4);
            if (free) {
                out.add(new double[] {x, y});
            }
        }
        return out;
    }

    /** @return true when the pixel at (x, y) is the white of a path dot */
    static boolean isPathWhite(Image img, double x, double y) {
        PixelReader r = img.getPixelReader();
        int argb = r.getArgb((int) Math.floor(x), (int) Math.floor(y));
        int red = (argb >> 16) & 255;
        int green = (argb >> 8) & 255;
        int blue = argb & 255;
        return red > 235 && green > 235 && blue > 235 && ((argb >>> 24) > 235);
    }
}
