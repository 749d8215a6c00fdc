package org.gdlab.app.present;

import java.util.Locale;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.gdlab.app.MainView;
import org.gdlab.app.lesson.LessonModel;

/**
 * Binds a {@link PresentationModel} to a window and handles the presentation and lesson keys.
 *
 * <ul>
 *   <li>scale: the root's font size is {@value #BASE_FONT_PX} px × scale (the app's sizes are in em under
 *       {@code presentation.css}); the plot's markers and lines follow {@code PlotView.uiScaleProperty()};
 *       the side panel widens with it;</li>
 *   <li>theme: its style sheet is the last of the scene's;</li>
 *   <li>full screen: follows the stage both ways (outside presentation mode Esc also leaves full screen);</li>
 *   <li>keys (a scene filter, before the main view's): F11, Ctrl+= / Ctrl+- / Ctrl+0, F9 (the side panel,
 *       {@link WindowLayout#toggleSidePanel()}), T, F5 (presentation mode on and off), F1 and ?, Esc (closes
 *       the help overlay if it is open, else leaves presentation mode; in a text field it leaves the field),
 *       N / Page Down, P / Page Up; typed ] [ } { scale α by 10^±0.1 and 10^±1. Letters and these
 *       characters are ignored while a text field has the focus.</li>
 * </ul>
 */
public final class Presentation {

    /** The root font size at 100 %, in pixels. */
    public static final double BASE_FONT_PX = 15;

    private final Scene scene;
    private final MainView view;
    private final PresentationModel pm;
    private final LessonModel lessons;
    private final java.util.List<Stage> watched = new java.util.ArrayList<>();
    /**
     * true from a popup's closing until the events being dispatched now are done: an open menu closes on Esc
     * before this window's key filter sees the same Esc, which must then not also leave presentation mode
     */
    private boolean popupClosedByThisKey;

    private Presentation(Scene scene, MainView view, PresentationModel pm, LessonModel lessons) {
        this.scene = scene;
        this.view = view;
        this.pm = pm;
        this.lessons = lessons;
    }

