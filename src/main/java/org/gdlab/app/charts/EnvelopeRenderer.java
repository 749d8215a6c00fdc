package org.gdlab.app.charts;

import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYDataset;

/**
 * Draws each series of a {@link SeriesDataset} as one path through its {@link ColumnEnvelope} at the data
 * area's pixel columns: at most 2w + 4 points per run for a w pixels wide chart however many steps it has,
 * and still every column's least and greatest value (a value that alternates ±1 fills the band from −1 to
 * +1). Zoomed, the columns cover the visible steps only. Values a logarithmic axis cannot place (≤ 0) and
 * non-finite values are left out.
 *
 * <p>{@link #everyPointProperty() Every point} draws through each point as JFreeChart's own line renderer
 * does: the reference {@code RaceBenchmark} compares with. Mutable; used on the JavaFX thread.
 */
final class EnvelopeRenderer extends XYLineAndShapeRenderer {

    private static final long serialVersionUID = 1L;

    private boolean everyPoint;
    private transient double[] bx = new double[0];
    private transient double[] by = new double[0];

    EnvelopeRenderer() {
        super(true, false);
        setDrawSeriesLineAsPath(true); // in the every-point reference: one path per series
    }

    /** @param on true: draw through every point (the reference the benchmark compares with) */
    void setEveryPoint(boolean on) {
        everyPoint = on;
        fireChangeEvent();
    }

    /** @return whether every point is drawn */
    boolean everyPoint() {
        return everyPoint;
    }

    @Override
    public XYItemRendererState initialise(Graphics2D g2, Rectangle2D dataArea, XYPlot plot, XYDataset data,
            PlotRenderingInfo info) {
        XYItemRendererState state = super.initialise(g2, dataArea, plot, data, info);
        if (!everyPoint) {
            state.setProcessVisibleItemsOnly(false); // item 0 is always visited: the whole series is drawn there
        }
        return state;
    }

    @Override
    public void drawItem(Graphics2D g2, XYItemRendererState state, Rectangle2D dataArea, PlotRenderingInfo info,
            XYPlot plot, ValueAxis domainAxis, ValueAxis rangeAxis, XYDataset dataset, int series, int item,
            CrosshairState crosshair, int pass) {
        if (everyPoint || !(dataset instanceof SeriesDataset d)) {
            super.drawItem(g2, state, dataArea, info, plot, domainAxis, rangeAxis, dataset, series, item, crosshair, pass);
            return;
        }
        if (item != 0 || !isLinePass(pass) || !getItemVisible(series, item)) {
            return;
        }
        ChartSeries s = d.series(series);
        int columns = Math.max(1, (int) Math.ceil(dataArea.getWidth()));
        int cap = ColumnEnvelope.capacity(columns);
        if (bx == null || bx.length < cap) {
            bx = new double[cap];
            by = new double[cap];
        }
        int n = ColumnEnvelope.reduce(s.steps(), s.values(), domainAxis.getLowerBound(), domainAxis.getUpperBound(),
                columns, rangeAxis instanceof LogAxis, bx, by);
        if (n == 0) {
            return;
        }
        var xEdge = plot.getDomainAxisEdge();
        var yEdge = plot.getRangeAxisEdge();
        Path2D.Double path = new Path2D.Double(Path2D.WIND_NON_ZERO, n + 1);
        for (int j = 0; j < n; j++) {
            double px = domainAxis.valueToJava2D(bx[j], dataArea, xEdge);
            double py = rangeAxis.valueToJava2D(by[j], dataArea, yEdge);
            if (j == 0) {
                path.moveTo(px, py);
            } else {
                path.lineTo(px, py);
            }
        }
        if (n == 1) {
            path.lineTo(path.getCurrentPoint().getX(), path.getCurrentPoint().getY()); // one point: a dot
        }
        g2.setPaint(getItemPaint(series, item));
        g2.setStroke(getItemStroke(series, item));
        g2.draw(path);
    }
}
