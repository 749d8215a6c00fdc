package org.gdlab.app.viewmodel;

/**
 * The logarithmic learning-rate slider: slider position s = log10(α) over [−5, 1], i.e. α from 1e-5 to
 * 10. Values typed outside that range are allowed; the slider then sits at its nearest end.
 */
public final class LearningRateScale {

    /** the smallest α the slider reaches */
    public static final double MIN = 1e-5;
    /** the largest α the slider reaches */
    public static final double MAX = 10;

    private LearningRateScale() {
    }

    /** @return the slider position of α, clamped to [log10 MIN, log10 MAX] */
    public static double toSlider(double lr) {
        return Math.max(Math.log10(MIN), Math.min(Math.log10(MAX), Math.log10(lr)));
    }

    /** @return α = 10^s, rounded to three significant digits so slider and field agree */
    public static double fromSlider(double s) {
        return Numbers.round3(Math.pow(10, s));
    }
}
