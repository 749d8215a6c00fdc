package org.gdlab.app.present;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The state of presentation mode, with no nodes: full screen, the UI scale (100 % to 200 % in steps of
 * 25 %), the theme, whether the side panel is collapsed and whether the help overlay is shown.
 *
 * <p>Mutable; confined to the JavaFX thread.
 */
public final class PresentationModel {

    /** The smallest UI scale (100 %). */
    public static final double MIN_SCALE = 1.0;
    /** The largest UI scale (200 %). */
    public static final double MAX_SCALE = 2.0;
    /** One step of Ctrl+= / Ctrl+- (25 %). */
    public static final double STEP = 0.25;

    private final BooleanProperty fullScreen = new SimpleBooleanProperty(this, "fullScreen", false);
    private final ReadOnlyDoubleWrapper scale = new ReadOnlyDoubleWrapper(this, "scale", 1);
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private final BooleanProperty sidePanelCollapsed = new SimpleBooleanProperty(this, "sidePanelCollapsed", false);
    private final BooleanProperty helpShown = new SimpleBooleanProperty(this, "helpShown", false);

    /** Sets the scale, clamped to 1…2 and rounded to whole percent. */
    public void setScale(double s) {
        double v = Double.isFinite(s) ? s : 1;
        scale.set(Math.round(Math.max(MIN_SCALE, Math.min(MAX_SCALE, v)) * 100) / 100.0);
    }

    /** Ctrl+=: one step larger (at most 200 %). */
    public void larger() {
        setScale(Math.floor(scale.get() / STEP + 1e-9) * STEP + STEP);
    }

    /** Ctrl+-: one step smaller (at least 100 %). */
    public void smaller() {
        setScale(Math.ceil(scale.get() / STEP - 1e-9) * STEP - STEP);
    }

    /** Ctrl+0: 100 %. */
    public void actualSize() {
        setScale(1);
    }

    public void toggleFullScreen() {
        fullScreen.set(!fullScreen.get());
    }

    public void toggleSidePanel() {
        sidePanelCollapsed.set(!sidePanelCollapsed.get());
    }

    /** T: light → dark → high contrast → light. */
    public void cycleTheme() {
        theme.set(theme.get().next());
    }

    public void toggleHelp() {
        helpShown.set(!helpShown.get());
    }

    /** The lecture preset: full screen, 150 %, high contrast, side panel collapsed. */
    public void present() {
        setScale(1.5);
        theme.set(Theme.HIGH_CONTRAST);
        sidePanelCollapsed.set(true);
        fullScreen.set(true);
    }

    public BooleanProperty fullScreenProperty() {
        return fullScreen;
    }

    /** @return the UI scale, 1 (100 %) to 2 (200 %) */
    public ReadOnlyDoubleProperty scaleProperty() {
        return scale.getReadOnlyProperty();
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public BooleanProperty sidePanelCollapsedProperty() {
        return sidePanelCollapsed;
    }

    public BooleanProperty helpShownProperty() {
        return helpShown;
    }
}
