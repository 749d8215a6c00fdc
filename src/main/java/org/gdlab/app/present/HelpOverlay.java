package org.gdlab.app.present;

import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.gdlab.app.controls.HelpText;

/**
 * The help overlay (F1 or ?): every key from {@link KeyHelp} on the left, the mouse and the formula
 * language from {@link HelpText} on the right, over a dimmed window. Esc, F1 or a click closes it.
 */
public final class HelpOverlay extends StackPane {

    public HelpOverlay(PresentationModel model) {
        setId("help-overlay");
        getStyleClass().add("help-overlay");
        GridPane keys = new GridPane();
        keys.getStyleClass().add("help-keys");
        keys.getColumnConstraints().addAll(new ColumnConstraints(), new ColumnConstraints());
        keys.getColumnConstraints().get(0).setHalignment(HPos.RIGHT);
        int row = 0;
        for (KeyHelp.Row r : KeyHelp.ROWS) {
            if (r.heading()) {
                Label h = new Label(r.action());
                h.getStyleClass().add("help-heading");
                keys.add(h, 0, row++, 2, 1);
            } else {
                Label k = new Label(r.keys());
                k.getStyleClass().add("help-key");
                Label a = new Label(r.action());
                a.getStyleClass().add("help-action");
                keys.addRow(row++, k, a);
            }
        }
        String text = HelpText.TEXT;
        int mouse = text.indexOf("Mouse on the plot");
        Label more = new Label(mouse >= 0 ? text.substring(mouse).strip() : text);
        more.getStyleClass().addAll("mono", "help-more");
        Label title = new Label("GD Lab — keys   (Esc closes)");
        title.getStyleClass().add("help-title");
        HBox columns = new HBox(keys, more);
        columns.getStyleClass().add("help-columns");
        VBox box = new VBox(title, columns);
        box.getStyleClass().add("help-box");
        box.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        ScrollPane scroll = new ScrollPane(box);
        scroll.getStyleClass().add("help-scroll");
        scroll.setFitToWidth(false);
        scroll.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        scroll.setOnMouseClicked(e -> e.consume());
        setAlignment(Pos.CENTER);
        getChildren().add(scroll);
        setOnMouseClicked(e -> model.helpShownProperty().set(false));
        getStylesheets().add(HelpOverlay.class.getResource("help-overlay.css").toExternalForm());
        visibleProperty().bind(model.helpShownProperty());
    }
}
