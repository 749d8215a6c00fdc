package org.gdlab.app.plot;

import javafx.beans.Observable;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import org.gdlab.app.viewmodel.LabViewModel;
import org.gdlab.core.contour.ContourPicture;

/**
 * The contour plot: a base canvas (colour map, level lines, minima, gradient field, axes, colour bar)
 * under an overlay canvas (path, arrows, markers). It binds to the {@link LabViewModel}, repaints a
 * layer when what it shows changes, and forwards gestures: primary press or drag sets the start point;
 * right or middle drag, or Shift/Ctrl + primary drag, pans; the wheel zooms about the cursor; moving
 * the mouse reports the hover position.
 */
public final class PlotView extends Region {

    /** margin left of the plot area (y tick labels) */
    public static final double LEFT = 64;
    /** margin above the plot area */
    public static final double TOP = 26;
    /** margin right of the plot area (colour bar and its labels) */
    public static final double RIGHT = 110;
    /** margin below the plot area (x tick labels) */
    public static final double BOTTOM = 48;

    private final LabViewModel vm;
    private final Canvas base = new Canvas();
    private final Canvas overlay = new Canvas();
    private ContourPicture imageOf;
    private WritableImage image;
    private double lastX;
    private double lastY;
    private boolean panning;
    private boolean baseDirty = true;
    private boolean overlayDirty = true;

    public PlotView(LabViewModel vm) {
        this.vm = vm;
        setId("plot");
        getStyleClass().add("plot");
        getChildren().addAll(base, overlay);
        setFocusTraversable(true);
        setMinSize(300, 200);
        overlay.setMouseTransparent(true);
        base.setMouseTransparent(true);

        for (Observable o : new Observable[] {vm.pictureProperty(), vm.transformProperty(), vm.gradientFieldProperty(),
                vm.surfaceProperty(), vm.colorMapProperty()}) {
            o.addListener(x -> invalidateBase());
        }
        for (Observable o : new Observable[] {vm.pathProperty(), vm.transformProperty(), vm.playback().stepProperty(),
                vm.startXProperty(), vm.startYProperty()}) {
            o.addListener(x -> invalidateOverlay());
        }

        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, e -> setCursor(Cursor.CROSSHAIR));
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> vm.hover(e.getX(), e.getY()));
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> vm.exitHover());
        addEventHandler(ScrollEvent.SCROLL, e -> vm.zoomAbout(e.getX(), e.getY(), Math.pow(1.002, e.getDeltaY())));
        setCursor(Cursor.CROSSHAIR);
    }

    private void pressed(MouseEvent e) {
        requestFocus();
        lastX = e.getX();
        lastY = e.getY();
        panning = e.getButton() == MouseButton.SECONDARY || e.getButton() == MouseButton.MIDDLE
                || (e.getButton() == MouseButton.PRIMARY && (e.isShiftDown() || e.isControlDown()));
        if (panning) {
            setCursor(Cursor.MOVE);
        } else if (e.getButton() == MouseButton.PRIMARY) {
            moveStart(e);
        }
    }

    private void dragged(MouseEvent e) {
        if (panning) {
            vm.panBy(e.getX() - lastX, e.getY() - lastY);
            lastX = e.getX();
            lastY = e.getY();
        } else if (e.isPrimaryButtonDown()) {
            moveStart(e);
        }
        vm.hover(e.getX(), e.getY());
    }

    private void moveStart(MouseEvent e) {
        PlotTransform t = vm.transformProperty().get();
        if (t.containsScreen(e.getX(), e.getY())) {
            vm.setStart(t.worldX(e.getX()), t.worldY(e.getY()));
        }
    }

    private void invalidateBase() {
        baseDirty = true;
        requestLayout();
    }

    private void invalidateOverlay() {
        overlayDirty = true;
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        double w = Math.floor(getWidth());
        double h = Math.floor(getHeight());
        if (base.getWidth() != w || base.getHeight() != h) {
            base.setWidth(w);
            base.setHeight(h);
            overlay.setWidth(w);
            overlay.setHeight(h);
            baseDirty = true;
            overlayDirty = true;
        }
        vm.setPlotArea(LEFT, TOP, Math.max(1, w - LEFT - RIGHT), Math.max(1, h - TOP - BOTTOM));
        if (baseDirty) {
            baseDirty = false;
            paintBase();
        }
        if (overlayDirty) {
            overlayDirty = false;
            paintOverlay();
        }
    }

    /** Repaint the base layer now (colour map image is rebuilt only when the picture changed). */
    public void paintBase() {
        ContourPicture p = vm.pictureProperty().get();
        if (p != imageOf) {
            imageOf = p;
            image = p == null ? null : toImage(p);
        }
        SurfacePainter.paint(base.getGraphicsContext2D(), base.getWidth(), base.getHeight(), vm.transformProperty().get(),
                p, image, vm.colorMapProperty().get(), vm.surfaceProperty().get(), vm.gradientFieldProperty().get());
    }

    /** Repaint the overlay now. */
    public void paintOverlay() {
        PathPainter.paint(overlay.getGraphicsContext2D(), overlay.getWidth(), overlay.getHeight(),
                vm.transformProperty().get(), vm.pathProperty().get(), vm.playback().step(),
                vm.startXProperty().get(), vm.startYProperty().get());
    }

    /** @return the picture's colours as an image (row 0 = top) */
    public static WritableImage toImage(ContourPicture p) {
        int nx = p.grid().nx();
        int ny = p.grid().ny();
        WritableImage img = new WritableImage(nx, ny);
        img.getPixelWriter().setPixels(0, 0, nx, ny, PixelFormat.getIntArgbInstance(), p.argb(), 0, nx);
        return img;
    }

    /** @return the overlay canvas (for snapshot tests) */
    public Canvas overlayCanvas() {
        return overlay;
    }
}
