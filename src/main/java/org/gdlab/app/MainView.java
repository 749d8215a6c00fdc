package org.gdlab.app;

import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.gdlab.app.basin.BasinPanel;
import org.gdlab.app.basin.BasinViewModel;
import org.gdlab.app.controls.HelpText;
import org.gdlab.app.controls.LearningRateControl;
import org.gdlab.app.landscape.LandscapeView;
import org.gdlab.app.landscape.LandscapeViewModel;
import org.gdlab.app.controls.PlaybackBar;
import org.gdlab.app.controls.SidePanel;
import org.gdlab.app.playback.PlaybackController;
import org.gdlab.app.plot.PlotView;
import org.gdlab.app.present.PresentationModel;
import org.gdlab.app.present.WindowLayout;
import org.gdlab.app.viewmodel.LabViewModel;
import org.gdlab.app.viewmodel.RunOutcome;

/**
 * The window's content: the plot (most of the space) with the run banner over its top, the race bar above
 * it and the analysis area below it; the side panel (the update panel on top, the controls below) beside
 * it or, where it does not fit, in a drawer over the plot's right edge ({@link WindowLayout}); and the
 * playback bar (with α while the controls are not docked) and the status line at the bottom. Keys go to the
 * playback and the view unless a text field has the focus.
 *
 * <p>Whatever the window's size and UI scale, the playback bar stays at the bottom and the plot takes the
 * rest: nothing here has a minimum size that could push them out of the window, and the banner and the
 * drawer lie over the plot instead of resizing it.
 */
public final class MainView extends BorderPane {

    /** width of the side panel in pixels at 100 % */
    public static final double SIDE_WIDTH = WindowLayout.SIDE_WIDTH;

    private final LabViewModel vm;
    private final PlotView plot;
    private final AnimationTimer timer;
    private final org.gdlab.app.race.RaceViewModel race;
    private final org.gdlab.app.race.RaceBar raceBar;
    private final org.gdlab.app.charts.AnalysisArea analysis;
    private final BasinViewModel basin;
    private final LandscapeViewModel landscape;
    private final LandscapeView landscapeView;
    private final org.gdlab.app.data.DataView dataView;
    private final PresentationModel presentation = new PresentationModel();
    private final WindowLayout layout = new WindowLayout(presentation);
    private final Label update;
    private final org.gdlab.app.controls.FixedCell updateCell;
    private final ScrollPane controls;
    private final VBox updateSlot;
    private final VBox side;
    private final VBox drawer;
    private final StackPane stack;
    private Runnable helpAction;

