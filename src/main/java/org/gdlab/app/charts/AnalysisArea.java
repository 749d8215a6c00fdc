package org.gdlab.app.charts;

import javafx.scene.control.TitledPane;
import org.gdlab.app.plot.PlotView;
import org.gdlab.app.race.RaceViewModel;

/**
 * The collapsible area under the plot holding the {@link AnalysisTabs}. Until the user opens or closes it,
 * it opens by itself when the window leaves the plot at least {@link #PLOT_MIN_HEIGHT} pixels beside it
 * (a tall window or a projector), and stays closed in a small window so that the plot dominates.
 */
public final class AnalysisArea extends TitledPane {

    /** the plot keeps at least this height when the area opens by itself */
    public static final double PLOT_MIN_HEIGHT = 480;

    private final AnalysisTabs tabs;
    private boolean userChose;
    private boolean auto;

    public AnalysisArea(RaceViewModel race, PlotView plot) {
        tabs = new AnalysisTabs(race, plot);
        setText("Charts · curvature · α sweep · race run");
        setId("analysisArea");
        setContent(tabs);
        setExpanded(false);
        setAnimated(false);
        setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // open, it keeps its height; the plot takes the rest
        expandedProperty().addListener(o -> {
            if (!auto) {
                userChose = true;
            }
        });
        plot.heightProperty().addListener(o -> fit(plot));
    }

    private void fit(PlotView plot) {
        if (userChose) {
            return;
        }
        double room = plot.getHeight() + (isExpanded() ? AnalysisTabs.HEIGHT : 0);
        double need = PLOT_MIN_HEIGHT + AnalysisTabs.HEIGHT;
        // hysteresis: the tabs' real height differs a little from HEIGHT, which must not make it flicker
        boolean open = isExpanded() ? room >= need - 60 : room >= need;
        if (open != isExpanded()) {
            auto = true;
            setExpanded(open);
            auto = false;
        }
    }

    /** @return the tabs inside */
    public AnalysisTabs tabs() {
        return tabs;
    }
}
