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

/**
 * The help overlay (F1 or ?): every key, the mouse and the formula language from {@link KeyHelp}, in two
 * columns over a dimmed window. Esc, F1 or a click closes it.
 */
public final class HelpOverlay extends StackPane {

    public HelpOverlay(PresentationModel model) {
        setId("help-overlay");
        getStyleClass().add("help-overlay");
        int split = KeyHelp.secondColumn();
        GridPane left = keys(KeyHelp.ROWS.subList(0, split));
        GridPane right = keys(KeyHelp.ROWS.subList(split, KeyHelp.ROWS.size()));
        Label title = new Label("GD Lab — keys   (Esc closes)");
        title.getStyleClass().add("help-title");
        HBox columns = new HBox(left, right);
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

    private static GridPane keys(java.util.List<KeyHelp.Row> rows) {
        GridPane keys = new GridPane();
        keys.getStyleClass().add("help-keys");
        keys.getColumnConstraints().addAll(new ColumnConstraints(), new ColumnConstraints());
        keys.getColumnConstraints().get(0).setHalignment(HPos.RIGHT);
        int row = 0;
        for (KeyHelp.Row r : rows) {
            if (r.heading()) {
                Label h = new Label(r.action());
                h.getStyleClass().add("help-heading");
                GridPane.setHalignment(h, HPos.LEFT);
                keys.add(h, 0, row++, 2, 1);
            } else {
                Label k = new Label(r.keys());
                k.getStyleClass().add("help-key");
                Label a = new Label(r.action());
                a.getStyleClass().add("help-action");
                keys.addRow(row++, k, a);
            }
        }
        return keys;
    }
}
