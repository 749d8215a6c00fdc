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
import org.gdlab.app.viewmodel.PlannedPath;
import java.util.ArrayList;
import java.util.List;
import org.gdlab.core.contour.ContourPicture;
import org.gdlab.core.surface.Surface;
import org.gdlab.render.paint.FrameLayer;
import org.gdlab.render.paint.Occupant;
import org.gdlab.render.paint.Overlay;
import org.gdlab.render.paint.PathLayer;
import org.gdlab.render.paint.PlotTheme;
import org.gdlab.render.paint.PlotTransform;

/**
 * The contour plot: canvases stacked from the bottom: the base (colour map, level lines, minima, gradient
 * field, axes, colour bar), the layers others add ({@link #addLayer}), the planned path, the trail (path so
 * far, painted incrementally during playback) and the marks (arrows, current point, start, markers, placed
 * labels and the registered {@link Overlay overlays}). Everything but the colour-map image is painted by the
 * one painter ({@code org.gdlab.render.paint}) through FXGraphics2D, the same code every export runs; a
 * canvas is repainted only when what it shows changed (a step repaints the marks and adds to the trail; a
 * new path repaints the planned path too; only the surface, the view, the theme or the size repaint the
 * base). It binds to the {@link LabViewModel}, repaints a
 * layer when what it shows changes, and forwards gestures: primary press or drag sets the start point;
 * right or middle drag, or Shift/Ctrl + primary drag, pans; the wheel zooms about the cursor; moving
 * the mouse reports the hover position.
 */
public final class PlotView extends Region {

    /** margin left of the plot area (y tick labels) */
    public static final double LEFT = FrameLayer.LEFT;
    /** margin above the plot area */
    public static final double TOP = FrameLayer.TOP;
    /** margin right of the plot area (colour bar and its labels) */
    public static final double RIGHT = FrameLayer.RIGHT;
    /** margin below the plot area (x tick labels) */
    public static final double BOTTOM = FrameLayer.BOTTOM;

    private final LabViewModel vm;
    private final Canvas base = new Canvas();
    private final Canvas planned = new Canvas();
    private final Canvas trail = new Canvas();
    private final Canvas marks = new Canvas();
    private final Canvas[] layers = {base, planned, trail, marks};
    private final CanvasGraphics baseGraphics = new CanvasGraphics(base);
    private final CanvasGraphics plannedGraphics = new CanvasGraphics(planned);
    private final CanvasGraphics trailGraphics = new CanvasGraphics(trail);
    private final CanvasGraphics marksGraphics = new CanvasGraphics(marks);
    private final List<Overlay> overlays = new ArrayList<>();
    private final List<Occupant> occupants = new ArrayList<>();
    private Object trailPath;
    private Object trailTransform;
    private int trailTo = -1;
    private ContourPicture imageOf;
    private WritableImage image;
    private double lastX;
    private double lastY;
    private boolean panning;
    private int basePaints;
    private int plannedPaints;
    private boolean overlayTookPress;
    private boolean baseDirty = true;
    private boolean plannedDirty = true;
    private boolean overlayDirty = true;
    // presentation: text, markers and line widths times uiScale (the painters draw on a scaled context)
    private final javafx.beans.property.DoubleProperty uiScale = new javafx.beans.property.SimpleDoubleProperty(this, "uiScale", 1);
    private final javafx.beans.property.BooleanProperty mainRunVisible = new javafx.beans.property.SimpleBooleanProperty(this, "mainRunVisible", true);
    // the theme's colours around the plot area (paper) and of the axes, ticks and colour bar (ink)
    private final javafx.beans.property.ObjectProperty<javafx.scene.paint.Color> paper =
            new javafx.beans.property.SimpleObjectProperty<>(this, "paper", javafx.scene.paint.Color.rgb(250, 250, 250));
    private final javafx.beans.property.ObjectProperty<javafx.scene.paint.Color> ink =
            new javafx.beans.property.SimpleObjectProperty<>(this, "ink", javafx.scene.paint.Color.rgb(33, 33, 33));
    // racing: the main run's trail is drawn thinner (its widths times this), so the raced runs show beside it
    private final javafx.beans.property.DoubleProperty mainTrailWidth = new javafx.beans.property.SimpleDoubleProperty(this, "mainTrailWidth", 1);
    private PlotTransform scaledOf;
    private PlotTransform scaled;

