package org.gdlab.app.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.gdlab.app.ShellFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Presentation-mode keys and the help overlay, pressed like a user. */
@ExtendWith(ApplicationExtension.class)
class PresentationKeysTest {

    @TempDir
    static Path config;

    private ShellFixture ui;
    private Stage stage;

    /**
     * A stage of its own, closed after the test: these tests resize it and put it in full screen, which the
     * shared primary stage would keep for the test classes that run after them.
     */
    @Start
    void start(Stage primary) {
        stage = new Stage();
        ui = new ShellFixture(stage, config);
    }

    @AfterEach
    void stop() {
        ShellFixture.fx(() -> {
            stage.setFullScreen(false);
            ui.view.dispose();
            stage.close();
        });
    }

    private PresentationModel pm() {
        return ui.shell.presentation();
    }

    @Test
    void f11TogglesFullScreen(FxRobot robot) {
        ui.idle();
        assertFalse(pm().fullScreenProperty().get());
        robot.type(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(pm().fullScreenProperty().get());
        assertTrue(stage.isFullScreen(), "the stage follows");
        robot.type(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(pm().fullScreenProperty().get());
        assertFalse(stage.isFullScreen());
    }

    @Test
    void ctrlEqualsAndCtrlMinusChangeTheScaleOfTextAndPlot(FxRobot robot) {
        ui.idle();
        Node status = robot.lookup("#status").query();
        double before = ((javafx.scene.control.Label) status).getFont().getSize();
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1.5, pm().scaleProperty().get(), 1e-12, "two steps of 25 %");
        assertEquals(1.5, ui.view.plot().uiScaleProperty().get(), 1e-12, "the plot's painters read it");
        ShellFixture.fx(() -> ui.view.getScene().getRoot().applyCss());
        Font after = ((javafx.scene.control.Label) status).getFont();
        assertEquals(before * 1.5, after.getSize(), 0.05, "text grows with the scale (CSS sizes round to 0.01 px)");
        robot.press(KeyCode.CONTROL).type(KeyCode.MINUS).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1.25, pm().scaleProperty().get(), 1e-12);
        for (int i = 0; i < 6; i++) {
            robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(PresentationModel.MAX_SCALE, pm().scaleProperty().get(), 1e-12, "at most 200 %");
    }

    /** @return true when the node and all its ancestors are visible: it is on screen */
    static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }

