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

/**
 * Pictures of the whole window at chosen sizes and UI scales, in and out of presentation mode, with the
 * sizes of its parts printed: for looking at the layout as a person does. Not a test. Run under Xvfb:
 * <pre>
 *   mvn -o -q dependency:build-classpath -Dmdep.outputFile=cp.txt -Dmdep.includeScope=test
 *   DISPLAY=:42 java -Dgdlab.config.dir=/tmp/gdcfg -cp target/classes:target/test-classes:$(cat cp.txt) \
 *       org.gdlab.app.LayoutShots /tmp/shots 1280x720@1.5:present:lesson=3:end 1024x768@2
 * </pre>
 * Each argument after the directory is {@code WxH@scale} followed by any of {@code :present},
 * {@code :lesson=N} (0-based), {@code :end} (the last step), {@code :theme=dark}, {@code :drawer},
 * {@code :caption} (the caption's text open), {@code :help}, {@code :surface=ID}, {@code :basin}, {@code :threed},
 * {@code :analysis=N} (open the analysis area at tab N), {@code :race=PRESET}.
 */
public final class LayoutShots {

    private LayoutShots() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        Platform.startup(() -> { });
        Platform.setImplicitExit(false);
        Path config = Files.createTempDirectory("gdlab-shots");
        Stage[] stage = new Stage[1];
        AppShell shell = fx(() -> {
            MainView v = GdLabApp.createView();
            AppShell s = new AppShell(v, new AppConfig(config), FilePicker.system());
            stage[0] = new Stage();
            stage[0].setScene(s.createScene(1280, 720));
            stage[0].show();
            return s;
        });
        for (int i = 1; i < args.length; i++) {
            String spec = args[i];
            String[] parts = spec.split(":");
            String[] size = parts[0].split("@");
            String[] wh = size[0].split("x");
            double w = Double.parseDouble(wh[0]);
            double h = Double.parseDouble(wh[1]);
            double scale = size.length > 1 ? Double.parseDouble(size[1]) : 1;
            fx(() -> {
                var pm = shell.presentation();
                pm.leave();
                pm.helpShownProperty().set(false);
                shell.lessons().close();
                shell.view().basin().enabledProperty().set(false);
                shell.view().landscape().shownProperty().set(false);
                shell.view().windowLayout().drawerOpenProperty().set(false);
                stage[0].setFullScreen(false);
                stage[0].setWidth(w);
                stage[0].setHeight(h);
                for (String p : parts) {
                    if (p.startsWith("lesson=")) {
                        shell.lessons().open(Integer.parseInt(p.substring(7)));
                    }
                }
                return null;
            });
            settle(shell);
            fx(() -> {
                var pm = shell.presentation();
                for (String p : parts) {
                    if (p.equals("present")) {
                        pm.present();
                        stage[0].setFullScreen(false);
                        stage[0].setWidth(w);
                        stage[0].setHeight(h);
                    }
                }
                pm.setScale(scale);
                for (String p : parts) {
                    switch (p.contains("=") ? p.substring(0, p.indexOf('=')) : p) {
                        case "end" -> shell.view().viewModel().playback().seek(shell.view().viewModel().playback().lastStepProperty().get());
                        case "theme" -> pm.themeProperty().set(org.gdlab.app.present.Theme.valueOf(
                                p.substring(6).toUpperCase(Locale.ROOT).replace('-', '_')));
                        case "drawer" -> shell.view().windowLayout().drawerOpenProperty().set(true);
                        case "caption" -> pm.captionOpenProperty().set(true);
                        case "help" -> pm.helpShownProperty().set(true);
                        case "surface" -> shell.view().viewModel().selectSurface(p.substring(8));
                        case "log" -> shell.view().viewModel().plot().levelSpacingProperty().set(org.gdlab.core.contour.LevelSpacing.LOG);
                        case "basin" -> shell.view().basin().enabledProperty().set(true);
                        case "threed" -> shell.view().landscape().shownProperty().set(true);
                        case "analysis" -> {
                            shell.view().analysis().setExpanded(true);
                            shell.view().analysis().tabs().getSelectionModel().select(Integer.parseInt(p.substring(9)));
                        }
                        case "race" -> shell.view().race().applyPreset(org.gdlab.app.race.RacePreset.valueOf(p.substring(5)));
                        default -> { }
                    }
                }
                return null;
            });
            settle(shell);
            String name = spec.replace(':', '_').replace('@', '_').replace('=', '-') + ".png";
            var img = fx(() -> stage[0].getScene().snapshot(null));
            ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", dir.resolve(name).toFile());
            System.out.println(name + "  " + fx(() -> report(stage[0], shell)));
        }
        Platform.exit();
        System.exit(0);
    }

    private static String report(Stage stage, AppShell shell) {
        var scene = stage.getScene();
        double sw = scene.getWidth();
        double sh = scene.getHeight();
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "scene %.0fx%.0f", sw, sh));
        for (String id : new String[] {"#menu-bar", "#top-row", "#raceBar", "#plot", "#analysisArea", "#playbackBar", "#status", "#side", "#update", "#lrSlider", "#side-controls"}) {
            Node n = scene.lookup(id);
            if (n == null || !n.isVisible()) {
                b.append(' ').append(id).append("=hidden");
                continue;
            }
            Bounds bb = n.localToScene(n.getBoundsInLocal());
            b.append(String.format(Locale.ROOT, " %s=[%.0f,%.0f %.0fx%.0f]", id, bb.getMinX(), bb.getMinY(), bb.getWidth(), bb.getHeight()));
            if (id.equals("#plot")) {
                b.append(String.format(Locale.ROOT, " share=%.3f", bb.getWidth() * bb.getHeight() / (sw * sh)));
            }
        }
        b.append(" dock=").append(shell.view().windowLayout().dockProperty().get());
        Node banner = scene.lookup("#banner");
        if (banner instanceof javafx.scene.control.Label l && l.isVisible()) {
            javafx.scene.text.Text t = (javafx.scene.text.Text) l.lookup(".text");
            b.append(String.format(Locale.ROOT, " banner=%.0fx%.0f text=%.0fx%.0f wrap=%.0f max=%.0f pref=%.0f", l.getWidth(), l.getHeight(),
                    t.getLayoutBounds().getWidth(), t.getLayoutBounds().getHeight(), t.getWrappingWidth(), l.getMaxWidth(), l.prefWidth(-1)));
        }
        return b.toString();
    }

    private static void settle(AppShell s) throws Exception {
        fx(() -> null);
        s.view().viewModel().awaitIdle(120, TimeUnit.SECONDS);
        fx(() -> null);
        Thread.sleep(400);
        fx(() -> null);
    }

    private static <T> T fx(Callable<T> c) throws Exception {
        FutureTask<T> task = new FutureTask<>(c);
        Platform.runLater(task);
        return task.get(120, TimeUnit.SECONDS);
    }
}
