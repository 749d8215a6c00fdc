package org.gdlab.app.data;

import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableDoubleValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * Where the data view sits, as {@link DataViewPlacement} says at the window's size and UI scale: in the
 * plot's row at the width it gives, or folded, when the plot would lose its share of the window: then the
 * "Data" button ({@code #dataToggle}) at the plot area's bottom right opens the view over the plot's right
 * part, above the button, and closes it again. Moves the view between the row and the plot area; no
 * other logic.
 */
public final class DataDock {

    private final DataView view;
    private final HBox row;
    private final StackPane area;
    private final ObservableDoubleValue scale;
    private final ObservableBooleanValue presenting;
    private final ToggleButton toggle = new ToggleButton("Data");
    private final ReadOnlyBooleanWrapper folded = new ReadOnlyBooleanWrapper(this, "folded", false);

    /**
     * @param view       the data view, already in the row (after the plot)
     * @param row        the plot's row
     * @param area       the plot area (a stack over the row)
     * @param scale      the UI scale
     * @param presenting true while presenting
     */
    public DataDock(DataView view, HBox row, StackPane area, ObservableDoubleValue scale, ObservableBooleanValue presenting) {
        this.view = view;
        this.row = row;
        this.area = area;
        this.scale = scale;
        this.presenting = presenting;
        view.visibleProperty().bind(view.viewModel().dataModeProperty().and(folded.not().or(toggle.selectedProperty())));
        view.managedProperty().bind(view.visibleProperty());
        HBox.setHgrow(view, Priority.NEVER);
        view.setMinWidth(0);
        view.setMaxWidth(Region.USE_PREF_SIZE);
        toggle.setId("dataToggle");
        toggle.setFocusTraversable(false);
        toggle.setTooltip(new Tooltip("Show the data and the model's fit over the plot (at this size there is no room beside it)"));
        toggle.visibleProperty().bind(view.viewModel().dataModeProperty().and(folded));
        toggle.managedProperty().bind(toggle.visibleProperty());
        StackPane.setAlignment(toggle, Pos.BOTTOM_RIGHT);
        area.getChildren().add(toggle);
        for (Observable o : new Observable[] {area.widthProperty(), area.heightProperty(), scale, presenting,
                view.viewModel().dataModeProperty()}) {
            o.addListener(x -> place());
        }
        area.sceneProperty().addListener((o, was, is) -> {
            if (is != null) {
                is.widthProperty().addListener(x -> place());
                is.heightProperty().addListener(x -> place());
            }
        });
    }

    /** @return true while the data view is folded behind its button (whether or not the button opened it) */
    public ReadOnlyBooleanProperty foldedProperty() {
        return folded.getReadOnlyProperty();
    }

    /** Places the view, in data mode only: on a surface nothing moves (the view is hidden). */
    private void place() {
        if (!view.viewModel().dataModeProperty().get()) {
            return;
        }
        double u = scale.get();
        var scene = area.getScene();
        double windowW = scene == null ? area.getWidth() : scene.getWidth();
        double windowH = scene == null ? area.getHeight() : scene.getHeight();
        double rowW = area.getWidth();
        double w = DataViewPlacement.of(presenting.get()).width(windowW, windowH, rowW, area.getHeight(), u);
        boolean fold = w == 0 && rowW > 0;
        if (fold != folded.get()) {
            toggle.setSelected(false);
            ((Pane) view.getParent()).getChildren().remove(view);
            if (fold) {
                StackPane.setAlignment(view, Pos.CENTER_RIGHT);
                area.getChildren().add(view);
                toggle.toFront();
            } else {
                row.getChildren().add(Math.min(1, row.getChildren().size()), view);
            }
            folded.set(fold);
        }
        double opened = Math.min(rowW, Math.max(DataViewPlacement.SHARE * rowW, 2 * DataViewPlacement.MIN_WIDTH * u));
        view.setPrefWidth(fold ? opened : w);
        // opened over the plot, it ends above its button (which stays, to close it)
        StackPane.setMargin(view, fold ? new Insets(0, 0, toggle.prefHeight(-1) + 8 * u, 0) : Insets.EMPTY);
        StackPane.setMargin(toggle, new Insets(0, 4 * u, 4 * u, 0));
    }
}
