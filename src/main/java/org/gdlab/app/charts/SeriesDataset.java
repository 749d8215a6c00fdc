package org.gdlab.app.charts;

import java.util.List;
import org.jfree.data.xy.AbstractXYDataset;

/** A read-only JFreeChart dataset over {@link ChartSeries} arrays (no copying, no per-point objects). */
final class SeriesDataset extends AbstractXYDataset {

    private final List<ChartSeries> series;

    SeriesDataset(List<ChartSeries> series) {
        this.series = series;
    }

    @Override
    public int getSeriesCount() {
        return series.size();
    }

    @Override
    public Comparable<?> getSeriesKey(int s) {
        return s + ": " + series.get(s).name();
    }

    @Override
    public int getItemCount(int s) {
        return series.get(s).size();
    }

    @Override
    public Number getX(int s, int i) {
        return series.get(s).steps()[i];
    }

    @Override
    public Number getY(int s, int i) {
        return series.get(s).values()[i];
    }

    @Override
    public double getXValue(int s, int i) {
        return series.get(s).steps()[i];
    }

    @Override
    public double getYValue(int s, int i) {
        return series.get(s).values()[i];
    }

    /** @return series s */
    ChartSeries series(int s) {
        return series.get(s);
    }

    /** @return the series' colour */
    java.awt.Color color(int s) {
        return new java.awt.Color(series.get(s).argb(), true);
    }
}