    public PlotView(LabViewModel vm) {
        this.vm = vm;
        setId("plot");
        getStyleClass().add("plot");
        getChildren().addAll(layers);
        setFocusTraversable(true);
        setMinSize(300, 200);
        for (Canvas c : layers) {
            c.setMouseTransparent(true);
        }
        for (Canvas c : new Canvas[] {planned, trail}) {
            c.visibleProperty().bind(mainRunVisible); // issue 5: the race legend hides the main run
        }
        mainRunVisible.addListener(x -> invalidateOverlay());

        for (Observable o : new Observable[] {vm.plot().pictureProperty(), vm.plot().transformProperty(), vm.plot().gradientFieldProperty(),
                vm.surfaceProperty(), vm.plot().colorMapProperty()}) {
            o.addListener(x -> invalidateBase());
        }
        for (Observable o : new Observable[] {vm.pathProperty(), vm.plot().transformProperty()}) {
            o.addListener(x -> {
                plannedDirty = true;
                requestLayout();
            });
        }
        for (Observable o : new Observable[] {vm.pathProperty(), vm.plot().transformProperty(), vm.playback().stepProperty(),
                vm.startXProperty(), vm.startYProperty()}) {
            o.addListener(x -> invalidateOverlay());
        }

        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, e -> setCursor(Cursor.CROSSHAIR));
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> vm.plot().hover(e.getX(), e.getY()));
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> vm.plot().exitHover());
        addEventHandler(ScrollEvent.SCROLL, e -> vm.plot().zoomAbout(e.getX(), e.getY(), Math.pow(1.002, e.getDeltaY())));
        setCursor(Cursor.CROSSHAIR);
        uiScale.addListener(o -> {
            baseDirty = plannedDirty = overlayDirty = true;
            trailTo = -1;
            requestLayout();
        });
        paper.addListener(o -> invalidateBase());
        ink.addListener(o -> invalidateBase());
        mainTrailWidth.addListener(o -> {
            trailTo = -1;
            invalidateOverlay();
        });
    }

    /** @return the colour around the plot area, behind the tick labels and the colour bar (the theme's) */
    public javafx.beans.property.ObjectProperty<javafx.scene.paint.Color> paperProperty() {
        return paper;
    }

    /** @return the colour of the axes, ticks, tick labels and the colour bar's frame and labels (the theme's) */
    public javafx.beans.property.ObjectProperty<javafx.scene.paint.Color> inkProperty() {
        return ink;
    }

    /**
     * @return the factor (1: as painted alone) the main run's trail widths and dots are multiplied by: the
     *     trail is painted in painter units of uiScale × this factor, so its positions are exact and only its
     *     widths change
     */
    public javafx.beans.property.DoubleProperty mainTrailWidthProperty() {
        return mainTrailWidth;
    }

    /**
     * Moves a layer added with {@link #addLayer} just above the main run's trail (under the markers), or back
     * to where it was added (under the main run's paths): the selected raced run is drawn on top.
     */
    public void drawAboveMainTrail(Canvas layer, boolean above) {
        var children = getChildren();
        int at = children.indexOf(layer);
        if (at < 0 || (at > children.indexOf(trail)) == above) {
            return;
        }
        children.remove(layer);
        children.add(above ? children.indexOf(trail) + 1 : children.indexOf(planned), layer);
    }

    /** @return the UI scale (1 to 2) the plot's text, markers and line widths are multiplied by */
    public javafx.beans.property.DoubleProperty uiScaleProperty() {
        return uiScale;
    }

    /** @return the transform in the painters' units (pixels / uiScale); cached so identity checks hold */
    private PlotTransform forPainters(PlotTransform t) {
        double s = uiScale.get();
        if (t == null || s == 1) {
            return t;
        }
        if (t != scaledOf || scaled.left() * s != t.left()) {
            scaledOf = t;
            scaled = new PlotTransform(t.visible(), t.left() / s, t.top() / s, t.width() / s, t.height() / s);
        }
        return scaled;
    }

    /**
     * For layers added with {@link #addLayer}: t in the painters' units for the UI scale s (pixels / s). A layer
     * draws with it on a context scaled by s, so its line widths, markers and fonts grow with the scale.
     */
    public static PlotTransform inPainterUnits(PlotTransform t, double s) {
        if (t == null || s == 1) {
            return t;
        }
        return new PlotTransform(t.visible(), t.left() / s, t.top() / s, t.width() / s, t.height() / s);
    }

    private void pressed(MouseEvent e) {
        requestFocus();
        if (e.getButton() == MouseButton.PRIMARY && !e.isShiftDown() && !e.isControlDown()) {
            double u = uiScale.get();
            for (Overlay o : overlays) {
                if (o.click(e.getX() / u, e.getY() / u)) {
                    panning = false;
                    overlayTookPress = true;
                    invalidateOverlay();
                    return;
                }
            }
        }
        overlayTookPress = false;
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
            vm.plot().panBy(e.getX() - lastX, e.getY() - lastY);
            lastX = e.getX();
            lastY = e.getY();
        } else if (e.isPrimaryButtonDown() && !overlayTookPress) {
            moveStart(e);
        }
        vm.plot().hover(e.getX(), e.getY());
    }

    private void moveStart(MouseEvent e) {
        PlotTransform t = vm.plot().transformProperty().get();
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
            for (Canvas c : layers) {
                c.setWidth(w);
                c.setHeight(h);
            }
            baseDirty = true;
            plannedDirty = true;
            overlayDirty = true;
            trailTo = -1;
        }
        double u = uiScale.get();
        vm.plot().setPlotArea(LEFT * u, TOP * u, Math.max(1, w - (LEFT + RIGHT) * u), Math.max(1, h - (TOP + BOTTOM) * u));
        if (baseDirty) {
            baseDirty = false;
            paintBase();
        }
        if (plannedDirty) {
            plannedDirty = false;
            paintPlanned();
        }
        if (overlayDirty) {
            overlayDirty = false;
            paintOverlay();
        }
    }

    /**
     * Repaint the base layer now: the theme's paper, the colour map (the picture's image, rebuilt only when
     * the picture changed, drawn directly as a JavaFX image), then through the one painter the level lines,
     * the gradient field, the minima, the axes and the colour bar.
     */
    public void paintBase() {
        ContourPicture p = vm.plot().pictureProperty().get();
        if (p != imageOf) {
            imageOf = p;
            image = p == null ? null : toImage(p);
        }
        basePaints++;
        double u = uiScale.get();
        BasePainter.paint(baseGraphics, base, u, forPainters(vm.plot().transformProperty().get()), p, image,
                vm.plot().colorMapProperty().get(), vm.surfaceProperty().get(), vm.plot().gradientFieldProperty().get(), theme());
    }

    /** @return the theme's paper and ink as the painter takes them */
    public PlotTheme theme() {
        return Colors.theme(paper.get(), ink.get());
    }

    private void paintPlanned() {
        plannedPaints++;
        java.awt.Graphics2D g = plannedGraphics.cleared(uiScale.get());
        PlannedPath p = vm.pathProperty().get();
        PlotTransform t = forPainters(vm.plot().transformProperty().get());
        if (p != null && p.size() > 0 && t != null) {
            PathLayer.paintPlanned(g, t, p);
        }
    }

    /**
     * Repaint what moves with the current step: the marks (arrows, current point, start, α changes, the
     * "left the view" marker, their labels and the overlays) in full, the trail only by the steps added
     * since the last frame (in full when the path, the view or the size changed or the step went back). The
     * planned path and the base stay as they are.
     */
    public void paintOverlay() {
        PlotTransform t = vm.plot().transformProperty().get();
        PlotTransform pt = forPainters(t);
        double u = uiScale.get();
        double tu = u * mainTrailWidth.get();
        PlotTransform tpt = tu == u ? pt : inPainterUnits(t, tu);
        PlannedPath p = vm.pathProperty().get();
        int k = p == null || p.size() == 0 ? -1 : Math.max(0, Math.min(vm.playback().step(), p.size() - 1));
        if (t == null) {
            trailGraphics.cleared(1);
            marksGraphics.cleared(1);
            return;
        }
        if (p != trailPath || t != trailTransform || k < trailTo || trailTo < 0) {
            java.awt.Graphics2D g = trailGraphics.cleared(tu);
            if (k >= 0) {
                PathLayer.paintTrail(g, tpt, p, 0, k, PathLayer.TrailLook.MAIN);
            }
        } else if (k > trailTo) {
            PathLayer.paintTrail(trailGraphics.at(tu), tpt, p, trailTo, k, PathLayer.TrailLook.MAIN);
        }
        trailPath = p;
        trailTransform = t;
        trailTo = k;
        MarksPainter.paint(marksGraphics.cleared(u), pt, mainRunVisible.get() ? p : null, k, vm.startXProperty().get(),
                vm.startYProperty().get(), vm.surfaceProperty().get(), occupants, overlays);
    }

    /**
     * Registers something on the plot that labels must avoid (the race's runs, the banner over the plot's
     * top); its regions are taken again when any of {@code changes} changes and with every step.
     */
    public void addOccupant(Occupant occupant, Observable... changes) {
        occupants.add(occupant);
        for (Observable o : changes) {
            o.addListener(x -> invalidateOverlay());
        }
        invalidateOverlay();
    }

    /**
     * Registers an overlay: painted on the marks layer after the plot's own labels, with what they occupy,
     * and repainted when any of {@code changes} changes (and with every step, the view and the path).
     */
    public void addOverlay(Overlay overlay, Observable... changes) {
        overlays.add(overlay);
        for (Observable o : changes) {
            o.addListener(x -> invalidateOverlay());
        }
        invalidateOverlay();
    }

    /** @return the picture's colours as an image (row 0 = top) */
    public static WritableImage toImage(ContourPicture p) {
        int nx = p.grid().nx();
        int ny = p.grid().ny();
        WritableImage img = new WritableImage(nx, ny);
        img.getPixelWriter().setPixels(0, 0, nx, ny, PixelFormat.getIntArgbInstance(), p.argb(), 0, nx);
        return img;
    }

    /**
     * Hook for overlays (the basin map): add a mouse-transparent canvas just above the base layer (under
     * the paths); it is kept the size of the plot and paints itself.
     */
    public void addLayer(Canvas layer) {
        layer.setMouseTransparent(true);
        layer.widthProperty().bind(widthProperty());
        layer.heightProperty().bind(heightProperty());
        getChildren().add(1, layer);
    }

    /** @return whether the main run's path, trail, arrows and current point are drawn (the race legend hides it) */
    public javafx.beans.property.BooleanProperty mainRunVisibleProperty() {
        return mainRunVisible;
    }

    /**
     * @return how often the base layer (colour map, level lines, axes, colour bar) and the planned path have
     *     been painted, {base, planned}: for tests that check that a change repaints only what it changes
     */
    public int[] paintCounts() {
        return new int[] {basePaints, plannedPaints};
    }

    /** @return the canvas of the path so far (for snapshot tests) */
    public Canvas trailCanvas() {
        return trail;
    }
}
