package org.gdlab.app.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.StringWriter;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

/** The chart exports without JavaFX: the data as CSV, the charts as one image of the requested size. */
class ChartExportTest {

    private static ChartData twoRuns() {
        ChartSeries gd = new ChartSeries("gd α = 0.1", 0xffd55e00, new double[] {0, 1, 2}, new double[] {25, 16, 10.24});
        ChartSeries mom = new ChartSeries("momentum, μ = 0.9", 0xff0072b2, new double[] {0, 1}, new double[] {25, 9});
        ChartSeries lr = new ChartSeries("gd α = 0.1", 0xffd55e00, new double[] {0, 1, 2}, new double[] {0.1, 0.1, 0.1});
        return new ChartData(List.of(gd, mom), List.of(gd), List.of(lr), "C − C*");
    }

    @Test
    void chartCsvHasOneRowPerPlottedPointUnderTheHeader() throws Exception {
        StringWriter out = new StringWriter();
        ChartCsv.write(twoRuns(), out);
        List<String> lines = out.toString().lines().toList();
        assertEquals("# cost is C − C*", lines.get(0));
        assertEquals(ChartCsv.HEADER, lines.get(1));
        assertEquals(2 + 3 + 2 + 3 + 3, lines.size());
        assertEquals("cost,gd α = 0.1,2,10.24", lines.get(4));
        assertEquals("cost,\"momentum, μ = 0.9\",1,9.0", lines.get(6));
        assertEquals("lr,gd α = 0.1,0,0.1", lines.get(10));
    }

    @Test
    void chartImageHasTheRequestedSizeWhateverTheWindow() {
        XYSeries s = new XYSeries("cost");
        s.add(0, 1);
        s.add(1, 0.5);
        JFreeChart a = ChartFactory.createXYLineChart("a", "k", "C", new XYSeriesCollection(s));
        JFreeChart b = ChartFactory.createXYLineChart("b", "k", "C", new XYSeriesCollection(s));
        BufferedImage image = ChartImage.draw(List.of(a, b), 1920, 600);
        assertEquals(1920, image.getWidth());
        assertEquals(600, image.getHeight());
        assertEquals(0xffffffff, image.getRGB(2, 2)); // white background, opaque
    }
}
