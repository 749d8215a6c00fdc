package org.gdlab.app.charts;

/**
 * One run's curve on one chart: (steps[i], values[i]), steps increasing. Immutable by convention (the
 * arrays are not copied and must not be changed after construction).
 *
 * @param name the legend text
 * @param argb the colour, 0xAARRGGBB
 * @param steps the step numbers k
 * @param values the quantity at each k (finite; &gt; 0 on logarithmic charts)
 */
public record ChartSeries(String name, int argb, double[] steps, double[] values) {

    /** @return the number of points */
    public int size() {
        return steps.length;
    }
}
