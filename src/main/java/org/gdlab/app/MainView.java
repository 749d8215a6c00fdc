package org.gdlab.app;

import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
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
import javafx.stage.Stage;
import org.gdlab.app.basin.BasinLayer;
import org.gdlab.app.basin.BasinPanel;
import org.gdlab.app.basin.BasinViewModel;
import org.gdlab.app.controls.HelpText;
import org.gdlab.app.landscape.LandscapeView;
import org.gdlab.app.landscape.LandscapeViewModel;
import org.gdlab.app.controls.PlaybackBar;
import org.gdlab.app.controls.SidePanel;
import org.gdlab.app.playback.PlaybackController;
import org.gdlab.app.plot.PlotView;
import org.gdlab.app.viewmodel.LabViewModel;
import org.gdlab.app.viewmodel.RunOutcome;

/**
 * The window's content: the plot (most of the space) with the run banner over it, the side panel with
 * the update panel on top and the controls below, and the playback bar and status line at the bottom.
 * Keys go to the playback and the view unless a text field has the focus.
 */
public final class MainView extends BorderPane {

    /** width of the side panel in pixels */
    public static final double SIDE_WIDTH = 380;

    private final LabViewModel vm;
    private final PlotView plot;
    private final AnimationTimer timer;
    private final org.gdlab.app.race.RaceViewModel race;
    private final org.gdlab.app.charts.AnalysisArea analysis;
    private final BasinViewModel basin;
    private final LandscapeViewModel landscape;
    private final LandscapeView landscapeView;
    private final VBox side;
    private final ScrollPane controls;
    private Runnable helpAction;

    public MainView(LabViewModel vm) {
        this.vm = vm;
        getStyleClass().add("main-view");
        plot = new PlotView(vm);
        // issue 5: racing runs, charts, curvature and sweep (the race's layer draws the extra runs)
        race = new org.gdlab.app.race.RaceViewModel(vm);
        new org.gdlab.app.race.RaceLayer(race, plot);
        plot.mainRunVisibleProperty().bind(race.mainVisibleProperty());
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
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.setMinHeight(Region.USE_PREF_SIZE);
        banner.managedProperty().bind(banner.visibleProperty());
        // above the plot, never over it: the edge marker of a divergence is often at the top
        landscape = new LandscapeViewModel(vm);
        landscape.attachRace(race);
        landscapeView = new LandscapeView(landscape);
        HBox plotRow = new HBox(plot, landscapeView);
        HBox.setHgrow(plot, Priority.ALWAYS);
        HBox.setHgrow(landscapeView, Priority.ALWAYS);
        plot.setPrefWidth(200); // the row's width is shared evenly when both are shown
        landscapeView.setPrefWidth(200);
        landscapeView.visibleProperty().bind(landscape.shownProperty());
        landscapeView.managedProperty().bind(landscape.shownProperty());
        plot.visibleProperty().bind(landscape.shownProperty().and(landscape.replacePlotProperty()).not());
        plot.managedProperty().bind(plot.visibleProperty());
        VBox center = new VBox(banner, new org.gdlab.app.race.RaceBar(race), plotRow, analysis); // issue 5: race bar, analysis area
        VBox.setVgrow(plotRow, Priority.ALWAYS);
        VBox.setMargin(banner, new Insets(6, PlotView.RIGHT - 20, 0, PlotView.LEFT));
        setCenter(center);

        Label update = new Label();
        update.setId("update");
        update.getStyleClass().addAll("mono", "update-panel");
        update.textProperty().bind(race.updateTextProperty());
        update.setMaxWidth(Double.MAX_VALUE);
        update.setMinHeight(Region.USE_PREF_SIZE);
        basin = new BasinViewModel(vm);
        plot.addLayer(new BasinLayer(basin, vm.plot()));
        SidePanel sidePanel = new SidePanel(vm, this::showHelp);
        sidePanel.getChildren().add(new BasinPanel(basin, plot));
        controls = new ScrollPane(sidePanel);
        controls.setFitToWidth(true);
        controls.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        controls.setId("side-controls");
        side = new VBox(update, controls);
        side.setId("side");
        VBox.setVgrow(controls, Priority.ALWAYS);
        side.setPrefWidth(SIDE_WIDTH);
        side.setMinWidth(SIDE_WIDTH);
        side.getStyleClass().add("side");
        setRight(side);

        Label status = new Label();
        status.setId("status");
        status.getStyleClass().add("status-line");
        status.setMaxWidth(Double.MAX_VALUE);
        // the hover readout while the mouse is over the plot, else the newest problem of any computation
        // (LabViewModel.problems(), in plain words), else a hint
        status.textProperty().bind(Bindings.createStringBinding(() -> {
            String hover = vm.plot().hoverTextProperty().get();
            String message = vm.statusProperty().get();
            return !hover.isEmpty() ? hover : !message.isEmpty() ? message
                    : "Click to set the start · drag to move it · wheel to zoom · right-drag to pan · F1 for help";
        }, vm.plot().hoverTextProperty(), vm.statusProperty()));
        setBottom(new VBox(new PlaybackBar(vm.playback()), status));

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
     * Presentation hook: collapse the side panel to the update panel alone (the controls hidden), and
     * widen it by the UI scale.
     */
    public void layoutSidePanel(boolean collapsed, double scale) {
        controls.setVisible(!collapsed);
        controls.setManaged(!collapsed);
        double w = collapsed ? Region.USE_COMPUTED_SIZE : SIDE_WIDTH * scale;
        side.setPrefWidth(w);
        side.setMinWidth(w);
        side.pseudoClassStateChanged(PseudoClass.getPseudoClass("collapsed"), collapsed);
    }

    /** Presentation hook: show a node (the lesson caption) below the update panel, or none (null). */
    public void setSideExtra(javafx.scene.Node extra) {
        side.getChildren().removeIf(n -> n != side.getChildren().get(0) && n != controls);
        if (extra != null) {
            side.getChildren().add(extra);
        }
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
