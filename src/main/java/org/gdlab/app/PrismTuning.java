package org.gdlab.app;

/**
 * Settings of JavaFX's rendering (Prism) that the app chooses before the toolkit starts; a value given on the
 * command line ({@code -Dprism.dirtyregioncount=…}) is kept.
 *
 * <p><b>Dirty regions.</b> Each frame repaints only the rectangles that changed, but Prism keeps at most
 * {@code prism.dirtyregioncount} of them apart (6 by default, 15 at most) and merges the rest into their
 * bounding boxes. A κ change touches more than six places at once: the plot, the update box, the formula,
 * κ's value and knob, the stability marker on the α slider, the sentences under it, the step count. With six,
 * the κ label, the marker and the sentences merged into one 336×283 px block of the side panel (its text
 * field, button and titles repainted too), 2–25 ms of the render thread in the software pipeline. With
 * {@value #DIRTY_REGIONS} they stay apart: in a pulse log of 16 single κ moves (1600×1000, Xvfb) the median
 * painting of the first frame went from 19 to 10 ms and the pulse from 29 to 19 ms; the α drag 16 → 13 ms of
 * painting, θ 12 → 9 ms.
 */
public final class PrismTuning {

    /** the system property Prism reads once, when it starts */
    static final String DIRTY_REGION_COUNT = "prism.dirtyregioncount";
    /** dirty rectangles kept apart per frame (Prism's limit is 15) */
    static final String DIRTY_REGIONS = "12";

    private PrismTuning() {
    }

    /** Sets the app's choices that the command line has not set. Call before the toolkit starts. */
    public static void apply() {
        if (System.getProperty(DIRTY_REGION_COUNT) == null) {
            System.setProperty(DIRTY_REGION_COUNT, DIRTY_REGIONS);
        }
    }
}
