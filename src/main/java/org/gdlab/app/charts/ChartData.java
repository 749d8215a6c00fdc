package org.gdlab.app.charts;

import java.util.List;

/**
 * What the three charts show, one series per visible run (main run first, then the race in legend order).
 *
 * @param cost C − C* (or C) against k
 * @param gradient |∇C| against k
 * @param rate α_k against k
 * @param costLabel "C − C*" when the surface's global minimum is known, else "C"; J for J on a data surface
 */
public record ChartData(List<ChartSeries> cost, List<ChartSeries> gradient, List<ChartSeries> rate, String costLabel) {

    public ChartData {
        cost = List.copyOf(cost);
        gradient = List.copyOf(gradient);
        rate = List.copyOf(rate);
    }

    /** @return the gradient chart's label: |∇C|, or |∇J| on a data surface (the cost label's letter) */
    public String gradientLabel() {
        return "|∇" + costLabel.charAt(0) + "|";
    }

    /** @return nothing to show */
    public static ChartData empty() {
        return new ChartData(List.of(), List.of(), List.of(), "C");
    }
}
