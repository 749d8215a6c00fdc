package org.gdlab.app;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.gdlab.app.scenario.AppConfig;
import org.gdlab.app.scenario.FilePicker;
import org.gdlab.render.PlotRenderer;

/**
 * The plot on screen beside its export, for looking at them side by side: for each lesson given, the
 * window at 1280×720 (at the lesson's last step) as {@code N-window.png}, the plot alone as
 * {@code N-plot.png}, and the PNG export of the same scene at 1280×720 in the window's theme as
 * {@code N-export.png}. Not a test. Run under Xvfb:
 * <pre>
 *   DISPLAY=:42 java -cp target/classes:target/test-classes:$(cat cp.txt) org.gdlab.app.PlotShots /tmp/shots 3 8 dark:3
 * </pre>
 * An argument {@code dark:N} takes lesson N in the dark theme; {@code basin:N} with the basin map on;
 * with {@code basin:N} also the window's File ▸ Export PNG at 1600×600 and 600×900 ({@code N-export-WxH.png},
 * written by its export service: the basin map of the exported rectangle); {@code start:N} at step 0 instead of the last; {@code default:K} the window as it opens (1280×800, no
 * lesson) at step K, as {@code src/docs/screenshots/default.png}; {@code help:K} the window as it opens at
 * 1280×720, step K, with the F1 help overlay shown, as {@code src/docs/screenshots/help-overlay.png};
 * {@code frame:N:K:S:B} lesson N at step K with raced run S selected (0: none) and the main run's batch
 * size set to B (0: as the lesson has it), and beside the window the animated GIF's frame at step K as the
 * window's GIF export paints it ({@code N-frame.png}: the window's overlays, the marks of step K).
 * System properties {@code -Dshots.size=1024x768}, {@code -Dshots.scale=1.5} and {@code -Dshots.present=true}
 * ({@code -Dshots.dataOpen=true}: with a folded data view opened by its button) take every shot at another
 * window size, UI scale, or in presentation mode.
 */
public final class PlotShots {

    private PlotShots() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        Platform.startup(() -> { });
        Platform.setImplicitExit(false);
        Path config = Files.createTempDirectory("gdlab-plotshots");
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
            boolean dark = spec.startsWith("dark:");
            boolean basin = spec.startsWith("basin:");
            boolean start = spec.startsWith("start:");
            boolean help = spec.startsWith("help:");
            boolean opening = spec.startsWith("default:") || help;
            boolean frame = spec.startsWith("frame:");
            String[] parts = spec.split(":");
            int lesson = Integer.parseInt(parts[1]);
            int frameStep = frame ? Integer.parseInt(parts[2]) : 0;
            int selectedRun = frame ? Integer.parseInt(parts[3]) : 0;
            int batch = frame ? Integer.parseInt(parts[4]) : 0;
            String[] size = System.getProperty("shots.size", "").split("x");
            fx(() -> {
                stage[0].setHeight(opening && !help ? 800 : 720);
                if (size.length == 2) {
                    stage[0].setWidth(Double.parseDouble(size[0]));
                    stage[0].setHeight(Double.parseDouble(size[1]));
                }
                if (Boolean.getBoolean("shots.present")) {
                    shell.presentation().present();
                }
                if (System.getProperty("shots.scale") != null) {
                    shell.presentation().setScale(Double.parseDouble(System.getProperty("shots.scale")));
                }
                if (!opening) {
                    shell.lessons().open(lesson);
                }
                shell.presentation().themeProperty().set(dark ? org.gdlab.app.present.Theme.DARK : org.gdlab.app.present.Theme.LIGHT);
                shell.view().basin().enabledProperty().set(basin);
                shell.presentation().helpShownProperty().set(help);
                if (batch > 0) {
                    shell.view().viewModel().batchProperty().set(batch);
                }
                return null;
            });
            settle(shell);
            if (selectedRun > 0) {
                fx(() -> {
                    var race = shell.view().race();
                    race.selectedProperty().set(race.runs().get(selectedRun - 1));
                    return null;
                });
                settle(shell);
            }
            fx(() -> {
                var pb = shell.view().viewModel().playback();
                pb.seek(frame ? frameStep : opening ? lesson : start ? 0 : pb.lastStepProperty().get());
                return null;
            });
            settle(shell);
            if (Boolean.getBoolean("shots.dataOpen")) { // the folded data view opened by its button
                fx(() -> {
                    if (stage[0].getScene().lookup("#dataToggle") instanceof javafx.scene.control.ToggleButton t && t.isVisible()) {
                        t.setSelected(true);
                    }
                    return null;
                });
                settle(shell);
            }
            String name = spec.replace(':', '-');
            var window = fx(() -> stage[0].getScene().snapshot(null));
            ImageIO.write(SwingFXUtils.fromFXImage(window, null), "png", dir.resolve(name + "-window.png").toFile());
            var plot = fx(() -> shell.view().plot().snapshot(null, null));
            ImageIO.write(SwingFXUtils.fromFXImage(plot, null), "png", dir.resolve(name + "-plot.png").toFile());
            var scenario = fx(() -> shell.exports().snapshot());
            var theme = fx(() -> shell.view().plot().theme());
            BufferedImage export = new BufferedImage(1280, 720, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = export.createGraphics();
            new PlotRenderer(scenario).withTheme(theme).paint(g, 1280, 720);
            g.dispose();
            ImageIO.write(export, "png", dir.resolve(name + "-export.png").toFile());
            if (basin) { // File ▸ Export PNG at other aspect ratios than the window's plot
                for (int[] wh : new int[][] {{1600, 600}, {600, 900}}) {
                    Path file = dir.resolve(name + "-export-" + wh[0] + "x" + wh[1] + ".png").toAbsolutePath();
                    fx(() -> {
                        shell.exports().startPng(new org.gdlab.render.ExportSize(wh[0], wh[1]), file);
                        return null;
                    });
                    settle(shell);
                }
            }
            if (frame) { // as GifJob paints the window's GIF
                var look = fx(() -> shell.exports().look());
                BufferedImage f = new BufferedImage(1280, 720, BufferedImage.TYPE_INT_RGB);
                Graphics2D fg = f.createGraphics();
                new PlotRenderer(scenario).withTheme(look.theme()).withSelected(look.selected())
                        .withOverlays(look.overlays()).paintFrame(fg, 1280, 720, frameStep);
                fg.dispose();
                ImageIO.write(f, "png", dir.resolve(name + "-frame.png").toFile());
            }
            System.out.println(name);
        }
        Platform.exit();
        System.exit(0);
    }

    private static void settle(AppShell s) throws Exception {
        fx(() -> null);
        s.view().viewModel().awaitIdle(120, TimeUnit.SECONDS);
        fx(() -> null);
        Thread.sleep(500);
        fx(() -> null);
    }

    private static <T> T fx(Callable<T> c) throws Exception {
        FutureTask<T> task = new FutureTask<>(c);
        Platform.runLater(task);
        return task.get(120, TimeUnit.SECONDS);
    }
}
