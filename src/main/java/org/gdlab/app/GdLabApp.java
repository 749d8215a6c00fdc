package org.gdlab.app;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.gdlab.app.viewmodel.LabViewModel;

/** The JavaFX application: opens the main window (1280×800, usable down to 1024×640). */
public final class GdLabApp extends Application {

    /** default window width */
    public static final double WIDTH = 1280;
    /** default window height */
    public static final double HEIGHT = 800;

    private MainView view;
    private AppShell shell;

    @Override
    public void start(Stage stage) {
        view = createView();
        shell = new AppShell(view, new org.gdlab.app.scenario.AppConfig(org.gdlab.app.scenario.AppConfig.defaultDirectory()),
                org.gdlab.app.scenario.FilePicker.system());
        shell.restoreSession();
        // fit a small screen (a 1280×720 projector) instead of hanging off it
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        double[] size = size(System.getProperty("gdlab.size"));
        stage.setScene(shell.createScene(Math.min(size[0], screen.getWidth()), Math.min(size[1], screen.getHeight())));
        stage.setTitle("GD Lab");
        stage.setMinWidth(1024);
        stage.setMinHeight(640);
        stage.getIcons().setAll(org.gdlab.app.desktop.AboutBox.icons());
        stage.show();
        view.plot().requestFocus();
        if (Boolean.getBoolean("gdlab.timeline")) {
            // src/bench/latency/timeline.sh lays these moments beside its input and the frames it grabbed
            Timeline.install(stage.getScene(), view.viewModel(), System.out, java.time.Clock.systemUTC());
        }
        if (Boolean.getBoolean("gdlab.latency")) {
            // src/bench/latency/latency.sh reads where to drag and which pixels to watch, once the layout has settled
            javafx.animation.PauseTransition settle = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(4));
            settle.setOnFinished(e -> {
                printBounds("slider", stage.getScene().lookup("#lrSlider"));
                printBounds("watch", view.plot());
                for (String id : new String[] {"param-kappa", "param-theta", "tuneLive", "timeline"}) {
                    printBounds(id, stage.getScene().lookup("#" + id));
                }
                // w_0 on the screen: the scrubber's changes (the current point leaving the start) lie about it
                org.gdlab.render.paint.PlotTransform t = view.viewModel().plot().transformProperty().get();
                javafx.geometry.Point2D w0 = view.plot().localToScreen(t.sx(view.viewModel().startXProperty().get()),
                        t.sy(view.viewModel().startYProperty().get()));
                System.out.println("LATENCY start " + Math.round(w0.getX()) + " " + Math.round(w0.getY()) + " 0 0");
                System.out.println("LATENCY end 0 0 0 0");
            });
            settle.play();
        }
        org.gdlab.app.desktop.OpenedFiles.deliverTo(shell.fileMenu()::open, getParameters().getRaw());
    }

    /** @return the window size from {@code -Dgdlab.size=WxH} (for the latency script), else 1280×800 */
    static double[] size(String wxh) {
        if (wxh != null && wxh.matches("\\d+x\\d+")) {
            String[] p = wxh.split("x");
            return new double[] {org.gdlab.core.math.NumberText.parse(p[0]).orElse(WIDTH),
                org.gdlab.core.math.NumberText.parse(p[1]).orElse(HEIGHT)};
        }
        return new double[] {WIDTH, HEIGHT};
    }

    private static void printBounds(String name, javafx.scene.Node n) {
        javafx.geometry.Bounds b = n.localToScreen(n.getBoundsInLocal());
        System.out.println("LATENCY " + name + " " + Math.round(b.getMinX()) + " " + Math.round(b.getMinY()) + " "
                + Math.round(b.getWidth()) + " " + Math.round(b.getHeight()));
    }

    /** @return a new main view on a new view model that publishes on the JavaFX thread */
    public static MainView createView() {
        return new MainView(new LabViewModel(Platform::runLater));
    }

    /** @return the scene with the app's style sheet */
    public static Scene createScene(MainView view, double width, double height) {
        return prepare(new Scene(view, width, height), view);
    }

    /**
     * What every scene showing a main view needs: the app's style sheet, and its frames told to the view
     * model's background, so that work which would slow the drawing of a change (a new surface's picture)
     * starts once it is drawn.
     *
     * @return scene
     */
    static Scene prepare(Scene scene, MainView view) {
        scene.getStylesheets().add(GdLabApp.class.getResource("gdlab.css").toExternalForm());
        view.viewModel().background().setFrameDrawn(new DrawnFrames(scene, DrawnFrames.SHOWN));
        return scene;
    }

    @Override
    public void stop() {
        if (shell != null) {
            shell.saveSession();
        }
        if (view != null) {
            view.dispose();
        }
    }
}
