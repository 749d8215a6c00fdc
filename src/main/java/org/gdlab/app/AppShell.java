package org.gdlab.app;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
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
import org.gdlab.app.present.Presentation;
import org.gdlab.app.present.PresentationModel;
import org.gdlab.app.present.ViewMenu;
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
    private final PresentationModel presentation = new PresentationModel();
    private final ExportService exports;
    private final FileMenu fileMenu;
    private final ExportMenu exportMenu;
    private final StackPane root;
    private final MenuBar menuBar;

    /**
     * @param view the main view, on its view model in the opening state
     * @param config where recent files and the session are kept; null for nowhere
     * @param picker how files are chosen (the system's dialogs in the app)
     */
    public AppShell(MainView view, AppConfig config, FilePicker picker) {
        this.view = view;
        document = new ScenarioDocument(view.viewModel(), config);
        document.attachRace(view.race()); // scenarios' runs[1..] race beside the main run
        lessons = new LessonModel(document);
        exports = new ExportService(document::current, view.viewModel().background());
        exportMenu = new ExportMenu(exports, picker, this::window);
        exportMenu.setCharts(() -> view.analysis().tabs().charts().dataProperty().get(),
                () -> view.analysis().tabs().chartsView().charts());
        List<MenuItem> exportItems = new ArrayList<>(exportMenu.items());
        fileMenu = new FileMenu(document, picker, this::window, exportItems);
        menuBar = new MenuBar(fileMenu.menu(), LessonMenu.create(lessons), ViewMenu.create(presentation),
                org.gdlab.app.desktop.AboutBox.menu(this::window));
        menuBar.setId("menu-bar");
        BorderPane frame = new BorderPane(view);
        CaptionBar caption = new CaptionBar(lessons);
        VBox top = new VBox(menuBar, caption);
        frame.setTop(top);
        // with the side panel collapsed the caption reads down the side column, leaving the plot its height
        javafx.scene.control.ScrollPane sideCaption = new javafx.scene.control.ScrollPane();
        sideCaption.setFitToWidth(true);
        sideCaption.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        sideCaption.getStyleClass().add("caption-side");
        sideCaption.getStylesheets().add(CaptionBar.class.getResource("caption.css").toExternalForm());
        sideCaption.visibleProperty().bind(caption.visibleProperty());
        sideCaption.managedProperty().bind(caption.visibleProperty());
        VBox.setVgrow(sideCaption, javafx.scene.layout.Priority.ALWAYS);
        presentation.sidePanelCollapsedProperty().addListener((o, was, collapsed) -> {
            if (collapsed) {
                top.getChildren().remove(caption);
                sideCaption.setContent(caption);
                view.setSideExtra(sideCaption);
            } else {
                view.setSideExtra(null);
                sideCaption.setContent(null);
                top.getChildren().add(caption);
            }
        });
        root = new StackPane(frame, new HelpOverlay(presentation));
        root.setId("shell");
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    /** @return the scene: the app's style sheet, presentation mode installed */
    public Scene createScene(double width, double height) {
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(GdLabApp.class.getResource("gdlab.css").toExternalForm());
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
