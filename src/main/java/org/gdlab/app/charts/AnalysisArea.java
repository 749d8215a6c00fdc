package org.gdlab.app.charts;

import javafx.scene.control.TitledPane;
import org.gdlab.app.plot.PlotView;
import org.gdlab.app.race.RaceViewModel;

/**
 * The collapsible area under the plot holding the {@link AnalysisTabs}. Until the user opens or closes it,
 * it opens by itself when the window leaves the plot at least {@link #PLOT_MIN_HEIGHT} pixels and
 * {@link #PLOT_MIN_SHARE} of the window's height beside it (a tall window), and stays closed in a small
 * window, at a large UI scale and while {@link #autoOpenProperty()} is false (presentation mode), so that
 * the plot dominates.
 */
public final class AnalysisArea extends TitledPane {

    /** the plot keeps at least this height when the area opens by itself */
    public static final double PLOT_MIN_HEIGHT = 480;
    /** the plot keeps at least this share of the window's height when the area opens by itself */
    public static final double PLOT_MIN_SHARE = 0.6;

    private final AnalysisTabs tabs;
    private boolean userChose;
    private boolean auto;
    private final javafx.beans.property.BooleanProperty autoOpen =
            new javafx.beans.property.SimpleBooleanProperty(this, "autoOpen", true);

    public AnalysisArea(RaceViewModel race, PlotView plot) {
        tabs = new AnalysisTabs(race);
        setText("Charts · curvature · α sweep · race run");
        setId("analysisArea");
        setContent(tabs);
        setExpanded(false);
        setAnimated(false);
        // open, it keeps its height where it can; its owner caps it (MainView: half the column) so the plot stays
        expandedProperty().addListener(o -> {
            if (!auto) {
                userChose = true;
            }
        });
        plot.heightProperty().addListener(o -> fit(plot));
        // the charts draw only while on screen: their tab selected in the open, visible area
        tabs.chartsView().shownProperty().bind(tabs.getTabs().get(0).selectedProperty().and(expandedProperty())
                .and(visibleProperty()));
        tabs.sweepView().shownProperty().bind(tabs.getTabs().get(2).selectedProperty().and(expandedProperty())
                .and(visibleProperty()));
        autoOpen.addListener(o -> fit(plot));
    }

    /** @return false: the area does not open by itself (and closes if it had), e.g. while presenting */
    public javafx.beans.property.BooleanProperty autoOpenProperty() {
        return autoOpen;
    }

    private void fit(PlotView plot) {
        if (userChose) {
            return;
        }
        double tabsHeight = tabs.prefHeight(-1);
        double room = plot.getHeight() + (isExpanded() ? tabsHeight : 0);
        double window = getScene() == null ? room : getScene().getHeight();
        double need = Math.max(PLOT_MIN_HEIGHT, PLOT_MIN_SHARE * window) + tabsHeight;
        // hysteresis: the tabs' real height differs a little from their preferred one, which must not make it flicker
        boolean open = autoOpen.get() && (isExpanded() ? room >= need - 60 : room >= need);
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
