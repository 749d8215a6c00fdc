package org.gdlab.app.charts;

import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.gdlab.app.curvature.CurvaturePanel;
import org.gdlab.app.curvature.CurvatureViewModel;
import org.gdlab.app.curvature.SandboxModel;
import org.gdlab.app.race.RaceViewModel;

/**
 * The tab pane under the plot: "Charts" (cost, |∇C| and α against the step), "Curvature" (the local
 * quadratic model and the conditioning sandbox), "α sweep" (ghost paths and the learning-rate sweep) and
 * "Race run" (the selected racing run's settings).
 * Creates their view models on the race (their overlays on the plot are registered in
 * {@code org.gdlab.app.PlotOverlays}).
 */
public final class AnalysisTabs extends TabPane {

    /** preferred height in pixels at 100 % (in em in the style sheet: it grows with the UI scale) */
    public static final double HEIGHT = 250;

    private final ChartsViewModel charts;
    private final ChartsView chartsView;
    private final CurvatureViewModel curvature;
    private final SandboxModel sandbox;
    private final org.gdlab.app.sweep.GhostViewModel ghosts;
    private final org.gdlab.app.sweep.SweepViewModel sweep;
    private final SliceTab slice;
    private final org.gdlab.app.sweep.SweepView sweepView;

    /**
     * @param race the runs (the ghosts and the sweep are computed on their background)
     */
    public AnalysisTabs(RaceViewModel race) {
        setId("analysisTabs");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        setPrefHeight(HEIGHT);
        setMinHeight(120);
        getStyleClass().add("analysis-tabs");
        charts = new ChartsViewModel(race);
        chartsView = new ChartsView(charts);
        curvature = new CurvatureViewModel(race);
        sandbox = new SandboxModel(race.lab());
        Tab c = new Tab("Charts", chartsView);
        c.setId("chartsTab");
        javafx.scene.control.ScrollPane kScroll = new javafx.scene.control.ScrollPane(new CurvaturePanel(curvature, sandbox));
        kScroll.setFitToWidth(true);
        kScroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER); // its columns wrap instead
        kScroll.setId("curvatureScroll");
        Tab k = new Tab("Curvature", kScroll);
        k.setId("curvatureTab");
        ghosts = new org.gdlab.app.sweep.GhostViewModel(race.lab());
        sweep = new org.gdlab.app.sweep.SweepViewModel(race);
        // fitted to the tab while it is tall enough, scrolled where the status and the chart need more height
        sweepView = new org.gdlab.app.sweep.SweepView(sweep, ghosts);
        javafx.scene.control.ScrollPane wScroll = new javafx.scene.control.ScrollPane(sweepView);
        wScroll.setFitToWidth(true);
        wScroll.setFitToHeight(true);
        wScroll.setId("sweepScroll");
        Tab w = new Tab("α sweep", wScroll);
        w.setId("sweepTab");
        Tab r = new Tab("Race run", new javafx.scene.control.ScrollPane(new org.gdlab.app.race.RaceEditor(race)));
        r.setId("raceTab");
        getTabs().addAll(c, k, w, r);
        slice = new SliceTab(race);
        getTabs().add(slice); // issue 17: the line search of the current step (chart and plot overlays)
    }

    /** @return the α sweep's view (its chart draws only while its tab is shown) */
    public org.gdlab.app.sweep.SweepView sweepView() {
        return sweepView;
    }

    /** @return the line-search tab */
    public SliceTab slice() {
        return slice;
    }

    /** @return the charts' view model */
    public ChartsViewModel charts() {
        return charts;
    }

    /** @return the charts */
    public ChartsView chartsView() {
        return chartsView;
    }

    /** @return the curvature view model */
    public CurvatureViewModel curvature() {
        return curvature;
    }

    /** @return the sandbox */
    public SandboxModel sandbox() {
        return sandbox;
    }

    /** @return the ghost paths */
    public org.gdlab.app.sweep.GhostViewModel ghosts() {
        return ghosts;
    }

    /** @return the learning-rate sweep */
    public org.gdlab.app.sweep.SweepViewModel sweep() {
        return sweep;
    }
}
