package org.gdlab.app.curvature;

import javafx.beans.Observable;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import org.gdlab.app.controls.Sync;
import org.gdlab.app.viewmodel.LabViewModel;
import org.gdlab.app.viewmodel.LearningRateScale;
import org.gdlab.core.math.Vec2;

/**
 * The α slider with a red mark at 2/λmax of the start point (hidden where λmax ≤ 0 or the limit is off the
 * slider's range), and a label with the ratio α·λmax/2 in words. Wraps the slider: put this node where the
 * slider was and {@link #ratioLabel()} below it.
 */
public final class StabilityMarker extends StackPane {

    private final Slider slider;
    private final LabViewModel vm;
    private final Pane overlay = new Pane();
    private final Line line = new Line();
    private final Polygon tip = new Polygon();
    private final Label words = new Label();
    private StabilityLimit limit;

    public StabilityMarker(Slider slider, LabViewModel vm) {
        this.slider = slider;
        this.vm = vm;
        setId("stabilityMarkerBox");
        overlay.setMouseTransparent(true);
        overlay.setManaged(true);
        line.setStroke(Color.rgb(213, 0, 0));
        line.setStrokeWidth(3);
        tip.setFill(Color.rgb(213, 0, 0));
        tip.setId("stabilityMarker");
        overlay.getChildren().addAll(line, tip);
        getChildren().addAll(slider, overlay);
        words.setId("stabilityRatio");
        words.setWrapText(true);
        words.setTooltip(Sync.tip("The red mark on the slider is 2/λmax at the start point: on the local quadratic model "
                + "gradient descent is stable below it and diverges above it."));
        for (Observable o : new Observable[] {vm.surfaceProperty(), vm.startXProperty(), vm.startYProperty(), vm.learningRateProperty()}) {
            o.addListener(x -> refresh());
        }
        slider.widthProperty().addListener(x -> requestLayout());
        refresh();
    }

    private void refresh() {
        if (vm.surfaceProperty().get() == null) {
            return;
        }
        limit = StabilityLimit.at(vm.surfaceProperty().get(), new Vec2(vm.startXProperty().get(), vm.startYProperty().get()),
                vm.learningRateProperty().get());
        words.setText(limit.words());
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        boolean show = limit != null && limit.limit().isPresent();
        double v = show ? LearningRateScale.toSlider(limit.limit().getAsDouble()) : 0;
        show = show && v >= slider.getMin() && v <= slider.getMax();
        line.setVisible(show);
        tip.setVisible(show);
        if (!show) {
            return;
        }
        Node track = slider.lookup(".track");
        double left = 0;
        double width = slider.getWidth();
        if (track != null) {
            Bounds b = track.getBoundsInParent();
            left = b.getMinX();
            width = b.getWidth();
        }
        double x = snapPositionX(left + (v - slider.getMin()) / (slider.getMax() - slider.getMin()) * width);
        double h = getHeight();
        line.setStartX(x);
        line.setEndX(x);
        line.setStartY(h * 0.5 - 9);
        line.setEndY(h * 0.5 + 9);
        tip.getPoints().setAll(x - 6, 0.0, x + 6, 0.0, x, 7.0);
    }

    /** @return the label "α is 1.3× the stability limit here" */
    public Label ratioLabel() {
        return words;
    }

    /** @return the marker's x in this node's coordinates (NaN when hidden), for tests */
    public double markerX() {
        return line.isVisible() ? line.getStartX() : Double.NaN;
    }
}
