package org.gdlab.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.gdlab.app.scenario.AppConfig;
import org.gdlab.app.scenario.FilePicker;
import org.gdlab.core.lesson.Lessons;
import org.gdlab.core.optim.OptimizerKind;

/**
 * The whole window with lesson 4 (zig-zag and momentum) and a race of four runs (momentum, Adam, RMSprop,
 * Nesterov; Adam selected), at each size and UI scale given, in and out of presentation mode, half-way
 * through the descent: as {@code WxH-S[-present].png}, printing each playback-bar control that leaves the
 * window. For looking at the window as a student in the back row would. Not a test. Run under Xvfb:
 * <pre>
 *   DISPLAY=:42 java -cp target/classes:target/test-classes:$(cat cp.txt) org.gdlab.app.RaceShots /tmp/shots 1024x768@2 1280x720@1
 * </pre>
 */
public final class RaceShots {

    private RaceShots() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        Platform.startup(() -> { });
        Platform.setImplicitExit(false);
        Path config = Files.createTempDirectory("gdlab-raceshots");
        Stage[] stage = new Stage[1];
        AppShell shell = fx(() -> {
            MainView v = GdLabApp.createView();
            AppShell s = new AppShell(v, new AppConfig(config), FilePicker.system());
            stage[0] = new Stage();
            stage[0].setScene(s.createScene(1280, 720));
            stage[0].show();
            s.lessons().open(Lessons.all().indexOf(Lessons.byId("zigzag-momentum")));
            var race = v.race();
            race.addRun(OptimizerKind.ADAM, 0.3);
            race.addRun(OptimizerKind.RMSPROP, 0.1);
            race.addRun(OptimizerKind.NESTEROV, 0.05);
            race.selectedProperty().set(race.runs().get(1));
            return s;
        });
        if (args.length > 1 && args[1].equals("doc")) {
            docRace(shell, stage[0], dir);
            Platform.exit();
            System.exit(0);
        }
        for (int i = 1; i < args.length; i++) {
            String[] spec = args[i].split("[x@]");
            double w = Double.parseDouble(spec[0]);
            double h = Double.parseDouble(spec[1]);
            double scale = Double.parseDouble(spec[2]);
            for (boolean present : new boolean[] {false, true}) {
                fx(() -> {
                    if (present) {
                        shell.presentation().present();
                    } else {
                        shell.presentation().leave();
                    }
                    stage[0].setWidth(w);
                    stage[0].setHeight(h);
                    shell.presentation().setScale(scale);
                    return null;
                });
                settle(shell);
                fx(() -> {
                    shell.view().viewModel().playback().seek(12);
                    return null;
                });
                settle(shell);
                String name = String.format(Locale.ROOT, "%.0fx%.0f-%.0f%s", w, h, scale * 100, present ? "-present" : "");
                fx(() -> {
                    var scene = stage[0].getScene();
                    Node bar = scene.lookup("#playbackBar");
                    System.out.println(name + ": scene " + scene.getWidth() + "×" + scene.getHeight() + ", bar "
                            + bar.getLayoutBounds().getWidth());
                    var step = (javafx.scene.control.Label) scene.lookup("#stepLabel");
                    System.out.println("  step label: width " + step.getWidth() + ", min " + step.getMinWidth() + ", font "
                            + step.getFont() + ", padding " + step.getPadding() + ", visible " + step.isVisible());
                    for (Node c : controls(bar)) {
                        Bounds b = c.localToScene(c.getBoundsInLocal());
                        if (b.getMaxX() > scene.getWidth() + 0.5) {
                            System.out.println("  leaves: " + c + " " + b);
                        }
                    }
                    return null;
                });
                var window = fx(() -> stage[0].getScene().snapshot(null));
                ImageIO.write(SwingFXUtils.fromFXImage(window, null), "png", dir.resolve(name + ".png").toFile());
            }
        }
        Platform.exit();
        System.exit(0);
    }

    /**
     * src/docs/screenshots/race.png: the window at 1600×1000 with no lesson, the adaptive family racing on the
     * default quadratic, Adam selected, the charts open, at step 74.
     */
    private static void docRace(AppShell shell, Stage stage, Path dir) throws Exception {
        fx(() -> {
            shell.document().newScenario();
            stage.setWidth(1600);
            stage.setHeight(1000);
            var race = shell.view().race();
            race.applyPreset(org.gdlab.app.race.RacePreset.ADAPTIVE_FAMILY);
            shell.view().analysis().setExpanded(true);
            return null;
        });
        settle(shell);
        fx(() -> {
            var race = shell.view().race();
            race.selectedProperty().set(race.runs().stream()
                    .filter(r -> r.optimizerProperty().get() == OptimizerKind.ADAM).findFirst().orElse(null));
            shell.view().viewModel().playback().seek(74);
            return null;
        });
        settle(shell);
        var window = fx(() -> stage.getScene().snapshot(null));
        ImageIO.write(SwingFXUtils.fromFXImage(window, null), "png", dir.resolve("race.png").toFile());
    }

    private static java.util.List<Node> controls(Node n) {
        java.util.List<Node> out = new java.util.ArrayList<>();
        if (n == null || !n.isVisible()) {
            return out;
        }
        if (n instanceof javafx.scene.control.Control) {
            out.add(n);
        } else if (n instanceof javafx.scene.Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                out.addAll(controls(c));
            }
        }
        return out;
    }

    private static void settle(AppShell s) throws Exception {
        fx(() -> null);
        s.view().viewModel().awaitIdle(120, TimeUnit.SECONDS);
        fx(() -> null);
        Thread.sleep(700);
        fx(() -> null);
    }

    private static <T> T fx(Callable<T> c) throws Exception {
        FutureTask<T> task = new FutureTask<>(c);
        Platform.runLater(task);
        return task.get(120, TimeUnit.SECONDS);
    }
}
