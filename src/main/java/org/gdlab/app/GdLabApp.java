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
        stage.setScene(shell.createScene(Math.min(WIDTH, screen.getWidth()), Math.min(HEIGHT, screen.getHeight())));
        stage.setTitle("GD Lab");
        stage.setMinWidth(1024);
        stage.setMinHeight(640);
        stage.getIcons().setAll(org.gdlab.app.desktop.AboutBox.icons());
        stage.show();
        view.plot().requestFocus();
        org.gdlab.app.desktop.OpenedFiles.deliverTo(shell.fileMenu()::open, getParameters().getRaw());
    }

    /** @return a new main view on a new view model that publishes on the JavaFX thread */
    public static MainView createView() {
        return new MainView(new LabViewModel(Platform::runLater));
    }

    /** @return the scene with the app's style sheet */
    public static Scene createScene(MainView view, double width, double height) {
        Scene scene = new Scene(view, width, height);
        scene.getStylesheets().add(GdLabApp.class.getResource("gdlab.css").toExternalForm());
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
