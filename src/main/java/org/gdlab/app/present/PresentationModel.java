package org.gdlab.app.present;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The state of presentation mode, with no nodes: full screen, the UI scale (100 % to 200 % in steps of
 * 25 %), the theme, whether the side panel is collapsed, whether the help overlay is shown, whether the
 * window presents (F5: {@link #togglePresenting()}) and whether the lesson caption is open (its text
 * under its title line) or shows its title line only.
 *
 * <p>Presenting sets the lecture preset (full screen, 150 %, high contrast, side panel collapsed, caption
 * closed); leaving restores what these were before, so F5 twice changes nothing. While presenting, each
 * of them can still be changed (Ctrl+= to 200 %, T for another theme).
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
    private final ReadOnlyBooleanWrapper presenting = new ReadOnlyBooleanWrapper(this, "presenting", false);
    private final BooleanProperty captionOpen = new SimpleBooleanProperty(this, "captionOpen", true);
    private Saved before;
    // the caption's placement outside presentation mode: whether its text fitted under its title at the last
    // layout, for which lesson, and whether it was closed because it did not (then it opens when it fits)
    private boolean captionFitted = true;
    private Object captionLesson;
    private boolean captionClosedToFit;

    public PresentationModel() {
        // opened or closed by anyone but placeCaption (a click, presenting): no longer closed to fit
        captionOpen.addListener((o, was, now) -> captionClosedToFit = false);
    }

    /** What presenting changes, kept to be restored when it ends. */
    private record Saved(double scale, Theme theme, boolean sidePanelCollapsed, boolean fullScreen, boolean captionOpen) {
    }

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

    /**
     * F5: start presenting (the lecture preset: full screen, 150 %, high contrast, side panel collapsed,
     * caption closed to its title line) or stop (everything back as it was before).
     */
    public void togglePresenting() {
        if (presenting.get()) {
            leave();
        } else {
            present();
        }
    }

    /** Start presenting; does nothing while presenting. */
    public void present() {
        if (presenting.get()) {
            return;
        }
        before = new Saved(scale.get(), theme.get(), sidePanelCollapsed.get(), fullScreen.get(), captionOpen.get());
        setScale(1.5);
        theme.set(Theme.HIGH_CONTRAST);
        sidePanelCollapsed.set(true);
        captionOpen.set(false);
        presenting.set(true);
        fullScreen.set(true);
    }

    /** Stop presenting: scale, theme, side panel, caption and full screen as they were before; does nothing otherwise. */
    public void leave() {
        if (!presenting.get()) {
            return;
        }
        Saved b = before;
        before = null;
        presenting.set(false);
        setScale(b.scale());
        theme.set(b.theme());
        sidePanelCollapsed.set(b.sidePanelCollapsed());
        captionOpen.set(b.captionOpen());
        fullScreen.set(b.fullScreen());
    }

    /**
     * Esc (when no text field has the focus): closes the help overlay if it is shown, else stops presenting.
     *
     * @return true when it did either
     */
    public boolean escape() {
        if (helpShown.get()) {
            helpShown.set(false);
            return true;
        }
        if (presenting.get()) {
            leave();
            return true;
        }
        return false;
    }

    /**
     * Where the lesson caption's text goes; the view asks on every layout pass, having measured it.
     * Presenting, it goes over the plot as a card (closed by {@link #present()}). Otherwise it goes under its
     * title line when it fits there, else in the card over the plot; since the card would cover the plot and
     * the race strip, a lesson opened where its text does not fit, or a window that becomes too small or too
     * large a scale for it, closes the text to its title line (a click on the title opens the card), as
     * presentation mode does. Text closed that way opens again under its title when it fits there again,
     * unless it was opened or closed by hand in between.
     *
     * @param fitsUnderTitle whether the text fits under its title line at the window's size and scale
     * @param lesson         the lesson shown, or null when none is
     * @return true: put the text under the title line; false: in the card over the plot
     */
    public boolean placeCaption(boolean fitsUnderTitle, Object lesson) {
        if (presenting.get()) {
            return false;
        }
        if (lesson == null) {
            captionLesson = null;
            return fitsUnderTitle;
        }
        boolean newLesson = lesson != captionLesson;
        if (!fitsUnderTitle && (captionFitted || newLesson) && captionOpen.get()) {
            captionOpen.set(false);
            captionClosedToFit = true;
        } else if (fitsUnderTitle && captionClosedToFit) {
            captionOpen.set(true);
        }
        captionFitted = fitsUnderTitle;
        captionLesson = lesson;
        return fitsUnderTitle;
    }

    /** Open or close the lesson caption's text (a click on its title line). */
    public void toggleCaption() {
        captionOpen.set(!captionOpen.get());
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

    /** @return true while presenting (F5) */
    public ReadOnlyBooleanProperty presentingProperty() {
        return presenting.getReadOnlyProperty();
    }

    /** @return true: the lesson caption shows its text; false: its title line only */
    public BooleanProperty captionOpenProperty() {
        return captionOpen;
    }
}
