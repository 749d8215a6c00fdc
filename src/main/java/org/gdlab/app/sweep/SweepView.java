package org.gdlab.app.sweep;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.OptionalDouble;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.gdlab.app.charts.ChartNumbers;
import org.gdlab.app.charts.ChartsViewModel;
import org.gdlab.app.controls.Sync;
import org.gdlab.core.sweep.SweepPoint;
import org.gdlab.core.sweep.SweepResult;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.ChartMouseEventFX;
import org.jfree.chart.fx.interaction.ChartMouseListenerFX;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The α sweep tab: the ghost-path toggle, "Run sweep" / "Cancel" with a progress bar and the status, and the
 * chart of the final cost (C − C* where C* is known) after N steps against α, both axes logarithmic, with
 * the divergence regions shaded red, the rule's stability limit at the start marked (2/λmax for GD) and the current α marked. Clicking the
 * chart sets α to the nearest swept value.
 */
public final class SweepView extends VBox {

    private final SweepViewModel vm;
    private final XYPlot plot;
    private final ChartViewer viewer;
    private final ValueMarker current = new ValueMarker(1, new Color(0, 114, 178), new BasicStroke(2.5f));

    public SweepView(SweepViewModel vm, GhostViewModel ghosts) {
        super(4);
        this.vm = vm;
        setId("sweepView");
        setPadding(new Insets(4));
        CheckBox ghost = new CheckBox("Ghost paths");
        ghost.setId("ghosts");
        ghost.selectedProperty().bindBidirectional(ghosts.enabledProperty());
        ghost.disableProperty().bind(ghosts.appliesProperty().not());
        ghost.setTooltip(Sync.tip("Faint paths from the same start with a quarter, half, twice and four times α, "
                + "updated while you drag."));
        Button run = new Button("Run sweep");
        run.setId("sweepRun");
        run.setOnAction(e -> vm.run());
        run.disableProperty().bind(vm.appliesProperty().not());
        run.setTooltip(Sync.tip("The final cost after N steps for 120 values of α on a log scale, for the selected run, "
                + "computed in the background on all cores."));
        Button cancel = new Button("Cancel");
        cancel.setId("sweepCancel");
        cancel.setOnAction(e -> vm.cancel());
        cancel.disableProperty().bind(vm.runningProperty().not());
        ProgressBar bar = new ProgressBar();
        bar.setId("sweepProgress");
        bar.progressProperty().bind(vm.progressProperty());
        bar.setPrefWidth(140);
        Label status = new Label();
        status.setId("sweepStatus");
        status.textProperty().bind(vm.statusProperty());
        for (javafx.scene.control.Control c : new javafx.scene.control.Control[] {ghost, run, cancel}) {
            c.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        // its own line under the buttons, wrapping: a long status ("120 values of α in 148 ms; diverges from
        // α ≈ 0.213. Click the chart to set α.") is never cut
        status.setWrapText(true);
        status.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        status.setMaxWidth(Double.MAX_VALUE);
        HBox controls = new HBox(10, ghost, run, cancel, bar);
        controls.setAlignment(Pos.CENTER_LEFT);

        LogAxis x = new LogAxis("learning rate α");
        LogAxis y = new LogAxis(vm.race().lab().costWords().now("final C − C*"));
        for (LogAxis a : new LogAxis[] {x, y}) {
            a.setBase(10);
            a.setSmallestValue(1e-300);
            a.setTickLabelFont(new Font("SansSerif", Font.PLAIN, 13));
            a.setLabelFont(new Font("SansSerif", Font.BOLD, 14));
            ChartNumbers.log(a);
            a.setStandardTickUnits(wholeDecades()); // 10^-3, 10^-2, … rather than 10^-3.6, 10^-3.4, …
        }
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
        r.setSeriesPaint(0, new Color(64, 64, 64));
        r.setSeriesStroke(0, new BasicStroke(2f));
        r.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-3, -3, 6, 6));
        plot = new XYPlot(new XYSeriesCollection(), x, y, r);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(220, 220, 220));
        plot.setRangeGridlinePaint(new Color(220, 220, 220));
        current.setLabel("α");
        current.setLabelFont(new Font("SansSerif", Font.BOLD, 14));
        current.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        current.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
        JFreeChart chart = new JFreeChart("Final cost after N steps against α", new Font("SansSerif", Font.BOLD, 15), plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        viewer = new ChartViewer(chart);
        viewer.setId("sweepChart");
        viewer.setMinHeight(100);
        viewer.addChartMouseListener(new ChartMouseListenerFX() {
            @Override
            public void chartMouseClicked(ChartMouseEventFX e) {
                MouseEvent m = e.getTrigger();
                if (m.isStillSincePress()) {
                    vm.pick(rateAt(m.getX()));
                }
            }

            @Override
            public void chartMouseMoved(ChartMouseEventFX e) {
            }
        });
        VBox.setVgrow(viewer, Priority.ALWAYS);
        getChildren().addAll(controls, status, viewer);
        plot.addDomainMarker(current, Layer.FOREGROUND);
        // applied at the next layout pass: a hidden tab redraws nothing while α is dragged
        vm.resultProperty().addListener((o, a, res) -> {
            resultDirty = true;
            requestLayoutIfShown();
        });
        vm.race().lab().learningRateProperty().addListener(o -> requestLayoutIfShown());
        vm.race().lab().surfaceProperty().addListener(o -> { // the axis's letter and C* follow the surface
            resultDirty = true;
            requestLayoutIfShown();
        });
        vm.race().selectedProperty().addListener(o -> requestLayoutIfShown());
        shown.addListener(o -> requestLayout()); // shown again: catches up with what changed while hidden
    }

    /**
     * A layout pass to redraw in, only while shown: a request from a hidden tab still climbs to the window,
     * which then runs a layout pass at every α key for a chart no one sees (issue 14).
     */
    private void requestLayoutIfShown() {
        if (shown.get()) {
            requestLayout();
        }
    }

    private boolean resultDirty;
    private final javafx.beans.property.BooleanProperty shown = new javafx.beans.property.SimpleBooleanProperty(this, "shown", true);

    /**
     * @return true while the chart is on screen (its tab selected in the open analysis area; the owner binds
     *     it): a laid-out but hidden tab redraws nothing (JavaFX lays out hidden tabs too, and one α key
     *     redrew this whole chart for its α marker: 13 of 36 sampled pulses), and the chart catches up once shown
     */
    public javafx.beans.property.BooleanProperty shownProperty() {
        return shown;
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        if (!shown.get()) {
            return;
        }
        if (resultDirty) {
            resultDirty = false;
            show(vm.resultProperty().get());
        }
        markCurrent();
    }

    /** @return α under the canvas x (NaN before the first rendering) */
    public double rateAt(double canvasX) {
        var info = viewer.getCanvas().getRenderingInfo();
        if (info == null) {
            return Double.NaN;
        }
        return plot.getDomainAxis().java2DToValue(canvasX, info.getPlotInfo().getDataArea(), plot.getDomainAxisEdge());
    }

    private void markCurrent() {
        var sel = vm.race().selectedProperty().get();
        double a = sel != null ? sel.learningRateProperty().get() : vm.race().lab().learningRateProperty().get();
        if (current.getValue() != a) {
            current.setValue(a); // one chart redraw
        }
    }

    private void show(SweepResult res) {
        plot.getChart().setNotify(false);
        // "final J − J*" on data: the letter of the surface on screen (a cleared chart says it too)
        OptionalDouble cStar = ChartsViewModel.globalMinimum(vm.race().lab().surfaceProperty().get());
        plot.getRangeAxis().setLabel(vm.race().lab().costWords().now(cStar.isPresent() ? "final C − C*" : "final C"));
        if (res == null) { // cleared: the run changed since the sweep
            plot.clearDomainMarkers();
            plot.addDomainMarker(current, Layer.FOREGROUND);
            plot.setDataset(new XYSeriesCollection());
            plot.getChart().setNotify(true);
            return;
        }
        plot.clearDomainMarkers();
        plot.addDomainMarker(current, Layer.FOREGROUND);
        XYSeries s = new XYSeries("final cost", false, true);
        for (SweepPoint p : res.points()) {
            double v = p.finalCost() - cStar.orElse(0);
            if (!p.diverged() && v > 0 && Double.isFinite(v)) {
                s.add(p.learningRate(), v, false);
            }
        }
        plot.setDataset(new XYSeriesCollection(s));
        // the whole swept range, divergent end included (its points have no finite cost to plot)
        plot.getDomainAxis().setRange(res.spec().minRate(), res.spec().maxRate());
        for (double[] region : SweepViewModel.divergenceRegions(res)) {
            IntervalMarker m = new IntervalMarker(region[0], region[1], new Color(213, 0, 0, 60));
            m.setLabel("diverges");
            m.setLabelFont(new Font("SansSerif", Font.BOLD, 14));
            m.setLabelPaint(new Color(180, 0, 0));
            m.setLabelAnchor(RectangleAnchor.TOP);
            m.setLabelTextAnchor(TextAnchor.TOP_CENTER);
            plot.addDomainMarker(m, Layer.BACKGROUND);
        }
        vm.limitProperty().get().ifPresent(l -> {
            ValueMarker m = new ValueMarker(l, new Color(213, 0, 0), new BasicStroke(2.5f, BasicStroke.CAP_BUTT,
                    BasicStroke.JOIN_MITER, 1, new float[] {8, 5}, 0));
            m.setLabel(vm.limitLabelProperty().get());
            m.setLabelFont(new Font("SansSerif", Font.BOLD, 14));
            m.setLabelAnchor(RectangleAnchor.BOTTOM_LEFT);
            m.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
            plot.addDomainMarker(m, Layer.FOREGROUND);
        });
        plot.getChart().setNotify(true);
    }

    /** @return the chart viewer (for tests) */
    public ChartViewer viewer() {
        return viewer;
    }

    /** @return tick units of whole powers of ten (1, 2 or 5 decades apart), so labels read 10⁻³, 10⁻² */
    private static org.jfree.chart.axis.TickUnits wholeDecades() {
        org.jfree.chart.axis.TickUnits units = new org.jfree.chart.axis.TickUnits();
        for (double d : new double[] {1, 2, 5, 10, 20, 50, 100}) {
            units.add(new org.jfree.chart.axis.NumberTickUnit(d, ChartNumbers.format()));
        }
        return units;
    }
}
