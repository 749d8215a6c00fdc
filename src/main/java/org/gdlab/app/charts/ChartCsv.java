package org.gdlab.app.charts;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The data of the three charts as CSV, one row per plotted point, header {@code chart,run,step,value}:
 * {@code chart} is {@code cost} (C, or C − C* where the minimum is known: the cost chart's label is written
 * in a comment line), {@code grad_norm} or {@code lr}; {@code run} is the run's name as in the legend.
 * A run longer than the charts' point budget ({@link ChartsViewModel#MAX_POINTS}) is written as the
 * charts hold it: each range of steps' least and greatest value, the first and the last step. Numbers parse back to the same
 * doubles.
 */
public final class ChartCsv {

    /** The header, a contract of the export. */
    public static final String HEADER = "chart,run,step,value";

    private ChartCsv() {
    }

    /** Writes {@code data} to {@code out} (which is not closed). */
    public static void write(ChartData data, Writer out) throws IOException {
        out.write("# cost is " + data.costLabel() + "\n");
        out.write(HEADER + "\n");
        rows(out, "cost", data.cost());
        rows(out, "grad_norm", data.gradient());
        rows(out, "lr", data.rate());
        out.flush();
    }

    private static void rows(Writer out, String chart, List<ChartSeries> series) throws IOException {
        StringBuilder line = new StringBuilder(64);
        for (ChartSeries s : series) {
            String run = quote(s.name());
            for (int i = 0; i < s.size(); i++) {
                line.setLength(0);
                line.append(chart).append(',').append(run).append(',')
                        .append((long) s.steps()[i]).append(',').append(Double.toString(s.values()[i])).append('\n');
                out.write(line.toString());
            }
        }
    }

    /** RFC 4180 quoting where a name holds a comma, a quote or a line break. */
    static String quote(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
