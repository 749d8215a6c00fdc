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

/**
 * The α slider with a red mark at the step-size limit of the run's rule at the start point (2/λmax for
 * gradient descent; hidden for rules without one, where λmax ≤ 0, or where the limit is off the slider's
 * range), and a label saying where α stands against it ({@link LabViewModel#alphaHintProperty()}, from the
 * core's explainer). Wraps the slider: put this node where the slider was and {@link #ratioLabel()} below it.
 */
public final class StabilityMarker extends StackPane {

    private final Slider slider;
    private final LabViewModel vm;
    private final Pane overlay = new Pane();
    private final Line line = new Line();
    private final Polygon tip = new Polygon();
    private final Label words = new Label();

    public StabilityMarker(Slider slider, LabViewModel vm) {
        this.slider = slider;
        this.vm = vm;
        setId("stabilityMarkerBox");
        overlay.setMouseTransparent(true);
        // the mark never sizes the slider's box: unmanaged, laid over it in layoutChildren (its line and tip
        // took part in the box's preferred height, which the tip's position fed back into)
        overlay.setManaged(false);
        line.setStroke(Color.rgb(213, 0, 0));
        line.setStrokeWidth(3);
        tip.setFill(Color.rgb(213, 0, 0));
        tip.setId("stabilityMarker");
        overlay.getChildren().addAll(line, tip);
        getChildren().addAll(slider, overlay);
        words.setId("stabilityRatio");
        words.setWrapText(true);
        words.setTooltip(Sync.tip("The red mark on the slider is the stability limit of the run's rule at the start point "
                + "(2/λmax for gradient descent): on the local quadratic model the rule is stable below it and diverges "
                + "above it. Away from the start the curvature, and so the limit, may differ."));
        words.textProperty().bind(vm.alphaHintProperty());
        for (Observable o : new Observable[] {vm.stepSizeLimitProperty(), slider.widthProperty()}) {
            o.addListener(x -> requestLayout());
        }
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        overlay.resizeRelocate(0, 0, getWidth(), getHeight());
        double limit = vm.stepSizeLimitProperty().get();
        boolean show = limit > 0 && Double.isFinite(limit);
        double v = show ? LearningRateScale.toSlider(limit) : 0;
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
        // only a moved mark touches the tip: new points (even equal ones) change its bounds, which asks this
        // node for another layout pass, which set them again: the window pulsed at 60 Hz while idle (issue 14)
        java.util.List<Double> points = java.util.List.of(x - 6, 0.0, x + 6, 0.0, x, 7.0);
        if (!tip.getPoints().equals(points)) {
            tip.getPoints().setAll(points);
        }
    }

    /** @return the label "α is 1.3× the stability limit 2/λmax = 0.200 at the start." */
    public Label ratioLabel() {
        return words;
    }

    /** @return the marker's x in this node's coordinates (NaN when hidden), for tests */
    public double markerX() {
        return line.isVisible() ? line.getStartX() : Double.NaN;
    }
}
