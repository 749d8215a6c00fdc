package org.gdlab.app.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

/**
 * What a chart draws, read from its pixels (JFreeChart onto an AWT image, no JavaFX): a fast oscillation
 * keeps its whole band at every width, and a diverged run's last finite values are drawn on the log axis.
 */
class StepChartEnvelopeTest {

    private static final int RED = 0xFFD00000;

    /** ±1 at every step for 10,000 steps: every kept pixel column must reach both +1 and −1. */
    private static ChartSeries alternating() {
        int n = 10_000;
        double[] k = new double[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            k[i] = i;
            v[i] = i % 2 == 0 ? 1 : -1;
        }
        return new ChartSeries("zig-zag", RED, k, v);
    }

    private record Drawn(BufferedImage image, Rectangle2D area, XYPlot plot) {
        double xOf(double k) {
            return plot.getDomainAxis().valueToJava2D(k, area, plot.getDomainAxisEdge());
        }

        double yOf(double v) {
            return plot.getRangeAxis().valueToJava2D(v, area, plot.getRangeAxisEdge());
        }

        /** @return the first and the last row of column x in the series' colour */
        int[] redExtent(int x) {
            int first = -1;
            int last = -1;
            for (int y = 0; y < image.getHeight(); y++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == (RED & 0xFFFFFF)) {
                    first = first < 0 ? y : first;
                    last = y;
                }
            }
            return new int[] {first, last};
        }

        /** @return whether the series' colour is within 2 px of (x, y) */
        boolean red(int x, double y) {
            for (int dy = -2; dy <= 2; dy++) {
                int yy = (int) Math.round(y) + dy;
                if (yy >= 0 && yy < image.getHeight() && (image.getRGB(x, yy) & 0xFFFFFF) == (RED & 0xFFFFFF)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static Drawn draw(JFreeChart chart, int width) {
        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage img = new BufferedImage(width, 300, BufferedImage.TYPE_INT_ARGB);
        var g = img.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_OFF);
        chart.setAntiAlias(false); // exact series colour in every covered pixel
        chart.draw(g, new Rectangle2D.Double(0, 0, width, 300), info);
        g.dispose();
        return new Drawn(img, info.getPlotInfo().getDataArea(), chart.getXYPlot());
    }

    @Test
    void anAlternatingSeriesFillsItsWholeBandInEveryColumnAtAnyWidth() {
        for (int width : new int[] {180, 333, 640, 1500}) {
            JFreeChart chart = StepChart.create("α", "α_k", false);
            StepChart.setSeries(chart, List.of(alternating()), "α_k");
            Drawn d = draw(chart, width);
            double top = d.yOf(1);
            double bottom = d.yOf(-1);
            int from = (int) Math.ceil(d.xOf(0)) + 2;
            int to = (int) Math.floor(d.xOf(9999)) - 2;
            for (int x = from; x <= to; x++) {
                assertTrue(d.red(x, top) && d.red(x, bottom) && d.red(x, (top + bottom) / 2),
                        "width " + width + ", column " + x + ": the line spans −1 … +1");
            }
        }
    }

    @Test
    void theBandMatchesTheLineThroughEveryPointToAPixelInEveryColumn() {
        JFreeChart columns = StepChart.create("α", "α_k", false);
        JFreeChart everyPoint = StepChart.create("α", "α_k", false);
        ((EnvelopeRenderer) everyPoint.getXYPlot().getRenderer()).setEveryPoint(true);
        for (JFreeChart c : List.of(columns, everyPoint)) {
            StepChart.setSeries(c, List.of(alternating()), "α_k");
        }
        Drawn a = draw(columns, 400);
        Drawn b = draw(everyPoint, 400);
        assertEquals(a.area(), b.area(), "the same axes");
        for (int x = (int) Math.ceil(a.xOf(0)) + 1; x <= (int) Math.floor(a.xOf(9999)) - 1; x++) {
            int[] ea = a.redExtent(x);
            int[] eb = b.redExtent(x);
            assertTrue(Math.abs(ea[0] - eb[0]) <= 1 && Math.abs(ea[1] - eb[1]) <= 1,
                    "column " + x + ": " + ea[0] + "…" + ea[1] + " against every point's " + eb[0] + "…" + eb[1]);
        }
    }

    @Test
    void aDivergedRunIsDrawnUpToItsLastFiniteCostOnTheLogAxis() {
        int n = 400;
        double[] k = new double[n];
        double[] c = new double[n];
        for (int i = 0; i < n; i++) {
            k[i] = i;
            c[i] = i < 300 ? Math.pow(10, i / 10.0 - 5) : (i < 350 ? Double.POSITIVE_INFINITY : Double.NaN);
        }
        ChartSeries diverged = ChartsViewModel.bounded("gd", RED, k, c, true);
        JFreeChart chart = StepChart.create("Cost", "C", true);
        StepChart.setSeries(chart, List.of(diverged), "C");
        Drawn d = draw(chart, 500);
        int last = (int) Math.round(d.plot().getDomainAxis().valueToJava2D(299, d.area(), d.plot().getDomainAxisEdge()));
        assertTrue(d.red(last - 1, d.yOf(Math.pow(10, 29.9 - 5))), "the last finite cost 1e24.9 at step 299 is drawn");
        int first = (int) Math.ceil(d.area().getMinX()) + 1;
        assertTrue(d.red(first, d.yOf(1e-5)), "the first cost 1e-5 at step 0 is drawn");
    }
}
