package org.gdlab.app.present;

import javafx.geometry.HPos;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The help overlay (F1 or ?): every key, the mouse and the formula language from {@link KeyHelp}, in two
 * columns over a dimmed window, or in one column that scrolls where two do not fit (a narrow window, a
 * large UI scale): it is never wider than the window. Esc, F1 or a click closes it.
 */
public final class HelpOverlay extends StackPane {

    private final GridPane left;
    private final GridPane right;
    private final FlowPane columns;
    private final VBox box;
    private final ScrollPane scroll;

    public HelpOverlay(PresentationModel model) {
        setId("help-overlay");
        getStyleClass().add("help-overlay");
        int split = KeyHelp.secondColumn();
        GridPane left = keys(KeyHelp.ROWS.subList(0, split));
        GridPane right = keys(KeyHelp.ROWS.subList(split, KeyHelp.ROWS.size()));
        Label title = new Label("GD Lab — keys   (Esc closes)");
        title.getStyleClass().add("help-title");
        FlowPane columns = new FlowPane(Orientation.HORIZONTAL, left, right);
        columns.getStyleClass().add("help-columns");
        columns.setId("help-columns");
        VBox box = new VBox(title, columns);
        box.getStyleClass().add("help-box");
        ScrollPane scroll = new ScrollPane(box);
        scroll.getStyleClass().add("help-scroll");
        scroll.setId("help-scroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        this.left = left;
        this.right = right;
        this.columns = columns;
        this.box = box;
        this.scroll = scroll;
        scroll.setOnMouseClicked(e -> e.consume());
        setAlignment(Pos.CENTER);
        getChildren().add(scroll);
        setOnMouseClicked(e -> model.helpShownProperty().set(false));
        getStylesheets().add(HelpOverlay.class.getResource("help-overlay.css").toExternalForm());
        visibleProperty().bind(model.helpShownProperty());
    }

    /** Two columns side by side where they fit, else one under the other; the card never leaves the window. */
    @Override
    protected void layoutChildren() {
        double room = Math.max(0, getWidth() - 40);
        double pad = box.snappedLeftInset() + box.snappedRightInset() + 4;
        double two = left.prefWidth(-1) + right.prefWidth(-1) + columns.getHgap() + pad;
        double one = Math.max(left.prefWidth(-1), right.prefWidth(-1)) + pad;
        double w = two <= room ? two : Math.min(room, one);
        columns.setPrefWrapLength(w - pad);
        scroll.setPrefWidth(w + 2);
        scroll.setMaxWidth(w + 2);
        scroll.setMaxHeight(Math.max(0, getHeight() - 40));
        super.layoutChildren();
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
