package org.gdlab.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The JavaFX application: opens the main window. */
public final class GdLabApp extends Application {

    @Override
    public void start(Stage stage) {
        Label label = new Label("GD Lab");
        label.setId("title");
        stage.setScene(new Scene(new StackPane(label), 1280, 800));
        stage.setTitle("GD Lab");
        stage.show();
    }
}
