package org.gdlab.app.present;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * Where the side panel goes at the window's size and UI scale, with no nodes. The side panel (the update
 * panel on top, the controls below) is {@link #SIDE_WIDTH} × scale wide. It is docked beside the plot only
 * when that leaves the plot most of the window's width (at most {@link #MAX_SIDE_SHARE} of the width for the
 * side, {@link #MAX_SIDE_SHARE_PRESENTING} while presenting); otherwise it becomes a drawer that opens over
 * the plot's right edge and closes again, so it never pushes the plot, the menu bar or the playback bar off
 * the window. In data mode ({@link #dataModeProperty()}) the data view shares the plot's row, so outside
 * presentation mode the side panel docks only where it takes at most {@link #MAX_SIDE_SHARE_DATA} of the
 * width (at 1920×1080 and 100 %; at 1280×720 it is a drawer, and the plot keeps about half the window).
 *
 * <ul>
 *   <li>{@link Dock#FULL}: update panel and controls beside the plot (the side panel shown and it fits);</li>
 *   <li>{@link Dock#UPDATE}: only the update panel beside the plot (F9 or presenting, and it fits); the
 *       controls are in the drawer;</li>
 *   <li>{@link Dock#NONE}: nothing beside the plot; update panel and controls are in the drawer.</li>
 * </ul>
 * Whenever the controls are not docked, the learning rate is also in the playback bar
 * ({@link #learningRateInBarProperty()}), so α, play/step and the scrubber are always on screen.
 *
 * <p>Mutable; confined to the JavaFX thread.
 */
public final class WindowLayout {

    /** What is docked beside the plot. */
    public enum Dock {
        /** the update panel and the controls */
        FULL,
        /** the update panel only */
        UPDATE,
        /** nothing: the side panel is a drawer */
        NONE
    }

    /** width of the side panel at 100 %, in pixels */
    public static final double SIDE_WIDTH = 380;
    /** outside presentation mode the docked side panel takes at most this share of the window's width */
    public static final double MAX_SIDE_SHARE = 0.38;
    /** while presenting the docked update panel takes at most this share of the window's width */
    public static final double MAX_SIDE_SHARE_PRESENTING = 0.25;
    /** in data mode, outside presentation mode, the docked side panel takes at most this share of the width */
    public static final double MAX_SIDE_SHARE_DATA = 0.2;

    private final PresentationModel pm;
    private final DoubleProperty width = new SimpleDoubleProperty(this, "width", 1280);
    private final DoubleProperty height = new SimpleDoubleProperty(this, "height", 800);
    private final ReadOnlyObjectWrapper<Dock> dock = new ReadOnlyObjectWrapper<>(this, "dock", Dock.FULL);
    private final BooleanProperty drawerOpen = new SimpleBooleanProperty(this, "drawerOpen", false);
    private final ReadOnlyBooleanWrapper learningRateInBar = new ReadOnlyBooleanWrapper(this, "learningRateInBar", false);
    private final BooleanProperty dataMode = new SimpleBooleanProperty(this, "dataMode", false);

    public WindowLayout(PresentationModel pm) {
        this.pm = pm;
        for (javafx.beans.Observable o : new javafx.beans.Observable[] {width, height, pm.scaleProperty(),
                pm.presentingProperty(), pm.sidePanelCollapsedProperty(), dataMode}) {
            o.addListener(x -> update());
        }
        update();
    }

    /** @return the side panel's width at the current scale, in pixels */
    public double sideWidth() {
        return SIDE_WIDTH * pm.scaleProperty().get();
    }

    /** @return true when the side panel fits beside the plot at this width, scale and mode */
    public boolean sideFits() {
        double share = pm.presentingProperty().get() ? MAX_SIDE_SHARE_PRESENTING
                : dataMode.get() ? MAX_SIDE_SHARE_DATA : MAX_SIDE_SHARE;
        return sideWidth() <= share * width.get() + 1e-9;
    }

    private void update() {
        if (!(width.get() > 0)) {
            return; // not laid out yet: keep what is docked
        }
        Dock d = !sideFits() ? Dock.NONE : pm.sidePanelCollapsedProperty().get() ? Dock.UPDATE : Dock.FULL;
        if (d != dock.get()) {
            drawerOpen.set(false);
            dock.set(d);
        }
        learningRateInBar.set(d != Dock.FULL);
    }

    /**
     * F9 and the side panel button: where the side panel fits, show or hide its controls (the update panel
     * stays); where it does not, open or close the drawer.
     */
    public void toggleSidePanel() {
        if (sideFits()) {
            pm.toggleSidePanel();
        } else {
            drawerOpen.set(!drawerOpen.get());
        }
    }

    /** @return the window's content width in pixels (the view keeps it current) */
    public DoubleProperty widthProperty() {
        return width;
    }

    /** @return the window's content height in pixels (the view keeps it current) */
    public DoubleProperty heightProperty() {
        return height;
    }

    /** @return true while a data surface is on screen (the view keeps it current): the data view is in the plot's row */
    public BooleanProperty dataModeProperty() {
        return dataMode;
    }

    /** @return what is docked beside the plot */
    public ReadOnlyObjectProperty<Dock> dockProperty() {
        return dock.getReadOnlyProperty();
    }

    /** @return true while the drawer (what is not docked) is open over the plot; closes when the dock changes */
    public BooleanProperty drawerOpenProperty() {
        return drawerOpen;
    }

    /** @return true when the controls are not docked: the playback bar then has the learning rate too */
    public ReadOnlyBooleanProperty learningRateInBarProperty() {
        return learningRateInBar.getReadOnlyProperty();
    }

    /** @return the presentation state this layout follows */
    public PresentationModel presentation() {
        return pm;
    }
}
