package org.gdlab.app.charts;

import java.awt.BasicStroke;
import java.awt.Font;
import java.util.List;
import java.util.function.DoubleConsumer;
import javafx.scene.input.MouseEvent;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.ChartMouseEventFX;
import org.jfree.chart.fx.interaction.ChartMouseListenerFX;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;

/**
 * One chart of a quantity against the step k: a {@link ChartViewer} with one line per run in its colour,
 * a vertical cursor at the current step, drag-to-zoom (JFreeChart's own) and click-to-seek.
 */
final class StepChart {

    static final Font TICKS = new Font("SansSerif", Font.PLAIN, 13);
    static final Font LABEL = new Font("SansSerif", Font.BOLD, 14);
    private static final BasicStroke STROKE = new BasicStroke(2.5f);

    private final XYPlot plot;
    private final ChartViewer viewer;
    private final JFreeChart chart;
    private final javafx.scene.shape.Line cursorLine = new javafx.scene.shape.Line();
    private final javafx.scene.layout.StackPane node;
    private double cursor;

    /**
     * @param id the viewer's node id
     * @param title the chart's title
     * @param yLabel the value axis label
     * @param log true for a logarithmic value axis
     * @param onClick receives the step under a click
     */
    StepChart(String id, String title, String yLabel, boolean log, DoubleConsumer onClick) {
        chart = create(title, yLabel, log);
        plot = chart.getXYPlot();
        viewer = new ChartViewer(chart);
        viewer.setId(id);
        viewer.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE); // fill the stack, so canvas and overlay share coordinates
        // the cursor is a JavaFX line over the chart: moving it with the animation redraws no chart
        cursorLine.setStroke(javafx.scene.paint.Color.rgb(200, 0, 0));
        cursorLine.setStrokeWidth(2);
        cursorLine.setManaged(false);
        cursorLine.setMouseTransparent(true);
        javafx.scene.layout.Pane overlay = new javafx.scene.layout.Pane(cursorLine);
        overlay.setMouseTransparent(true);
        node = new javafx.scene.layout.StackPane(viewer, overlay);
        chart.addChangeListener(e -> placeCursor()); // after the viewer's own listener has redrawn
        viewer.getCanvas().widthProperty().addListener(o -> placeCursor()); // after the canvas redrew at its new size
        viewer.getCanvas().heightProperty().addListener(o -> placeCursor());
        viewer.addChartMouseListener(new ChartMouseListenerFX() {
            @Override
            public void chartMouseClicked(ChartMouseEventFX e) {
                MouseEvent m = e.getTrigger();
                if (m.isStillSincePress()) {
                    onClick.accept(stepAt(m.getX()));
                }
            }

            @Override
            public void chartMouseMoved(ChartMouseEventFX e) {
            }
        });
    }

    /**
     * @return a chart of the quantity against k with no series yet: its lines are drawn by an
     *     {@link EnvelopeRenderer} (per pixel column the least and greatest value)
     */
    static JFreeChart create(String title, String yLabel, boolean log) {
        NumberAxis x = new NumberAxis("step k");
        x.setAutoRangeIncludesZero(true);
        ChartNumbers.linear(x, true);
        ValueAxis y;
        if (log) {
            LogAxis la = new LogAxis(yLabel);
            la.setBase(10);
            la.setSmallestValue(1e-300);
            la.setMinorTickMarksVisible(true);
            ChartNumbers.log(la);
            y = la;
        } else {
            NumberAxis na = new NumberAxis(yLabel);
            na.setAutoRangeIncludesZero(true); // a constant α reads as a flat line, not as noise
            ChartNumbers.linear(na, false);
            y = na;
        }
        for (ValueAxis a : List.of(x, y)) {
            a.setTickLabelFont(TICKS);
            a.setLabelFont(LABEL);
        }
        XYPlot plot = new XYPlot(new SeriesDataset(List.of()), x, y, new EnvelopeRenderer());
        plot.setBackgroundPaint(java.awt.Color.WHITE);
        plot.setDomainGridlinePaint(new java.awt.Color(220, 220, 220));
        plot.setRangeGridlinePaint(new java.awt.Color(220, 220, 220));
        JFreeChart chart = new JFreeChart(title, new Font("SansSerif", Font.BOLD, 15), plot, false);
        chart.setBackgroundPaint(java.awt.Color.WHITE);
        return chart;
    }

    /** Replace the lines of {@code chart} (one made by {@link #create}): one redraw however much changes. */
    static void setSeries(JFreeChart chart, List<ChartSeries> series, String yLabel) {
        XYPlot plot = chart.getXYPlot();
        chart.setNotify(false);
        SeriesDataset d = new SeriesDataset(series);
        XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) plot.getRenderer();
        for (int s = 0; s < series.size(); s++) {
            r.setSeriesPaint(s, d.color(s), false);
            r.setSeriesStroke(s, STROKE, false);
        }
        plot.getRangeAxis().setLabel(yLabel);
        plot.setDataset(d);
        chart.setNotify(true);
    }

    /** @param on true: draw through every point (the old way, the benchmark's reference) */
    void setEveryPoint(boolean on) {
        ((EnvelopeRenderer) plot.getRenderer()).setEveryPoint(on);
    }

    /** @return the step k under the canvas x coordinate (NaN before the first rendering) */
    double stepAt(double canvasX) {
        var info = viewer.getCanvas().getRenderingInfo();
        if (info == null) {
            return Double.NaN;
        }
        return plot.getDomainAxis().java2DToValue(canvasX, info.getPlotInfo().getDataArea(), plot.getDomainAxisEdge());
    }

    /** @return the canvas x of step k (NaN before the first rendering) */
    double xOf(double k) {
        var info = viewer.getCanvas().getRenderingInfo();
        if (info == null) {
            return Double.NaN;
        }
        return plot.getDomainAxis().valueToJava2D(k, info.getPlotInfo().getDataArea(), plot.getDomainAxisEdge());
    }

    /** Replace the lines: one chart redraw however many properties change. */
    void setSeries(List<ChartSeries> series, String yLabel) {
        setSeries(chart, series, yLabel);
    }

    void setCursor(int k) {
        cursor = k;
        placeCursor();
    }

    private void placeCursor() {
        var info = viewer.getCanvas().getRenderingInfo();
        if (info == null || info.getPlotInfo().getDataArea().getWidth() <= 0) {
            cursorLine.setVisible(false);
            return;
        }
        var area = info.getPlotInfo().getDataArea();
        double x = xOf(cursor);
        cursorLine.setVisible(x >= area.getMinX() - 0.5 && x <= area.getMaxX() + 0.5);
        cursorLine.setStartX(x);
        cursorLine.setEndX(x);
        cursorLine.setStartY(area.getMinY());
        cursorLine.setEndY(area.getMaxY());
    }

    /** @return the step the cursor marks */
    double cursor() {
        return cursor;
    }

    /** @return the canvas x where the cursor line is drawn (NaN when hidden) */
    double cursorX() {
        return cursorLine.isVisible() ? cursorLine.getStartX() : Double.NaN;
    }

    /** @return the chart with its cursor overlay */
    javafx.scene.Node node() {
        return node;
    }

    void resetZoom() {
        plot.getDomainAxis().setAutoRange(true);
        plot.getRangeAxis().setAutoRange(true);
    }

    ChartViewer viewer() {
        return viewer;
    }

    /** @return the JFreeChart drawn by this chart (for export; touch it on the JavaFX thread only) */
    JFreeChart chart() {
        return chart;
    }
}
