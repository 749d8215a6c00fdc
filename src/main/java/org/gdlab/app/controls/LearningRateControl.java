package org.gdlab.app.controls;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.gdlab.app.curvature.StabilityMarker;
import org.gdlab.app.viewmodel.LabViewModel;
import org.gdlab.app.viewmodel.LearningRateScale;
import org.gdlab.app.viewmodel.Numbers;

/**
 * The learning rate in one row for the playback bar, "α [slider with the 2/λmax mark] [field]", bound to
 * the same property as the side panel's: shown there while the side panel's controls are not docked
 * (presentation mode, a drawer), so α stays within reach.
 */
public final class LearningRateControl extends HBox {

    public LearningRateControl(LabViewModel vm) {
        setId("barLearningRate");
        getStyleClass().add("bar-learning-rate");
        setAlignment(Pos.CENTER_LEFT);
        Slider slider = new Slider(Math.log10(LearningRateScale.MIN), Math.log10(LearningRateScale.MAX), -1);
        slider.setId("barLrSlider");
        slider.setFocusTraversable(false);
        slider.setTooltip(Sync.tip("Learning rate α on a logarithmic scale from 1e-5 to 10; the red mark is 2/λmax at the start."));
        Sync.slider(slider, vm.learningRateProperty(), LearningRateScale::toSlider, LearningRateScale::fromSlider);
        StabilityMarker marker = new StabilityMarker(slider, vm);
        marker.setId("barStabilityMarkerBox");
        TextField field = new TextField();
        field.setId("barLrField");
        field.setPrefColumnCount(5);
        field.setTooltip(Sync.tip("Type any positive α and press Enter (shown with three significant digits)."));
        Sync.field(field, vm.learningRateProperty(), Numbers::sig3, Numbers::parsePositive);
        Label alpha = new Label("α");
        alpha.setMinWidth(USE_PREF_SIZE);
        field.setMinWidth(USE_PREF_SIZE);
        // the knob and the field change at every α step: each lays out only itself (FixedCell)
        FixedCell markerCell = new FixedCell(marker);
        FixedCell fieldCell = new FixedCell(field);
        // as wide as the widest α it shows ("0.000500") in its font: it grows with the UI scale (a column count
        // is measured once, in the font of the moment, and the cell around it would keep that width)
        Runnable fit = () -> {
            double text = 0;
            for (String widest : new String[] {"0.000500", "1.23e-5", "0.0500"}) { // three significant digits
                javafx.scene.text.Text t = new javafx.scene.text.Text(widest);
                t.setFont(field.getFont());
                text = Math.max(text, t.getLayoutBounds().getWidth());
            }
            double w = Math.ceil(text + field.snappedLeftInset() + field.snappedRightInset()) + 4;
            if (field.getPrefWidth() != w) {
                field.setPrefWidth(w);
                fieldCell.requestLayout();
            }
        };
        field.fontProperty().addListener(o -> fit.run());
        field.skinProperty().addListener(o -> fit.run());
        field.paddingProperty().addListener(o -> fit.run());
        fit.run();
        HBox.setHgrow(markerCell, Priority.ALWAYS);
        getChildren().addAll(alpha, markerCell, fieldCell);
    }
}