    /**
     * Installs everything on the scene (whose root contains the view).
     *
     * @param lessons the lessons N/P step through; null for none
     */
    public static void install(Scene scene, MainView view, PresentationModel pm, LessonModel lessons) {
        Presentation p = new Presentation(scene, view, pm, lessons);
        scene.getStylesheets().add(Presentation.class.getResource("presentation.css").toExternalForm());
        pm.scaleProperty().addListener(o -> p.applyScale());
        pm.presentingProperty().addListener(o -> p.watchStage(scene.getWindow()));
        pm.themeProperty().addListener((o, was, is) -> p.applyTheme(was, is));
        pm.fullScreenProperty().addListener((o, was, is) -> p.applyFullScreen(is));
        scene.windowProperty().addListener((o, was, is) -> p.watchStage(is));
        p.watchStage(scene.getWindow());
        view.setHelpAction(pm::toggleHelp);
        view.plot().uiScaleProperty().bind(pm.scaleProperty());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, p::keyPressed);
        Window.getWindows().addListener((javafx.collections.ListChangeListener<Window>) c -> {
            while (c.next()) {
                if (c.getRemoved().stream().anyMatch(w -> w instanceof javafx.stage.PopupWindow
                        && !(w instanceof javafx.scene.control.Tooltip))) {
                    p.popupClosedByThisKey = true;
                    javafx.application.Platform.runLater(() -> p.popupClosedByThisKey = false);
                }
            }
        });
        scene.addEventFilter(KeyEvent.KEY_TYPED, p::keyTyped);
        p.applyScale();
        p.applyTheme(null, pm.themeProperty().get());
    }

    private void applyScale() {
        Parent root = scene.getRoot();
        root.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.2fpx;", BASE_FONT_PX * pm.scaleProperty().get()));
    }

    private void applyTheme(Theme was, Theme is) {
        if (was != null && was.stylesheet() != null) {
            scene.getStylesheets().remove(was.stylesheet());
        }
        if (is != null && is.stylesheet() != null) {
            scene.getStylesheets().add(is.stylesheet());
        }
        if (is != null) {
            view.plot().paperProperty().set(javafx.scene.paint.Color.web(is.plotPaper()));
            view.plot().inkProperty().set(javafx.scene.paint.Color.web(is.plotInk()));
        }
    }

    private void watchStage(Window w) {
        if (w instanceof Stage stage) {
            // while presenting, Esc is the key filter's (help first, then presentation mode), not the stage's
            boolean presenting = pm.presentingProperty().get();
            stage.setFullScreenExitHint(presenting ? "F5 or Esc leaves presentation mode" : "F11 or Esc leaves full screen");
            stage.setFullScreenExitKeyCombination(presenting ? KeyCombination.NO_MATCH : KeyCombination.keyCombination("Esc"));
            if (!watched.contains(stage)) {
                watched.add(stage);
                stage.fullScreenProperty().addListener((o, was, is) -> pm.fullScreenProperty().set(is));
            }
            applyFullScreen(pm.fullScreenProperty().get());
        }
    }

    private void applyFullScreen(boolean on) {
        if (scene.getWindow() instanceof Stage stage && stage.isFullScreen() != on) {
            stage.setFullScreen(on);
        }
    }

    /** @return true while a menu, a combo box's list or another popup (not a tooltip) of this window is open */
    private boolean popupShowing() {
        for (Window w : Window.getWindows()) {
            if (w instanceof javafx.stage.PopupWindow p && p.isShowing() && !(w instanceof javafx.scene.control.Tooltip)) {
                Window owner = p.getOwnerWindow();
                while (owner instanceof javafx.stage.PopupWindow q) {
                    owner = q.getOwnerWindow();
                }
                if (owner == scene.getWindow()) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean typing() {
        return scene.getFocusOwner() instanceof TextInputControl;
    }

    private void keyPressed(KeyEvent e) {
        KeyCode c = e.getCode();
        boolean ctrl = e.isShortcutDown();
        boolean handled = true;
        if (c == KeyCode.F11) {
            pm.toggleFullScreen();
        } else if (c == KeyCode.F1) {
            pm.toggleHelp();
        } else if (c == KeyCode.F9) {
            view.windowLayout().toggleSidePanel();
        } else if (c == KeyCode.F5) {
            pm.togglePresenting();
        } else if (ctrl && (c == KeyCode.EQUALS || c == KeyCode.PLUS || c == KeyCode.ADD)) {
            pm.larger();
        } else if (ctrl && (c == KeyCode.MINUS || c == KeyCode.SUBTRACT)) {
            pm.smaller();
        } else if (ctrl && (c == KeyCode.DIGIT0 || c == KeyCode.NUMPAD0)) {
            pm.actualSize();
        } else if (c == KeyCode.ESCAPE && pm.helpShownProperty().get()) {
            pm.helpShownProperty().set(false);
        } else if (typing() || ctrl || e.isAltDown() || e.isMetaDown()) {
            handled = false;
        } else if (c == KeyCode.ESCAPE) {
            handled = !popupShowing() && !popupClosedByThisKey && pm.escape(); // an open menu or list takes its Esc first
        } else if (lessons != null && (c == KeyCode.N || c == KeyCode.PAGE_DOWN)) {
            lessons.next();
        } else if (lessons != null && (c == KeyCode.P || c == KeyCode.PAGE_UP)) {
            lessons.previous();
        } else if (c == KeyCode.T) {
            pm.cycleTheme();
        } else {
            handled = false;
        }
        if (handled) {
            e.consume();
        }
    }

    /** One tenth of a decade: the factor of ] and [. */
    static final double ALPHA_STEP = Math.pow(10, 0.1);

    /** Typed characters, so that ] [ } { work on every layout (AltGr on German keyboards). */
    private void keyTyped(KeyEvent e) {
        if (typing()) {
            return;
        }
        double factor = switch (e.getCharacter()) {
            case "]" -> ALPHA_STEP;
            case "[" -> 1 / ALPHA_STEP;
            case "}" -> 10;
            case "{" -> 0.1;
            default -> Double.NaN;
        };
        if ("?".equals(e.getCharacter())) {
            pm.helpShownProperty().set(true);
            e.consume();
        } else if (!Double.isNaN(factor)) {
            view.viewModel().scaleLearningRate(factor);
            e.consume();
        }
    }
}
