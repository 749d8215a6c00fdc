package org.gdlab.app;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.gdlab.app.export.ExportMenu;
import org.gdlab.app.export.ExportService;
import org.gdlab.app.lesson.CaptionBar;
import org.gdlab.app.lesson.LessonMenu;
import org.gdlab.app.lesson.LessonModel;
import org.gdlab.app.present.HelpOverlay;
import org.gdlab.app.present.MenuRow;
import org.gdlab.app.present.Presentation;
import org.gdlab.app.present.PresentationModel;
import org.gdlab.app.present.ViewMenu;
import org.gdlab.app.present.WindowLayout;
import org.gdlab.app.scenario.AppConfig;
import org.gdlab.app.scenario.FileMenu;
import org.gdlab.app.scenario.FilePicker;
import org.gdlab.app.scenario.ScenarioDocument;

/**
 * The whole window around the {@link MainView}: the menu bar (File, Lessons, View), the lesson caption bar,
 * the main view, and the help overlay over everything; plus the models behind them (the scenario document,
 * the lessons, presentation mode, export) and the session kept between runs.
 */
public final class AppShell {

    private final MainView view;
    private final ScenarioDocument document;
    private final LessonModel lessons;
    private final PresentationModel presentation;
    private final ExportService exports;
    private final FileMenu fileMenu;
    private final ExportMenu exportMenu;
    private final StackPane root;
    private final MenuBar menuBar;
    private final CaptionBar caption;
    private final VBox top;
    private final VBox card = new VBox();

    /**
     * @param view the main view, on its view model in the opening state
     * @param config where recent files and the session are kept; null for nowhere
     * @param picker how files are chosen (the system's dialogs in the app)
     */
    public AppShell(MainView view, AppConfig config, FilePicker picker) {
        this.view = view;
        document = new ScenarioDocument(view.viewModel(), config);
        document.attachRace(view.race()); // scenarios' runs[1..] race beside the main run
        var tabs = view.analysis().tabs(); // and their ghost paths, eigenvectors and local model show as in render
        document.attachOverlays(new org.gdlab.app.scenario.OverlaySwitches(tabs.ghosts().enabledProperty(),
                tabs.curvature().showEigenvectorsProperty(), tabs.curvature().showModelProperty(),
                view.basin().enabledProperty()));
        lessons = new LessonModel(document);
        exports = new ExportService(document::current, view.viewModel().background());
        exports.themeFrom(() -> view.plot().theme()); // an export is the screen at another size, theme included
        exports.selectedFrom(() -> view.race().scenarioIndexOfSelected()); // and the selected raced run on top
        exports.stepFrom(() -> view.viewModel().playback().step()); // at the step on screen
        exports.overlaysFrom(() -> view.plot().onPlot()); // with the overlays on screen
        exportMenu = new ExportMenu(exports, picker, this::window);
        exportMenu.setCharts(() -> view.analysis().tabs().charts().dataProperty().get(),
                () -> view.analysis().tabs().chartsView().charts());
        List<MenuItem> exportItems = new ArrayList<>(exportMenu.items());
        fileMenu = new FileMenu(document, picker, this::window, exportItems);
        // issue 16: File ▸ Open data (CSV)… after Open…
        fileMenu.menu().getItems().add(2, org.gdlab.app.data.CsvOpenDialog.menuItem(
                new org.gdlab.app.data.CsvOpenModel(view.viewModel()), picker, this::window));
        presentation = view.windowLayout().presentation();
        menuBar = new MenuBar(fileMenu.menu(), LessonMenu.create(lessons), ViewMenu.create(view.windowLayout()),
                org.gdlab.app.desktop.AboutBox.menu(this::window));
        menuBar.setId("menu-bar");
        menuBar.setMinWidth(Region.USE_PREF_SIZE);
        caption = new CaptionBar(lessons, presentation.captionOpenProperty());
        Button panel = new Button("☰");
        panel.setId("side-panel-toggle");
        panel.setFocusTraversable(false);
        panel.setMinWidth(Region.USE_PREF_SIZE);
        panel.setTooltip(new Tooltip("The side panel: the update written out and every control (F9)"));
        panel.setOnAction(e -> view.windowLayout().toggleSidePanel());
        var hidden = view.windowLayout().dockProperty().isNotEqualTo(WindowLayout.Dock.FULL);
        panel.visibleProperty().bind(hidden);
        panel.managedProperty().bind(hidden);
        // one row: the menus, the lesson's title line, the side panel's button (two rows where it is narrow)
        MenuRow topRow = new MenuRow(menuBar, caption, panel);
        topRow.setId("top-row");
        top = new VBox(topRow);
        top.setMinWidth(0);
        // the caption's text is placed on every layout pass: whether it fits under the title depends on sizes
        BorderPane frame = new BorderPane(view) {
            @Override
            protected void layoutChildren() {
                placeCaptionText();
                super.layoutChildren();
            }
        };
        frame.setTop(top);
        frame.setMinSize(0, 0);
        card.setId("caption-card");
        card.getStyleClass().add("caption-card");
        card.getStylesheets().add(CaptionBar.class.getResource("caption.css").toExternalForm());
        card.visibleProperty().bind(caption.body().visibleProperty());
        card.setMaxHeight(Region.USE_PREF_SIZE);
        for (javafx.beans.Observable o : new javafx.beans.Observable[] {presentation.captionOpenProperty(),
                presentation.presentingProperty(), lessons.currentProperty()}) {
            o.addListener(x -> frame.requestLayout());
        }
        root = new StackPane(frame, new HelpOverlay(presentation));
        root.setId("shell");
    }