    @Test
    void f9HidesAndShowsTheSidePanelControlsButKeepsTheUpdatePanel(FxRobot robot) {
        ui.idle();
        assertTrue(shown(robot.lookup("#side-controls").query()));
        double plotWidth = ShellFixture.fx(() -> ui.view.plot().getWidth());
        robot.type(KeyCode.F9);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(shown(robot.lookup("#side-controls").query()), "the controls go into the closed drawer");
        assertTrue(shown(robot.lookup("#update").query()), "the update panel stays");
        assertTrue(shown(robot.lookup("#timeline").query()), "the playback bar stays");
        assertTrue(shown(robot.lookup("#barLrSlider").query()), "α is in the playback bar");
        double plotWidthCollapsed = ShellFixture.fx(() -> ui.view.plot().getWidth());
        assertEquals(plotWidth, plotWidthCollapsed, 0, "the update panel keeps its column: nothing moves");
        robot.type(KeyCode.F9);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shown(robot.lookup("#side-controls").query()));
        assertFalse(shown(robot.lookup("#barLrSlider").query()), "α is back in the side panel only");
    }

    @Test
    void f1ShowsTheHelpOverlayAndEscHidesIt(FxRobot robot) {
        ui.idle();
        Node overlay = robot.lookup("#help-overlay").query();
        assertFalse(overlay.isVisible());
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(overlay.isVisible());
        assertEquals(KeyHelp.ROWS.stream().filter(r -> !r.heading()).count(), robot.lookup(".help-key").queryAll().size(),
                "every key is listed");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(overlay.isVisible());
    }

    @Test
    void questionMarkShowsTheHelpOverlay(FxRobot robot) {
        ui.idle();
        Node overlay = robot.lookup("#help-overlay").query();
        robot.write('?');
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(overlay.isVisible());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(overlay.isVisible());
    }

    @Test
    void tCyclesTheThemeStyleSheets(FxRobot robot) {
        ui.idle();
        robot.type(KeyCode.T);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Theme.DARK, pm().themeProperty().get());
        assertTrue(ui.view.getScene().getStylesheets().contains(Theme.DARK.stylesheet()));
        robot.type(KeyCode.T);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Theme.HIGH_CONTRAST, pm().themeProperty().get());
        assertFalse(ui.view.getScene().getStylesheets().contains(Theme.DARK.stylesheet()));
        assertTrue(ui.view.getScene().getStylesheets().contains(Theme.HIGH_CONTRAST.stylesheet()));
    }

    @Test
    void f5EntersAndLeavesPresentationModeAndEscLeavesItAfterClosingTheHelp(FxRobot robot) {
        ui.idle();
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(pm().presentingProperty().get());
        assertTrue(stage.isFullScreen());
        assertEquals(Theme.HIGH_CONTRAST, pm().themeProperty().get());
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(pm().presentingProperty().get(), "F5 again leaves it");
        assertFalse(stage.isFullScreen());
        assertEquals(1.0, pm().scaleProperty().get(), 0, "everything as before");
        assertEquals(Theme.LIGHT, pm().themeProperty().get());
        assertTrue(shown(robot.lookup("#side-controls").query()), "the side panel is back");

        robot.type(KeyCode.F5);
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        Node overlay = robot.lookup("#help-overlay").query();
        assertTrue(overlay.isVisible());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(overlay.isVisible(), "the first Esc closes the help");
        assertTrue(pm().presentingProperty().get(), "and only the help");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(pm().presentingProperty().get(), "the second Esc leaves presentation mode");
        assertFalse(stage.isFullScreen());
    }

    @Test
    void escWithAMenuOpenClosesTheMenuAndStaysInPresentationMode(FxRobot robot) {
        ui.idle();
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("View");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.Menu view = ShellFixture.fx(() -> ((javafx.scene.control.MenuBar) ui.view.getScene()
                .lookup("#menu-bar")).getMenus().get(2));
        assertTrue(view.isShowing());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(view.isShowing(), "Esc closes the menu");
        assertTrue(pm().presentingProperty().get(), "and only the menu");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(pm().presentingProperty().get());
    }

    @Test
    void presentingTheSidePanelIsADrawerThatF9OpensAndAlphaIsInThePlaybackBar(FxRobot robot) {
        ui.idle();
        robot.type(KeyCode.F5);
        ShellFixture.fx(() -> {
            stage.setFullScreen(false); // a 1280×720 projector
            stage.setWidth(1280);
            stage.setHeight(720);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(pm().presentingProperty().get(), "leaving full screen by the window does not stop presenting");
        assertEquals(WindowLayout.Dock.NONE, ui.view.windowLayout().dockProperty().get());
        assertFalse(shown(robot.lookup("#update").query()));
        assertTrue(shown(robot.lookup("#barLrSlider").query()), "α stays within reach");
        robot.type(KeyCode.F9);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shown(robot.lookup("#update").query()), "the drawer shows the update panel");
        assertTrue(shown(robot.lookup("#side-controls").query()), "and the controls");
        robot.type(KeyCode.F9);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(shown(robot.lookup("#side-controls").query()));
    }

    /** @return the colour of the plot's top-left corner (outside the plot area: the paper around it) */
    private int plotCorner() {
        javafx.scene.image.Image img = ShellFixture.fx(() -> ui.view.plot().snapshot(null, null));
        return img.getPixelReader().getArgb(3, 3);
    }

    private static double brightness(int argb) {
        return (((argb >> 16) & 255) + ((argb >> 8) & 255) + (argb & 255)) / 3.0;
    }

    @Test
    void theDarkThemeDarkensThePlotAroundItsAreaToo(FxRobot robot) {
        ui.idle();
        assertTrue(brightness(plotCorner()) > 200, "light: the plot's paper is light");
        robot.type(KeyCode.T);
        ui.idle();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Theme.DARK, pm().themeProperty().get());
        assertTrue(brightness(plotCorner()) < 60, "dark: so is the plot's paper");
        assertEquals(javafx.scene.paint.Color.web(Theme.DARK.plotInk()), ui.view.plot().inkProperty().get(),
                "and its axes and labels are light");
    }

    @Test
    void inTheHighContrastThemeTheOpenMenusTitleIsWhiteOnBlack(FxRobot robot) {
        ui.idle();
        ShellFixture.fx(() -> pm().themeProperty().set(Theme.HIGH_CONTRAST));
        robot.clickOn("View");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.Labeled title = ShellFixture.fx(() -> {
            for (Node n : ui.view.getScene().getRoot().lookupAll(".menu-button")) {
                if (n instanceof javafx.scene.control.MenuButton b && b.getText() != null
                        && "View".equals(b.getText().replace("_", "")) && b.isShowing()) {
                    return (javafx.scene.control.Labeled) b.lookup(".label");
                }
            }
            return null;
        });
        assertEquals(javafx.scene.paint.Color.WHITE, title.getTextFill(), "the open menu's title is white");
        var fills = ((javafx.scene.layout.Region) title.getParent()).getBackground().getFills();
        assertEquals(javafx.scene.paint.Color.BLACK, fills.get(fills.size() - 1).getFill(), "on black");
        robot.type(KeyCode.ESCAPE);
    }
}
