package org.gdlab.app.charts;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.gdlab.app.controls.Sync;
import org.jfree.chart.fx.ChartViewer;

/**
 * The three charts side by side: cost (log), |∇C| (log) and α against the step, one line per visible run,
 * a red cursor at the current step. Click a chart to move the animation there; drag a rectangle to zoom;
 * "Reset zoom" shows everything again.
 */
public final class ChartsView extends VBox {

    private final ChartsViewModel vm;
    private final StepChart cost;
    private final StepChart gradient;
    private final StepChart rate;

    public ChartsView(ChartsViewModel vm) {
        super(4);
        this.vm = vm;
        setId("charts");
        cost = new StepChart("costChart", "Cost", "C", true, vm::seek);
        gradient = new StepChart("gradientChart", "Gradient norm", "|∇C|", true, vm::seek);
        rate = new StepChart("rateChart", "Learning rate", "α_k", false, vm::seek);
        HBox charts = new HBox(6);
        for (StepChart c : List.of(cost, gradient, rate)) {
            javafx.scene.layout.Region n = (javafx.scene.layout.Region) c.node();
            HBox.setHgrow(n, Priority.ALWAYS);
            n.setPrefWidth(300);
            n.setMinSize(120, 100);
            charts.getChildren().add(n);
        }
        VBox.setVgrow(charts, Priority.ALWAYS);
        Button reset = new Button("Reset zoom");
        reset.setId("chartsReset");
        reset.setOnAction(e -> List.of(cost, gradient, rate).forEach(StepChart::resetZoom));
        reset.setTooltip(Sync.tip("Show every step again after zooming (drag a rectangle on a chart to zoom)."));
        Label hint = new Label("Click a chart to move the animation to that step · drag to zoom");
        HBox bar = new HBox(10, reset, hint);
        bar.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(charts, bar);
        setPadding(new Insets(4));
        // a change only marks the charts stale; the next layout pass of the pulse draws them, once however
        // many changes came (the main run's and each racing run's publications of one slider movement), and
        // only while they are on screen; shown again, they catch up
        vm.dataProperty().addListener(o -> {
            stale = true;
            requestLayout();
        });
        shown.addListener((o, was, is) -> {
            if (is) {
                requestLayout();
            }
        });
        vm.race().lab().playback().stepProperty().addListener((o, a, k) -> cursor(k.intValue()));
        cursor(vm.cursor());
    }

    private boolean stale = true;
    private int redraws;
    private final javafx.beans.property.BooleanProperty shown =
            new javafx.beans.property.SimpleBooleanProperty(this, "shown", true);

    /**
     * @return whether the charts are on screen (their tab selected in an open analysis area; bound by
     *     {@link AnalysisTabs}): while false, changes are only remembered
     */
    public javafx.beans.property.BooleanProperty shownProperty() {
        return shown;
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        if (stale && shown.get() && isTreeShown()) {
            flush();
        }
    }

    /** @return whether this view and every parent up to the scene's root are visible */
    private boolean isTreeShown() {
        if (getScene() == null) {
            return false;
        }
        for (javafx.scene.Node n = this; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** Apply the newest data now (tests, benchmarks, export). */
    public void flush() {
        stale = false;
        redraws++;
        show(vm.dataProperty().get());
    }

    /** @return whether a change waits to be drawn */
    public boolean stale() {
        return stale;
    }

    /** @return how many times the charts took new data */
    public int redraws() {
        return redraws;
    }

    /**
     * @param on true: the charts draw a line through every point of a series instead of each pixel column's
     *     least and greatest value (the reference {@code RaceBenchmark} measures against; not in the UI)
     */
    public void setEveryPoint(boolean on) {
        for (StepChart c : List.of(cost, gradient, rate)) {
            c.setEveryPoint(on);
        }
    }

    private void show(ChartData d) {
        cost.setSeries(d.cost(), d.costLabel());
        gradient.setSeries(d.gradient(), d.gradientLabel());
        rate.setSeries(d.rate(), "α_k");
    }

    private void cursor(int k) {
        for (StepChart c : List.of(cost, gradient, rate)) {
            c.setCursor(k);
        }
    }

    /** @return the cost chart's viewer (for tests) */
    public ChartViewer costViewer() {
        return cost.viewer();
    }

    /** @return the step where the cost chart's cursor is drawn */
    public double costCursor() {
        return cost.cursor();
    }

    /** @return the x of the cost chart's cursor line in its canvas (NaN when hidden) */
    public double costCursorX() {
        return cost.cursorX();
    }

    /** @return the x of step k in the cost chart's canvas (NaN before it was drawn) */
    public double costChartX(double k) {
        return cost.xOf(k);
    }

    /**
     * @return the three charts (cost, gradient norm, learning rate), for export on the JavaFX thread; brought
     *     up to date first (hidden charts hold what they last showed)
     */
    public List<org.jfree.chart.JFreeChart> charts() {
        if (stale) {
            flush();
        }
        return List.of(cost.chart(), gradient.chart(), rate.chart());
    }
}