    /**
     * The caption's text goes under its title line when it takes at most {@link #INLINE_CAPTION_SHARE} of
     * the window's height outside presentation mode; otherwise (presenting, a small window, a large scale)
     * it goes into a card over the plot's top-left corner, so it never pushes the plot, and the card opens
     * only on a click on the title ({@link PresentationModel#placeCaption} closes it to its title line).
     */
    private void placeCaptionText() {
        Node body = caption.body();
        boolean inline = presentation.placeCaption(fitsUnderTitle(body), lessons.currentProperty().get());
        if (inline && body.getParent() != top) {
            view.setPlotOverlay(null);
            card.getChildren().remove(body);
            top.getChildren().add(body);
        } else if (!inline) {
            double em = Presentation.BASE_FONT_PX * presentation.scaleProperty().get();
            double w = Math.max(10 * em, Math.min(0.7 * root.getWidth(), 44 * em));
            if (card.getMaxWidth() != w) {
                card.setMaxWidth(w);
                StackPane.setMargin(card, new javafx.geometry.Insets(0.3 * em, 0, 0, 0.5 * em));
            }
            if (body.getParent() != card) {
                top.getChildren().remove(body);
                card.getChildren().add(body);
                view.setPlotOverlay(card);
            }
        }
    }

    /** the largest share of the window's height the caption's text may take under its title line */
    static final double INLINE_CAPTION_SHARE = 0.15;

    private boolean fitsUnderTitle(Node body) {
        double w = root == null ? 0 : root.getWidth();
        double h = root == null ? 0 : root.getHeight();
        if (w <= 0 || h <= 0) {
            return true;
        }
        body.applyCss();
        return body.prefHeight(w) <= INLINE_CAPTION_SHARE * h;
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    /** @return the scene: the app's style sheet, presentation mode installed */
    public Scene createScene(double width, double height) {
        Scene scene = GdLabApp.prepare(new Scene(root, width, height), view);
        Presentation.install(scene, view, presentation, lessons);
        scene.windowProperty().addListener((o, was, w) -> {
            if (w instanceof javafx.stage.Stage stage) {
                javafx.beans.InvalidationListener retitle = x -> stage.setTitle(title());
                document.fileProperty().addListener(retitle);
                lessons.currentProperty().addListener(retitle);
            }
        });
        return scene;
    }

    /** @return "GD Lab — lesson title" or "GD Lab — file name" or "GD Lab" */
    private String title() {
        if (lessons.currentProperty().get() != null) {
            return "GD Lab — " + lessons.currentProperty().get().title();
        }
        java.nio.file.Path f = document.fileProperty().get();
        return f == null ? "GD Lab" : "GD Lab — " + f.getFileName();
    }

    /** Shows the scenario of the last session, if one was kept and still opens. */
    public void restoreSession() {
        if (document.config() != null) {
            document.config().lastSession().ifPresent(document::show);
        }
    }

    /** Keeps the scenario on screen for the next start (failures are ignored: it is a convenience). */
    public void saveSession() {
        if (document.config() != null) {
            try {
                document.config().saveSession(document.current());
            } catch (IOException | RuntimeException e) {
                // nothing to do: the next start opens the default
            }
        }
    }

    public MainView view() {
        return view;
    }

    public ScenarioDocument document() {
        return document;
    }

    public LessonModel lessons() {
        return lessons;
    }

    public PresentationModel presentation() {
        return presentation;
    }

    public ExportService exports() {
        return exports;
    }

    public FileMenu fileMenu() {
        return fileMenu;
    }

    public ExportMenu exportMenu() {
        return exportMenu;
    }
}