    public MainView(LabViewModel vm) {
        this.vm = vm;
        getStyleClass().add("main-view");
        setMinSize(0, 0);
        plot = new PlotView(vm);
        // issue 5: racing runs, charts, curvature and sweep (the race's layer draws the extra runs)
        race = new org.gdlab.app.race.RaceViewModel(vm);
        org.gdlab.app.race.RaceLayer raceLayer = new org.gdlab.app.race.RaceLayer(race, plot);
        plot.mainRunVisibleProperty().bind(race.mainVisibleProperty());
        // racing: the main run's trail is thinner, and a selected raced run is drawn over it
        race.revisionProperty().addListener(o -> {
            plot.mainTrailWidthProperty().set(race.visibleRuns().isEmpty() ? 1 : RACING_MAIN_TRAIL_WIDTH);
            plot.drawAboveMainTrail(raceLayer.movingCanvas(), race.selectedProperty().get() != null);
        });
        analysis = new org.gdlab.app.charts.AnalysisArea(race, plot);

        Label banner = new Label();
        banner.setId("banner");
        banner.setWrapText(true);
        banner.textProperty().bind(vm.bannerProperty());
        banner.visibleProperty().bind(vm.bannerProperty().isNotEmpty().and(race.mainVisibleProperty())); // issue 5: the banner is the main run's
        banner.getStyleClass().add("banner");
        vm.outcomeProperty().addListener((o, was, is) -> {
            for (RunOutcome r : RunOutcome.values()) {
                banner.pseudoClassStateChanged(PseudoClass.getPseudoClass(r.name().toLowerCase(Locale.ROOT)), r == is);
            }
        });
        banner.setMinHeight(Region.USE_PREF_SIZE);
        banner.setMaxHeight(Region.USE_PREF_SIZE);
        // over the top of the plot, never beside it: its one to three lines never resize the plot
        banner.setMouseTransparent(true);
        landscape = new LandscapeViewModel(vm);
        landscape.attachRace(race);
        landscapeView = new LandscapeView(landscape);
        // the plot repaints its layers in its own layout pass: held in a FixedCell, that pass never lays out the window
        org.gdlab.app.controls.FixedCell plotCell = new org.gdlab.app.controls.FixedCell(plot);
        HBox plotRow = new HBox(plotCell, landscapeView);
        HBox.setHgrow(plotCell, Priority.ALWAYS);
        HBox.setHgrow(landscapeView, Priority.ALWAYS);
        plot.setPrefWidth(200); // the row's width is shared evenly when both are shown
        landscapeView.setPrefWidth(200);
        landscapeView.visibleProperty().bind(landscape.shownProperty());
        landscapeView.managedProperty().bind(landscape.shownProperty());
        plot.visibleProperty().bind(landscape.shownProperty().and(landscape.replacePlotProperty()).not());
        plotCell.visibleProperty().bind(plot.visibleProperty());
        plotCell.managedProperty().bind(plot.visibleProperty());
        // issue 16: in data mode the data view shares the plot's row (left of the 3-D view)
        dataView = new org.gdlab.app.data.DataView(new org.gdlab.app.data.DataViewModel(vm));
        dataView.uiScaleProperty().bind(presentation.scaleProperty()); // its type and marks grow with the window's
        layout.dataModeProperty().bind(dataView.viewModel().dataModeProperty());
        plotRow.getChildren().add(1, dataView);
        // the banner's words change with α: the window is laid out again only when its size changes
        org.gdlab.app.controls.FixedCell bannerCell = new org.gdlab.app.controls.FixedCell(banner);
        bannerCell.setMouseTransparent(true);
        // floating over the plot: the banner's new size (one line to three) lays out nothing but itself
        org.gdlab.app.controls.OverlayStack plotArea = new org.gdlab.app.controls.OverlayStack(plotRow);
        plotArea.setId("plotArea");
        plotArea.setMinSize(0, 0);
        // the data view beside the plot where the plot keeps its share of the window (DataViewPlacement), else
        // folded: the "Data" button at the plot's bottom right opens it over the plot's right part
        org.gdlab.app.data.DataDock dataDock = new org.gdlab.app.data.DataDock(dataView, plotRow, plotArea,
                presentation.scaleProperty(), presentation.presentingProperty());
        // over the plot only, inside its margins: never over the data view (its title) or the 3-D view beside it
        // (the opened data view lies over the plot's right part: the banner ends left of it)
        banner.maxWidthProperty().bind(Bindings.createDoubleBinding(() -> {
            double u = presentation.scaleProperty().get();
            double right = dataDock.foldedProperty().get() && dataView.isVisible() ? dataView.getPrefWidth() + 4 * u
                    : (PlotView.RIGHT - 20) * u;
            return Math.max(0, plot.getWidth() - PlotView.LEFT * u - right);
        }, plot.widthProperty(), presentation.scaleProperty(), dataDock.foldedProperty(), dataView.visibleProperty(),
                dataView.prefWidthProperty()));
        plotArea.addFloating(bannerCell, Pos.TOP_LEFT);
        Runnable placeBanner = () -> {
            double u = presentation.scaleProperty().get();
            StackPane.setMargin(bannerCell, new Insets(4 * u, PlotView.RIGHT * u - 20 * u, 0, PlotView.LEFT * u));
            plotArea.requestLayout();
        };
        placeBanner.run();
        presentation.scaleProperty().addListener(o -> placeBanner.run());
        plot.addOccupant((occupied, t) -> { // the banner lies over the plot's top: labels and legends keep off it
            if (banner.isVisible() && !banner.getText().isEmpty()) {
                double u = presentation.scaleProperty().get();
                javafx.geometry.Bounds b = plot.sceneToLocal(banner.localToScene(banner.getBoundsInLocal()));
                if (b != null) {
                    occupied.add(new java.awt.geom.Rectangle2D.Double(b.getMinX() / u, b.getMinY() / u, b.getWidth() / u,
                            b.getHeight() / u), org.gdlab.render.paint.Occupancy.HARD);
                }
            }
        }, banner.boundsInParentProperty(), banner.visibleProperty(), banner.textProperty());
        raceBar = new org.gdlab.app.race.RaceBar(race); // issue 5: race bar, analysis area
        raceBar.compactProperty().bind(presentation.presentingProperty());
        // presenting, the analysis tabs (for exploring, not for showing) give their row to the plot
        analysis.autoOpenProperty().bind(presentation.presentingProperty().not());
        analysis.visibleProperty().bind(presentation.presentingProperty().not());
        analysis.managedProperty().bind(analysis.visibleProperty());
        VBox center = new VBox(raceBar, plotArea, analysis);
        center.setMinSize(0, 0);
        raceBar.setMinHeight(Region.USE_PREF_SIZE);
        // opened by hand in a small window or at a large scale, the analysis area takes at most half the column
        analysis.maxHeightProperty().bind(center.heightProperty().multiply(0.5));
        VBox.setVgrow(plotArea, Priority.ALWAYS);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(center.widthProperty());
        clip.heightProperty().bind(center.heightProperty());
        center.setClip(clip);

        update = new Label();
        update.setId("update");
        update.getStyleClass().addAll("mono", "update-panel");
        // one height for every optimizer and step: the text is padded to the most lines any optimizer has
        update.textProperty().bind(Bindings.createStringBinding(() -> padded(race.updateTextProperty().get()),
                race.updateTextProperty()));
        update.setMaxWidth(Double.MAX_VALUE);
        update.setAlignment(Pos.TOP_LEFT);
        update.setMinHeight(Region.USE_PREF_SIZE);
        update.setMaxHeight(Region.USE_PREF_SIZE);
        // its numbers change at every step: one width and (padded) one height, so a new text lays out only the label
        updateCell = new org.gdlab.app.controls.FixedCell(update).fillWidth();
        basin = new BasinViewModel(vm);
        PlotOverlays.register(plot, vm, analysis.tabs(), basin); // every overlay of the plot, in one place
        SidePanel sidePanel = new SidePanel(vm, this::showHelp);
        sidePanel.getChildren().add(new org.gdlab.app.data.DataPanel(new org.gdlab.app.data.ScalingModel(vm),
                new org.gdlab.app.data.BatchModel(vm), new org.gdlab.app.data.PenaltyModel(vm))); // issue 16: scaling, batch size, λ
        sidePanel.getChildren().add(new BasinPanel(basin, plot));
        // in the drawer the update panel scrolls with the controls (at 200 % it alone is nearly a window high)
        updateSlot = new VBox();
        controls = new ScrollPane(new VBox(updateSlot, sidePanel));
        controls.setFitToWidth(true);
        controls.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        controls.setId("side-controls");
        // the scroll pane caches its viewport as one picture: any knob or number that changes inside would
        // repaint the whole viewport (379×571 px at 1600×1000); uncached, only what changed is repainted
        controls.skinProperty().addListener(o -> {
            Node viewport = controls.lookup(".viewport");
            if (viewport != null) {
                viewport.setCache(false);
            }
        });
        controls.setMinHeight(0);
        VBox.setVgrow(controls, Priority.ALWAYS);
        side = new VBox();
        side.setId("side");
        side.getStyleClass().add("side");
        side.setMinHeight(0);
        drawer = new VBox();
        drawer.setId("drawer");
        drawer.getStyleClass().addAll("side", "drawer");
        drawer.setMinHeight(0);
        drawer.visibleProperty().bind(layout.drawerOpenProperty());
        StackPane.setAlignment(drawer, Pos.TOP_RIGHT);
        stack = new StackPane(center, drawer);
        stack.setMinSize(0, 0);
        setCenter(stack);
        setRight(side);

        Label status = new Label();
        status.setId("status");
        status.getStyleClass().add("status-line");
        status.setMaxWidth(Double.MAX_VALUE);
        status.setMinWidth(0);
        // the hover readout while the mouse is over the plot, else the newest problem of any computation
        // (LabViewModel.problems(), in plain words), else a hint
        // presenting, there is no hint: the line shows over the plot's bottom edge only when it has something to say
        // (after a problem: what the window changed by itself, e.g. the start a new formula could not use)
        status.textProperty().bind(Bindings.createStringBinding(() -> {
            String hover = vm.plot().hoverTextProperty().get();
            String message = vm.statusProperty().get();
            String notice = vm.noticeProperty().get();
            return !hover.isEmpty() ? hover : !message.isEmpty() ? message : !notice.isEmpty() ? notice
                    : presentation.presentingProperty().get() ? ""
                    : "Click to set the start · drag to move it · wheel to zoom · right-drag to pan · F1 for help";
        }, vm.plot().hoverTextProperty(), vm.statusProperty(), vm.noticeProperty(), presentation.presentingProperty()));
        status.setMouseTransparent(true);
        // the hover readout changes at every mouse move over the plot: the line keeps its size (FixedCell), so
        // a new text lays out the label alone; presenting, it is as wide as its text over the plot
        org.gdlab.app.controls.FixedCell statusCell = new org.gdlab.app.controls.FixedCell(status).fillWidth();
        statusCell.setMouseTransparent(true);
        statusCell.visibleProperty().bind(status.visibleProperty());
        PlaybackBar playbackBar = new PlaybackBar(vm.playback());
        playbackBar.stepLimitProperty().bind(vm.maxStepsProperty());
        playbackBar.setLearningRate(new LearningRateControl(vm), layout.learningRateInBarProperty());
        VBox bottom = new VBox(playbackBar, statusCell);
        bottom.setMinSize(0, Region.USE_PREF_SIZE);
        setBottom(bottom);
        StackPane.setAlignment(statusCell, Pos.BOTTOM_LEFT);
        status.visibleProperty().bind(presentation.presentingProperty().not().or(status.textProperty().isNotEmpty()));
        presentation.presentingProperty().addListener((o, was, presenting) -> {
            if (presenting) {
                bottom.getChildren().remove(statusCell);
                statusCell.fitContent();
                status.setMaxWidth(Region.USE_PREF_SIZE);
                status.getStyleClass().add("over-plot");
                plotArea.addFloating(statusCell, Pos.BOTTOM_LEFT);
            } else {
                plotArea.removeFloating(statusCell);
                statusCell.fillWidth();
                status.setMaxWidth(Double.MAX_VALUE);
                status.getStyleClass().remove("over-plot");
                bottom.getChildren().add(statusCell);
            }
        });

        layout.widthProperty().bind(widthProperty());
        layout.heightProperty().bind(heightProperty());
        layout.dockProperty().addListener(o -> placeSide());
        presentation.scaleProperty().addListener(o -> placeSide());
        stack.widthProperty().addListener(o -> sizeDrawer());
        placeSide();

        PlaybackController pc = vm.playback();
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                pc.tick(now);
            }
        };
        // the timer runs only while playing: an idle window costs no frames
        pc.playingProperty().addListener((o, was, is) -> {
            if (is) {
                timer.start();
            } else {
                timer.stop();
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, this::key);
    }

    /** while racing, the main run's trail widths are multiplied by this */
    static final double RACING_MAIN_TRAIL_WIDTH = 0.55;

    /** the most lines any optimizer's update text has */
    private static final int UPDATE_LINES = java.util.Arrays.stream(org.gdlab.core.optim.OptimizerKind.values())
            .mapToInt(org.gdlab.app.viewmodel.UpdateText::lines).max().orElse(1);

    /**
     * @return the text padded to {@link #UPDATE_LINES} lines with lines of one space (a label does not count
     *     trailing empty lines in its height)
     */
    static String padded(String text) {
        long lines = text.chars().filter(c -> c == '\n').count() + 1;
        StringBuilder b = new StringBuilder(text);
        for (long i = lines; i < UPDATE_LINES; i++) {
            b.append("\n ");
        }
        return b.toString();
    }

    /** Puts the update panel and the controls beside the plot or into the drawer, as the layout says. */
    private void placeSide() {
        WindowLayout.Dock d = layout.dockProperty().get();
        side.getChildren().clear();
        drawer.getChildren().clear();
        updateSlot.getChildren().clear();
        switch (d) {
            case FULL -> side.getChildren().addAll(updateCell, controls);
            case UPDATE -> {
                side.getChildren().add(updateCell);
                drawer.getChildren().add(controls);
            }
            case NONE -> {
                updateSlot.getChildren().add(updateCell);
                drawer.getChildren().add(controls);
            }
        }
        side.setVisible(d != WindowLayout.Dock.NONE);
        side.setManaged(d != WindowLayout.Dock.NONE);
        double w = layout.sideWidth();
        side.setMinWidth(w);
        side.setPrefWidth(w);
        side.setMaxWidth(w);
        side.pseudoClassStateChanged(PseudoClass.getPseudoClass("collapsed"), d == WindowLayout.Dock.UPDATE);
        sizeDrawer();
    }

    private void sizeDrawer() {
        double w = Math.min(layout.sideWidth(), Math.max(0, stack.getWidth() * 0.92));
        drawer.setMinWidth(0);
        drawer.setPrefWidth(w);
        drawer.setMaxWidth(w);
    }

    private void key(KeyEvent e) {
        Scene scene = getScene();
        boolean typing = scene != null && scene.getFocusOwner() instanceof TextInputControl;
        if (e.getCode() == KeyCode.F1) {
            showHelp();
            e.consume();
            return;
        }
        if (typing) {
            if (e.getCode() == KeyCode.ESCAPE) {
                plot.requestFocus();
                e.consume();
            }
            return;
        }
        PlaybackController pc = vm.playback();
        switch (e.getCode()) {
            case SPACE -> pc.togglePlay();
            case RIGHT -> pc.stepForward();
            case LEFT -> pc.stepBack();
            case HOME, R -> pc.reset();
            case END -> pc.seek(pc.lastStepProperty().get());
            case V -> vm.plot().resetView();
            case PLUS, EQUALS, ADD -> zoomAtCentre(1.25);
            case MINUS, SUBTRACT -> zoomAtCentre(0.8);
            case B -> basin.enabledProperty().set(!basin.enabledProperty().get());
            case DIGIT3 -> landscape.toggleShown();
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** Presentation hook: F1 and the help button run this instead of opening the help window. */
    public void setHelpAction(Runnable action) {
        helpAction = action;
    }

    /**
     * Puts a node over the plot's top-left corner (the lesson caption's text while it does not fit under
     * its title line), or removes it (null).
     */
    public void setPlotOverlay(Node overlay) {
        stack.getChildren().removeIf(n -> n != stack.getChildren().get(0) && n != drawer);
        if (overlay != null) {
            StackPane.setAlignment(overlay, Pos.TOP_LEFT);
            stack.getChildren().add(1, overlay);
        }
    }

    /** @return where the side panel goes at this size and scale (drawer, docked) */
    public WindowLayout windowLayout() {
        return layout;
    }

    private void zoomAtCentre(double factor) {
        var t = vm.plot().transformProperty().get();
        vm.plot().zoomAbout(t.left() + t.width() / 2, t.top() + t.height() / 2, factor);
    }

    /** Open the help window (keys and formula language). */
    public void showHelp() {
        if (helpAction != null) {
            helpAction.run();
            return;
        }
        TextArea text = new TextArea(HelpText.TEXT);
        text.setEditable(false);
        text.getStyleClass().add("mono");
        text.setPrefSize(720, 560);
        Stage stage = new Stage();
        stage.setTitle("GD Lab help");
        Scene scene = new Scene(new StackPane(text));
        scene.getStylesheets().addAll(getScene() == null ? java.util.List.of() : getScene().getStylesheets());
        scene.setOnKeyPressed(k -> {
            if (k.getCode() == KeyCode.ESCAPE || k.getCode() == KeyCode.F1) {
                stage.close();
            }
        });
        stage.setScene(scene);
        if (getScene() != null) {
            stage.initOwner(getScene().getWindow());
        }
        stage.show();
    }

    /** @return the view model this view shows */
    public LabViewModel viewModel() {
        return vm;
    }

    /** @return the plot (for tests) */
    public PlotView plot() {
        return plot;
    }

    /** @return the race bar (the legend strip while presenting) */
    public org.gdlab.app.race.RaceBar raceBar() {
        return raceBar;
    }

    /** @return the race of extra runs (issue 5) */
    public org.gdlab.app.race.RaceViewModel race() {
        return race;
    }

    /** @return the collapsible charts, curvature, sweep and race-run tabs under the plot (issue 5) */
    public org.gdlab.app.charts.AnalysisArea analysis() {
        return analysis;
    }

    /** @return the basin map's view model */
    public BasinViewModel basin() {
        return basin;
    }

    /** @return the 3-D landscape's view model */
    public LandscapeViewModel landscape() {
        return landscape;
    }

    /** @return the data view beside the plot (shown in data mode only) */
    public org.gdlab.app.data.DataView dataView() {
        return dataView;
    }

    /** @return the 3-D landscape view */
    public LandscapeView landscapeView() {
        return landscapeView;
    }

    /** Stop the animation timer and all background work (every view model's: they share one). */
    public void dispose() {
        timer.stop();
        vm.shutdown();
    }
}
