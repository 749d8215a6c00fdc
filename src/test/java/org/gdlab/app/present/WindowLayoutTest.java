package org.gdlab.app.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gdlab.app.present.WindowLayout.Dock;
import org.junit.jupiter.api.Test;

/** Where the side panel goes at each window size, scale and mode; presentation mode on and off. No JavaFX nodes. */
class WindowLayoutTest {

    private final PresentationModel pm = new PresentationModel();
    private final WindowLayout layout = new WindowLayout(pm);

    private void window(double w, double h) {
        layout.widthProperty().set(w);
        layout.heightProperty().set(h);
    }

    @Test
    void theSidePanelIsDockedWhereItLeavesThePlotMostOfTheWidth() {
        window(1280, 800);
        assertEquals(Dock.FULL, layout.dockProperty().get());
        assertFalse(layout.learningRateInBarProperty().get(), "α is in the side panel");
        window(1024, 768);
        assertEquals(Dock.FULL, layout.dockProperty().get(), "380 px of 1024 still fits");
    }

    @Test
    void atALargeScaleTheSidePanelBecomesAClosedDrawerAndAlphaMovesToThePlaybackBar() {
        window(1280, 720);
        pm.setScale(1.5);
        assertEquals(Dock.NONE, layout.dockProperty().get(), "570 px would leave the plot too little of 1280");
        assertFalse(layout.drawerOpenProperty().get(), "the drawer starts closed");
        assertTrue(layout.learningRateInBarProperty().get());
        window(1920, 1080);
        assertEquals(Dock.FULL, layout.dockProperty().get(), "at 1920 the same panel fits");
    }

    @Test
    void inDataModeTheSidePanelDocksOnlyWhereItLeavesRoomForThePlotAndTheDataView() {
        window(1280, 720);
        layout.dataModeProperty().set(true);
        assertEquals(Dock.NONE, layout.dockProperty().get(), "380 px of 1280 would squeeze the plot and the data view");
        assertTrue(layout.learningRateInBarProperty().get(), "α is in the playback bar");
        window(1920, 1080);
        assertEquals(Dock.FULL, layout.dockProperty().get(), "380 px of 1920 leaves room for both");
        layout.dataModeProperty().set(false);
        window(1280, 720);
        assertEquals(Dock.FULL, layout.dockProperty().get(), "on a surface, docked as before");
    }

    @Test
    void f9HidesTheControlsWhereThePanelFitsAndOpensTheDrawerWhereItDoesNot() {
        window(1280, 800);
        layout.toggleSidePanel();
        assertEquals(Dock.UPDATE, layout.dockProperty().get(), "the update panel stays beside the plot");
        assertTrue(layout.learningRateInBarProperty().get());
        layout.toggleSidePanel();
        assertEquals(Dock.FULL, layout.dockProperty().get());
        pm.setScale(2);
        layout.toggleSidePanel();
        assertEquals(Dock.NONE, layout.dockProperty().get());
        assertTrue(layout.drawerOpenProperty().get(), "where it does not fit, F9 opens the drawer");
        layout.toggleSidePanel();
        assertFalse(layout.drawerOpenProperty().get(), "and closes it");
    }

    @Test
    void theDrawerClosesWhenWhatIsDockedChanges() {
        window(1280, 720);
        pm.setScale(1.5);
        layout.toggleSidePanel();
        assertTrue(layout.drawerOpenProperty().get());
        pm.setScale(1);
        assertEquals(Dock.FULL, layout.dockProperty().get());
        assertFalse(layout.drawerOpenProperty().get());
    }

    @Test
    void presentingDocksOnlyTheUpdatePanelAndOnlyWhereThePlotKeepsMostOfTheWidth() {
        window(1920, 1080);
        pm.present();
        pm.setScale(1);
        assertEquals(Dock.UPDATE, layout.dockProperty().get(), "380 px of 1920: the update panel stays in view");
        pm.setScale(1.5);
        assertEquals(Dock.NONE, layout.dockProperty().get(), "570 px of 1920 is too much while presenting");
        window(1280, 720);
        assertEquals(Dock.NONE, layout.dockProperty().get());
        assertTrue(layout.learningRateInBarProperty().get());
    }

    @Test
    void f5TogglesPresentingAndLeavingRestoresScaleThemePanelCaptionAndFullScreen() {
        pm.setScale(1.25);
        pm.themeProperty().set(Theme.DARK);
        pm.present();
        assertTrue(pm.presentingProperty().get());
        assertEquals(1.5, pm.scaleProperty().get(), 0);
        assertEquals(Theme.HIGH_CONTRAST, pm.themeProperty().get());
        assertTrue(pm.sidePanelCollapsedProperty().get());
        assertFalse(pm.captionOpenProperty().get(), "the caption shows its title line only");
        assertTrue(pm.fullScreenProperty().get());
        pm.setScale(2); // changed while presenting: forgotten when it ends
        pm.togglePresenting();
        assertFalse(pm.presentingProperty().get());
        assertEquals(1.25, pm.scaleProperty().get(), 0);
        assertEquals(Theme.DARK, pm.themeProperty().get());
        assertFalse(pm.sidePanelCollapsedProperty().get());
        assertTrue(pm.captionOpenProperty().get());
        assertFalse(pm.fullScreenProperty().get());
    }

    @Test
    void escClosesTheHelpFirstThenLeavesPresentationMode() {
        pm.present();
        pm.toggleHelp();
        assertTrue(pm.escape());
        assertFalse(pm.helpShownProperty().get());
        assertTrue(pm.presentingProperty().get(), "the first Esc only closes the help");
        assertTrue(pm.escape());
        assertFalse(pm.presentingProperty().get());
        assertFalse(pm.escape(), "then Esc has nothing to do here");
    }
}
