package org.gdlab.app.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.gdlab.app.race.RaceViewModel;
import org.gdlab.app.viewmodel.CostWords;
import org.gdlab.core.math.NumberText;
import org.gdlab.core.optim.LineSearchTrace;
import org.gdlab.render.paint.SearchDirectionOverlay;
import org.gdlab.render.paint.TrialPointsOverlay;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The "Line search" tab: the slice chart of the current step (C(w + t·d), J(w + t·d) on data, against t, the Armijo line, the
 * shaded band where the strong curvature condition holds, the trials: accepted filled, rejected hollow),
 * the sentence of {@link SliceViewModel#messageProperty()}, and a check box for the plot's overlays (the
 * trial points, the search direction d_k and BFGS's ellipses: {@link TrialPointsOverlay},
 * {@link SearchDirectionOverlay}, registered with the plot's other overlays in {@code org.gdlab.app.PlotOverlays}).
 * Binds and forwards only.
 */
public final class SliceTab extends Tab {

    private static final Color CURVE = new Color(33, 33, 33);
    private static final Color ARMIJO = new Color(0, 121, 107);
    private static final Color ACCEPTED = new Color(46, 125, 50);
    private static final Color REJECTED = new Color(198, 40, 40);
    private static final Color BAND = new Color(255, 193, 7, 70);

    /** the chart's title and the curve's name, written with C (J on a data surface: {@link CostWords}) */
    private static final String TITLE = "The step along d: C(w + t·d)";
    private static final String CURVE_NAME = "C(w + t·d)";

    private final SliceViewModel model;
    private final XYPlot plot;
    private final JFreeChart chart;
    private final CostWords words;

    /**
     * @param race the runs (the slice follows the selected one); its overlays on the plot are registered
     *     with the others ({@code org.gdlab.app.PlotOverlays})
     */
    public SliceTab(RaceViewModel race) {
        super("Line search");
        setId("sliceTab");
        model = new SliceViewModel(race);
        LogAxis x = new LogAxis("step length t (logarithmic)");
        x.setBase(10);
        x.setSmallestValue(1e-300);
        ChartNumbers.log(x);
        x.setNumberFormatOverride(new TickFormat()); // "0.1", "0.063": t itself, not 10 to a rounded-off power
        words = race.lab().costWords();
        NumberAxis y = new NumberAxis(words.now(CURVE_NAME));
        y.setAutoRangeIncludesZero(false);
        ChartNumbers.linear(y, false);
        for (org.jfree.chart.axis.ValueAxis a : new org.jfree.chart.axis.ValueAxis[] {x, y}) {
            a.setTickLabelFont(StepChart.TICKS);
            a.setLabelFont(StepChart.LABEL);
        }
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer();
        plot = new XYPlot(new XYSeriesCollection(), x, y, r);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(220, 220, 220));
        plot.setRangeGridlinePaint(new Color(220, 220, 220));
        chart = new JFreeChart(words.now(TITLE), new Font("SansSerif", Font.BOLD, 15), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        ChartViewer viewer = new ChartViewer(chart);
        viewer.setId("sliceChart");
        Label message = new Label();
        message.setId("sliceMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        CheckBox onPlot = new CheckBox("On the plot");
        onPlot.setId("sliceOnPlot");
        onPlot.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        onPlot.setTooltip(new javafx.scene.control.Tooltip("The trial points, the search direction d and BFGS's ellipses on the plot"));
        onPlot.selectedProperty().bindBidirectional(model.onPlotProperty());
        HBox bottom = new HBox(12, onPlot, message);
        BorderPane pane = new BorderPane(viewer);
        pane.setBottom(bottom);
        viewer.visibleProperty().bind(model.dataProperty().isNotNull());
        setContent(pane);
        model.dataProperty().addListener((o, was, is) -> show(is));
        words.letterProperty().addListener(o -> { // J(w + t·d) on data, C(w + t·d) on a surface
            chart.setTitle(words.now(TITLE));
            y.setLabel(words.now(CURVE_NAME));
            show(model.dataProperty().get());
        });
        show(model.dataProperty().get());
    }

    /** @return the tab's view model */
    public SliceViewModel model() {
        return model;
    }

    private void show(SliceData d) {
        chart.setNotify(false);
        plot.clearDomainMarkers();
        XYSeriesCollection c = new XYSeriesCollection();
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer();
        if (d != null) {
            XYSeries curve = new XYSeries(words.now(CURVE_NAME), false);
            for (int i = 0; i < d.ts().length; i++) {
                curve.add(d.ts()[i], d.costs()[i]);
            }
            c.addSeries(curve);
            style(r, c.getSeriesCount() - 1, CURVE, true, false, false);
            if (Double.isFinite(d.c1())) {
                XYSeries line = new XYSeries(words.now("Armijo line C(w) + c₁t ∇C·d"), false);
                for (double t : d.ts()) { // a curve on the logarithmic axis
                    line.add(t, d.armijoLine(t));
                }
                c.addSeries(line);
                style(r, c.getSeriesCount() - 1, ARMIJO, true, false, false);
                r.setSeriesStroke(c.getSeriesCount() - 1, new BasicStroke(2f, BasicStroke.CAP_BUTT,
                        BasicStroke.JOIN_MITER, 10f, new float[] {8f, 5f}, 0f));
            }
            XYSeries accepted = new XYSeries("accepted trial", false);
            XYSeries rejected = new XYSeries("rejected trials", false);
            XYSeries above = new XYSeries("rejected, higher than shown", false);
            double top = d.costTop();
            for (LineSearchTrace.Trial t : d.trace().trials()) {
                if (!(t.t() > 0 && t.t() <= d.tMax())) {
                    continue;
                }
                if (!t.accepted() && !(t.cost() <= top)) { // also NaN and +∞: the cost is beyond the chart
                    above.add(t.t(), top);
                } else {
                    (t.accepted() ? accepted : rejected).add(t.t(), t.cost());
                }
            }
            c.addSeries(rejected);
            style(r, c.getSeriesCount() - 1, REJECTED, false, true, false);
            if (above.getItemCount() > 0) {
                c.addSeries(above);
                style(r, c.getSeriesCount() - 1, REJECTED, false, true, false);
                Path2D.Double up = new Path2D.Double();
                up.moveTo(0, -7);
                up.lineTo(6, 4);
                up.lineTo(-6, 4);
                up.closePath();
                r.setSeriesShape(c.getSeriesCount() - 1, up);
            }
            c.addSeries(accepted);
            style(r, c.getSeriesCount() - 1, ACCEPTED, false, true, true);
            for (double[] b : d.band()) {
                IntervalMarker m = new IntervalMarker(b[0], b[1], BAND);
                plot.addDomainMarker(m, Layer.BACKGROUND);
            }
        }
        plot.setRenderer(r);
        plot.setDataset(c);
        if (d != null) {
            double low = d.trace().cost0();
            for (double v : d.costs()) {
                low = Double.isFinite(v) ? Math.min(low, v) : low;
            }
            double top = d.costTop();
            double pad = 0.05 * (top - low);
            plot.getRangeAxis().setRange(low - pad, top + pad);
            plot.getDomainAxis().setRange(d.tLow(), d.tMax());
        }
        chart.setNotify(true);
    }

    /** Tick labels of t with 2 significant digits through {@link NumberText} (the locale never shows). */
    private static final class TickFormat extends java.text.NumberFormat {
        @Override
        public StringBuffer format(double v, StringBuffer to, java.text.FieldPosition pos) {
            return to.append(NumberText.trimmed(v, 2));
        }

        @Override
        public StringBuffer format(long v, StringBuffer to, java.text.FieldPosition pos) {
            return format((double) v, to, pos);
        }

        @Override
        public Number parse(String text, java.text.ParsePosition pos) {
            return null; // ticks are only printed
        }
    }

    private static void style(XYLineAndShapeRenderer r, int s, Color color, boolean line, boolean shape, boolean filled) {
        r.setSeriesPaint(s, color);
        r.setSeriesLinesVisible(s, line);
        r.setSeriesShapesVisible(s, shape);
        r.setSeriesShapesFilled(s, filled);
        r.setSeriesShape(s, new Ellipse2D.Double(-5, -5, 10, 10));
        if (line) {
            r.setSeriesStroke(s, new BasicStroke(2.5f));
        } else {
            r.setSeriesStroke(s, new BasicStroke(2f));
        }
    }
}
