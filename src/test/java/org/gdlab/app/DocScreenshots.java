package org.gdlab.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * Writes the screenshots of the basin map and the 3-D landscape for src/docs/app.md: the real window
 * content at 1280×800, rendered by the pipeline of the display it runs on. Not a test. Run under Xvfb:
 * <pre>
 *   Xvfb :97 -screen 0 1600x1000x24 &amp;
 *   mvn -o -q dependency:build-classpath -Dmdep.outputFile=cp.txt -Dmdep.includeScope=test
 *   DISPLAY=:97 java -Dprism.forceGPU=true -cp target/classes:target/test-classes:$(cat cp.txt) \
 *       org.gdlab.app.DocScreenshots src/docs/screenshots
 * </pre>
 */
public final class DocScreenshots {

    private DocScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/docs/screenshots");
        Files.createDirectories(dir);
        Platform.startup(() -> { });
        Platform.setImplicitExit(false);
        MainView view = fx(() -> {
            MainView v = GdLabApp.createView();
            Stage stage = new Stage();
            stage.setScene(GdLabApp.createScene(v, GdLabApp.WIDTH, GdLabApp.HEIGHT));
            stage.show();
            v.viewModel().selectSurface("himmelblau");
            v.viewModel().setStart(-0.5, 0.5);
            v.basin().resolutionProperty().set(256);
            v.basin().enabledProperty().set(true);
            return v;
        });
        settle(view);
        save(view, dir.resolve("basin-himmelblau-gd.png"));

        fx(() -> {
            view.basin().colorByStepsProperty().set(true);
            return null;
        });
        settle(view);
        save(view, dir.resolve("basin-himmelblau-gd-steps.png"));

        fx(() -> {
            view.basin().colorByStepsProperty().set(false);
            view.basin().enabledProperty().set(false);
            view.viewModel().setStart(-4.2, 4.5);
            view.landscape().shownProperty().set(true);
            return null;
        });
        settle(view);
        fx(() -> {
            view.landscape().logHeightProperty().set(false);
            view.viewModel().playback().seek(2);
            return null;
        });
        settle(view);
        save(view, dir.resolve("landscape-himmelblau.png"));

        fx(() -> {
            view.viewModel().selectSurface("rosenbrock");
            view.landscape().replacePlotProperty().set(true);
            return null;
        });
        settle(view);
        fx(() -> {
            view.viewModel().playback().seek(view.viewModel().playback().lastStepProperty().get());
            return null;
        });
        settle(view);
        save(view, dir.resolve("landscape-rosenbrock-log.png"));
        Platform.exit();
        System.exit(0);
    }

    private static void settle(MainView v) throws Exception {
        fx(() -> null);
        v.viewModel().awaitIdle(120, TimeUnit.SECONDS); // every view model's work: path, race, basin map, mesh …
        fx(() -> null);
        Thread.sleep(500); // let pulses draw the published state
        fx(() -> null);
    }

    private static void save(MainView v, Path file) throws Exception {
        var img = fx(() -> v.getScene().snapshot(null));
        ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", file.toFile());
    }

    private static <T> T fx(Callable<T> c) throws Exception {
        FutureTask<T> task = new FutureTask<>(c);
        Platform.runLater(task);
        return task.get(120, TimeUnit.SECONDS);
    }
}
