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
import org.gdlab.render.paint.PathPoints;
import org.gdlab.render.paint.PlotStyle;
import org.gdlab.render.paint.PlotTheme;
import org.gdlab.render.paint.PlotTransform;

/**
 * The contour plot: canvases stacked from the bottom: the base (colour map, level lines, minima, gradient
 * field, axes, colour bar), the layers others add ({@link #addLayer}), the main run's path (the planned path
 * with the trail, the path so far, over it: one canvas), the tail (the trail's newest steps, a small canvas),
 * the still marks (start, α changes, markers, overlays) and the moving marks (arrows, their label, the
 * current point: a small canvas at their place). Only the base covers the whole plot with its margins; the
 * path covers the plot area, and the tail, the still marks and the moving marks only what they hold: in the
 * software pipeline every canvas is cleared and blended pixel by pixel, so a new path (an α key) costs the
 * pixels of the plot-area canvas and of the base beneath it, not those of five full-size layers.
 * Everything but the colour-map image is painted by the one painter ({@code org.gdlab.render.paint})
 * through FXGraphics2D, the same code every export runs. A change only marks layers dirty; they are painted
 * once in the next pulse, before its layout pass (never by a layout request), and only those that changed:
 * a step repaints the two small canvases (a canvas that is drawn on is redrawn on the screen whole, so a
 * full-size canvas would cost the whole plot every frame); a new path the path canvas and the still marks; only the surface, the view, the theme or the size the base. It binds to the
 * {@link LabViewModel}, repaints a
 * layer when what it shows changes, and forwards gestures: primary press or drag sets the start point;
 * right or middle drag, or Shift/Ctrl + primary drag, pans; the wheel zooms about the cursor; moving
 * the mouse reports the hover position.
 */
public final class PlotView extends Region {

    /** margin left of the plot area (y tick labels) */
    public static final double LEFT = FrameLayer.LEFT;
    /** margin above the plot area */
    public static final double TOP = FrameLayer.TOP;
    /** margin right of the plot area (colour bar and its labels) until a picture is shown: see {@link #rightMargin()} */
    public static final double RIGHT = FrameLayer.RIGHT;
    /** margin below the plot area (x tick labels) */
    public static final double BOTTOM = FrameLayer.BOTTOM;

    private final LabViewModel vm;
    private final Canvas base = new Canvas();
    // the planned path with the trail over it (they change together: a new path, view or size repaints both)
    private final Canvas path = new Canvas();
    private final Canvas marks = new Canvas();
    // the base alone is full-size and the path covers the plot area; the trail's newest steps, the still marks
    // and the moving marks lie on canvases sized to what they hold
    private final Canvas tail = new Canvas();
    private final Canvas current = new Canvas();
    private final CanvasGraphics baseGraphics = new CanvasGraphics(base);
    private final CanvasGraphics pathGraphics = new CanvasGraphics(path);
    private final CanvasGraphics marksGraphics = new CanvasGraphics(marks);
    private final CanvasGraphics tailGraphics = new CanvasGraphics(tail);
    private final CanvasGraphics currentGraphics = new CanvasGraphics(current);
    // where the moving marks' label goes is found by painting them once here (never shown)
    private final CanvasGraphics measureGraphics = new CanvasGraphics(new Canvas(1, 1));
    // how large a canvas the still marks need is found by painting them once here (nothing drawn)
    private final InkBounds stillInk = new InkBounds();
    // what the still marks' labels and markers occupy (their labels' boxes too): the moving marks place theirs around it
    private org.gdlab.render.paint.Occupancy stillOccupied = new org.gdlab.render.paint.Occupancy();
    // the boxes of the labels the moving marks placed last (painter units)
    private List<java.awt.geom.Rectangle2D> movingLabels = List.of();
    private final List<Overlay> overlays = new ArrayList<>();
    // the overlays under the paths, bottom to top (each on a canvas of its own: addOverlayLayer)
    private final List<Overlay> underPaths = new ArrayList<>();
    private final List<Occupant> occupants = new ArrayList<>();
    private Object trailPath;
    private Object trailTransform;
    private int trailTo = -1;
    private int tailTo = -1;
    // the picture (or the picture with its level lines) the image shows
    private Object imageOf;
    private WritableImage image;
    private double lastX;
    private double lastY;
    private boolean panning;
    private int basePaints;
    private int plannedPaints;
    private int stillPaints;
    private boolean overlayTookPress;
    private boolean baseDirty = true;
    // the base is to be repainted for a new view or scale (not only for a new picture or colours)
    private boolean baseMoved = true;
    private boolean plannedDirty = true;
    private boolean overlayDirty = true;
    private boolean movingDirty = true;
    private boolean paintPending;
    private int layoutPasses;
    private boolean pulsePaintsHeld;
    private final Runnable onPulse = () -> {
        if (!pulsePaintsHeld) {
            paintOnPulse();
        }
    };
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
    // the right margin follows the colour bar's widest label; see fitRightMargin
    private double right = RIGHT;
    private Object rightMeasuredFor;

    public PlotView(LabViewModel vm) {
        this.vm = vm;
        setId("plot");
        getStyleClass().add("plot");
        getChildren().addAll(base, path, tail, marks, current);
        setFocusTraversable(true);
        setMinSize(300, 200);
        for (Canvas c : new Canvas[] {base, path, tail, marks, current}) {
            c.setMouseTransparent(true);
        }
        for (Canvas c : new Canvas[] {tail, marks, current}) {
            c.setManaged(false); // moved and resized with every step or path: no layout pass for that
        }
        for (Canvas c : new Canvas[] {path, tail, current}) {
            c.visibleProperty().bind(mainRunVisible); // issue 5: the race legend hides the main run
        }
        mainRunVisible.addListener(x -> invalidateOverlay());

        // not the surface: every new surface asks for its picture, and the base is painted once, when that comes
        // (painted at the surface's change too, a dragged κ or θ cost two full paints, the first one with the old
        // picture under the new minima); if the picture fails, the last good one stays with its own minima
        for (Observable o : new Observable[] {vm.plot().pictureProperty(), vm.plot().transformProperty(), vm.plot().gradientFieldProperty(),
                vm.plot().colorMapProperty()}) {
            o.addListener(x -> invalidateBase());
        }
        // a new view moves the base and the paths together: they are painted in the same pulse (see paintOnPulse)
        vm.plot().transformProperty().addListener(x -> baseMoved = true);
        for (Observable o : new Observable[] {vm.pathProperty(), vm.plot().transformProperty()}) {
            o.addListener(x -> {
                plannedDirty = true;
                schedulePaint();
            });
        }
        for (Observable o : new Observable[] {vm.pathProperty(), vm.plot().transformProperty(), vm.startXProperty(),
                vm.startYProperty()}) {
            o.addListener(x -> invalidateOverlay());
        }
        vm.plot().pictureProperty().addListener(x -> fitRightMargin());
        vm.playback().stepProperty().addListener(x -> {
            movingDirty = true;
            schedulePaint();
        });
        // paints happen once per pulse, before its layout pass, for every change since the last one
        sceneProperty().addListener((o, before, now) -> {
            if (before != null) {
                before.removePreLayoutPulseListener(onPulse);
            }
            if (now != null) {
                now.addPreLayoutPulseListener(onPulse);
                paintPending = false;
                schedulePaint();
            }
        });

        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, e -> setCursor(Cursor.CROSSHAIR));
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> vm.plot().hover(e.getX(), e.getY()));
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> vm.plot().exitHover());
        addEventHandler(ScrollEvent.SCROLL, e -> vm.plot().zoomAbout(e.getX(), e.getY(), Math.pow(1.002, e.getDeltaY())));
        setCursor(Cursor.CROSSHAIR);
        vm.plot().setUiScale(uiScale.get());
        uiScale.addListener(o -> {
            vm.plot().setUiScale(uiScale.get()); // the level lines in the picture's pixels are as wide as the scale makes them
            baseDirty = plannedDirty = overlayDirty = movingDirty = true;
            baseMoved = true;
            trailTo = -1;
            requestLayout(); // the plot area's margins change
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
        if (at < 0 || (at > children.indexOf(path)) == above) {
            return;
        }
        children.remove(layer);
        children.add(above ? children.indexOf(path) + 1 : children.indexOf(path), layer);
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
        schedulePaint();
    }

    private void invalidateOverlay() {
        overlayDirty = true;
        movingDirty = true;
        schedulePaint();
    }

    /**
     * Asks for one paint in the next pulse (before its layout pass) of every layer marked dirty since the
     * last: a burst of changes between two pulses costs one paint, and a change of pixels only costs no
     * layout pass.
     */
    private void schedulePaint() {
        if (!paintPending) {
            paintPending = true;
            if (getScene() != null) {
                javafx.application.Platform.requestNextPulse();
            }
        }
    }

    /** Paints what changed since the last paint, now (the pulse does this; tests call it to not wait for one). */
    void paintPending() {
        if (paintPending) {
            paintPending = false;
            paintDirty(false);
        }
    }

    /**
     * What a pulse paints: what changed since the last paint, but a new picture on the base (the colour map
     * and its level lines, the heaviest frame to render) waits for the next pulse when the path changed too.
     * A κ or θ move brings its path within a few milliseconds and its picture soon after; in the same pulse
     * the path's frame would reach the screen only once the whole base had rendered. So the new path shows
     * one frame earlier, over the old colour map, and the new colour map follows in the next frame. A new
     * view or UI scale moves the base and the paths alike: then both are painted in the same pulse, or a
     * pan would show the path a frame ahead of the map under it.
     *
     * @return true when the base was left for the next pulse
     */
    boolean paintOnPulse() {
        if (!paintPending) {
            return false;
        }
        paintPending = false;
        boolean later = paintDirty(true);
        if (later) {
            schedulePaint();
        }
        return later;
    }

    /** @return true when the base was dirty and left for the next pulse (only with {@code baseAfterPath}) */
    private boolean paintDirty(boolean baseAfterPath) {
        if (base.getWidth() <= 0 || base.getHeight() <= 0) {
            return false; // before the first layout pass, which paints
        }
        boolean later = baseDirty && baseAfterPath && plannedDirty && !baseMoved;
        if (baseDirty && !later) {
            baseDirty = false;
            baseMoved = false;
            paintBase();
        }
        if (plannedDirty) {
            plannedDirty = false;
            trailTo = -1; // the path canvas is repainted whole: the planned path, then the trail over it
            movingDirty = true;
        }
        if (overlayDirty || movingDirty) {
            paintOverlay();
        }
        return later;
    }

    @Override
    protected void layoutChildren() {
        layoutPasses++;
        double w = Math.floor(getWidth());
        double h = Math.floor(getHeight());
        if (base.getWidth() != w || base.getHeight() != h) {
            base.setWidth(w);
            base.setHeight(h);
            baseDirty = true;
        }
        double u = uiScale.get();
        // the plot area in whole pixels: the picture then has a grid point on every pixel's centre and is copied
        // onto the screen pixel for pixel (PlotViewModel.gridView)
        double ax = Math.floor(LEFT * u);
        double ay = Math.floor(TOP * u);
        double aw = Math.max(2, Math.floor(w - (LEFT + right) * u));
        double ah = Math.max(2, Math.floor(h - (TOP + BOTTOM) * u));
        // the path's canvas covers the plot area only (the painters clip to it)
        if (path.getLayoutX() != ax || path.getLayoutY() != ay || path.getWidth() != aw || path.getHeight() != ah) {
            path.relocate(ax, ay);
            path.setWidth(aw);
            path.setHeight(ah);
            plannedDirty = true;
            overlayDirty = true;
            movingDirty = true;
            trailTo = -1;
        }
        vm.plot().setPlotArea(ax, ay, aw, ah);
        paintPending = false;
        paintDirty(false); // a new size is painted in the same pulse, all of it
    }

    /** @return the margin right of the plot area now, in painter units (pixels / UI scale) */
    public double rightMargin() {
        return right;
    }

    /**
     * A new picture: the right margin becomes what its colour bar's widest label needs at the font the
     * screen draws with ({@link FrameLayer#rightMargin}, measured through FXGraphics2D as painted). The
     * labels depend on the picture, and the picture on the plot area, so the margin is set exactly only by
     * a picture of what is shown (not one still on its way from an earlier view) for a new surface, level
     * spacing, plot height (UI scale, window height) or a view shown anew (not zoomed or panned), with {@link #SPARE} to spare; otherwise it only grows. So a label is never cut,
     * the margin cannot swing back and forth (its own change changes none of these), and the plot does not
     * shift while it is panned or zoomed (which a narrower margin would do: the view is fitted to the area).
     */
    /** the room the right margin keeps beyond the widest label, so that labels a little longer fit too */
    public static final String SPARE = "0";

    private void fitRightMargin() {
        ContourPicture p = vm.plot().pictureProperty().get();
        PlotTransform t = forPainters(vm.plot().transformProperty().get());
        if (p == null || t == null) {
            return;
        }
        java.awt.Graphics2D g = measureGraphics.at(1);
        g.setFont(PlotStyle.LABEL); // FXGraphics2D's metrics are of its current font, whatever font is asked for
        // a digit to spare: a pan or zoom that lengthens a label by as much does not move the plot
        double need = FrameLayer.rightMargin(p, t, g.getFontMetrics());
        double spare = Math.ceil(g.getFontMetrics().getStringBounds(SPARE, null).getWidth());
        double next = need > right ? need + spare : right;
        if (vm.plot().pictureIsLatest() && p.grid().view().equals(org.gdlab.app.viewmodel.PlotViewModel.gridView(vm.plot().transformProperty().get()))) { // the picture of what is shown
            // the area's height sets how many labels there are; its width, which the margin changes, is not in it
            // and a view shown anew (a lesson, a scenario, the reset), not one moved by a zoom or a pan
            Object key = java.util.Arrays.asList(vm.surfaceProperty().get(), p.spacing(), Math.round(t.height()),
                    vm.plot().viewsShown());
            if (!key.equals(rightMeasuredFor)) {
                next = need + spare;
            }
            rightMeasuredFor = key;
        }
        if (next != right) {
            right = next;
            requestLayout();
        }
    }

    /**
     * Repaint the base layer now: the theme's paper, the colour map (the picture's image, rebuilt only when
     * the picture changed, drawn directly as a JavaFX image), then through the one painter the level lines,
     * the gradient field, the minima, the axes and the colour bar.
     */
    public void paintBase() {
        ContourPicture p = vm.plot().pictureProperty().get();
        double u = uiScale.get();
        // the level lines painted into the picture's pixels on a background thread, when they were for this
        // picture and this scale; else the picture's colours alone, and the lines drawn over them here
        org.gdlab.render.paint.LevelLinePicture lined = vm.plot().withLevelLinesProperty().get();
        if (lined != null && (lined.picture() != p || lined.linePixels() != PlotStyle.LEVEL_WIDTH * u)) {
            lined = null;
        }
        Object shown = lined != null ? lined : p;
        if (shown != imageOf) {
            imageOf = shown;
            image = p == null ? null : lined != null ? toImage(lined.argb(), p.grid().nx(), p.grid().ny()) : toImage(p);
        }
        basePaints++;
        BasePainter.paint(baseGraphics, base, u, forPainters(vm.plot().transformProperty().get()), p, image, lined != null,
                vm.plot().colorMapProperty().get(), vm.surfaceProperty().get(), vm.plot().gradientFieldProperty().get(), theme());
    }

    /** @return whether the base layer shows the picture with its level lines in its pixels (else it draws them itself) */
    boolean levelLinesInImage() {
        return imageOf instanceof org.gdlab.render.paint.LevelLinePicture;
    }

    /** @return the theme's paper and ink as the painter takes them */
    public PlotTheme theme() {
        return Colors.theme(paper.get(), ink.get());
    }

    /**
     * Repaint what changed of the marks and the trail. The still marks (α changes, start, "left the view",
     * overlays) only when the path, the start, the view or an overlay changed. With a step: the trail by the
     * steps added since the last frame, drawn on the small tail canvas while they are few and near (a step
     * of playback dirties a few hundred pixels, not the plot), and folded into the path canvas when the
     * tail is {@value #TAIL_STEPS} steps long, the step jumped or went back, or the path, the view or the
     * size changed (then the path canvas is repainted in full, planned path and trail); the moving marks (arrows, label, current point) on
     * a canvas sized to their bounds.
     */
    public void paintOverlay() {
        PlotTransform t = vm.plot().transformProperty().get();
        PlotTransform pt = forPainters(t);
        double u = uiScale.get();
        double tu = u * mainTrailWidth.get();
        PlotTransform tpt = tu == u ? pt : inPainterUnits(t, tu);
        PlannedPath p = vm.pathProperty().get();
        int k = p == null || p.size() == 0 ? -1 : Math.max(0, Math.min(vm.playback().step(), p.size() - 1));
        boolean still = overlayDirty;
        overlayDirty = false;
        movingDirty = false;
        if (t == null) {
            stillOccupied = new org.gdlab.render.paint.Occupancy();
            movingLabels = List.of();
            pathGraphics.cleared(1);
            hide(marks, marksGraphics);
            hide(tail, tailGraphics);
            hide(current, currentGraphics);
            return;
        }
        PlannedPath shown = mainRunVisible.get() ? p : null;
        if (still) {
            stillPaints++;
            paintStill(t, pt, u, shown, k);
        }
        paintTrail(t, pt, tpt, u, tu, p, k);
        paintCurrent(t, pt, u, shown, k);
    }

    /**
     * The still marks on a canvas sized to them. Software rendering blends every pixel of every shown canvas
     * under a changed region into each frame, transparent ones too, so a plot-area canvas for a start ring
     * and a label would cost a whole plot area per new path. They are painted once on {@link InkBounds},
     * which draws nothing and keeps the box they touch, and then on the canvas placed over that box (the
     * labels land in the same places: the same painter with the same metrics, the same occupancy; the
     * overlays on the marks layer and the labels of those under the paths too, which paint from their own
     * state and keep, at most, where they drew last). When the box is unknown ({@link InkBounds#unbounded})
     * the canvas covers the plot area.
     */
    private void paintStill(PlotTransform t, PlotTransform pt, double u, PlannedPath shown, int k) {
        double sx = vm.startXProperty().get();
        double sy = vm.startYProperty().get();
        Surface surface = vm.surfaceProperty().get();
        double[] box = {t.left(), t.top(), t.left() + t.width(), t.top() + t.height()};
        org.gdlab.render.paint.Occupancy measured = MarksPainter.paintStill(stillInk.reset(u), pt, shown, k, sx, sy,
                surface, occupants, overlays, underPaths);
        if (!stillInk.unbounded()) {
            box = stillInk.box();
            if (box == null) { // nothing to show: what the marks occupy is what the measure found
                stillOccupied = measured;
                hide(marks, marksGraphics);
                return;
            }
        }
        stillOccupied = MarksPainter.paintStill(place(marks, marksGraphics, box, u), pt, shown, k, sx, sy, surface,
                occupants, overlays, underPaths);
    }

    /** @return the canvas of the still marks (for tests) */
    Canvas stillCanvas() {
        return marks;
    }

    /** the most steps the tail canvas holds before they are folded into the path canvas */
    static final int TAIL_STEPS = 40;

    private void paintTrail(PlotTransform t, PlotTransform pt, PlotTransform tpt, double u, double tu, PlannedPath p, int k) {
        if (p != trailPath || t != trailTransform || k < trailTo || trailTo < 0) {
            // the whole path canvas: the planned path at the UI scale, the trail over it at its own widths
            plannedPaints++;
            java.awt.Graphics2D planned = pathGraphics.clearedAt(u, path.getLayoutX(), path.getLayoutY());
            if (p != null && p.size() > 0) {
                PathLayer.paintPlanned(planned, pt, p);
            }
            java.awt.Graphics2D g = pathGraphics.at(tu, path.getLayoutX(), path.getLayoutY());
            if (k >= 0) {
                PathLayer.paintTrail(g, tpt, p, 0, k, PathLayer.TrailLook.MAIN);
            }
            trailTo = k;
            hide(tail, tailGraphics);
        } else if (k > trailTo && k - trailTo <= TAIL_STEPS && (k - tailTo <= 8 || k < tailTo)) {
            double[] box = pointBounds(t, p, trailTo, k, 8 * tu);
            java.awt.Graphics2D g = place(tail, tailGraphics, box, tu);
            PathLayer.paintTrail(g, tpt, p, trailTo, k, PathLayer.TrailLook.MAIN);
        } else if (k != trailTo) {
            PathLayer.paintTrail(pathGraphics.at(tu, path.getLayoutX(), path.getLayoutY()), tpt, p, trailTo, k,
                    PathLayer.TrailLook.MAIN);
            trailTo = k;
            hide(tail, tailGraphics);
        } else {
            hide(tail, tailGraphics);
        }
        trailPath = p;
        trailTransform = t;
        tailTo = k;
    }

    private void paintCurrent(PlotTransform t, PlotTransform pt, double u, PlannedPath p, int k) {
        double sx = vm.startXProperty().get();
        double sy = vm.startYProperty().get();
        boolean point = p != null && k >= 0;
        boolean stepLabels = underPaths.stream().anyMatch(Overlay::followsStep);
        if (!point && !stepLabels) {
            movingLabels = List.of();
            hide(current, currentGraphics);
            return;
        }
        // painted once unseen, to learn where its labels go, then on a canvas sized to hold all of it
        org.gdlab.render.paint.Occupancy measured = MarksPainter.paintMoving(measureGraphics.clearedAt(u, 0, 0), pt, p, k, sx, sy,
                vm.surfaceProperty().get(), occupants, stillOccupied, underPaths);
        List<java.awt.geom.Rectangle2D> measuredLabels = measured.labels();
        movingLabels = List.copyOf(measuredLabels.subList(stillOccupied.labels().size(), measuredLabels.size()));
        double[] box;
        if (point) {
            int to = p.hasStepAfter(k) ? k + 1 : k;
            double reach = (PlotStyle.GRADIENT_ARROW_PIXELS + 20) * u;
            box = pointBounds(t, p, k, to, reach);
        } else if (!movingLabels.isEmpty()) {
            java.awt.geom.Rectangle2D first = movingLabels.get(0);
            box = new double[] {first.getMinX() * u, first.getMinY() * u, first.getMinX() * u, first.getMinY() * u};
        } else {
            hide(current, currentGraphics);
            return;
        }
        for (java.awt.geom.Rectangle2D label : movingLabels) {
            box[0] = Math.min(box[0], label.getMinX() * u - 4);
            box[1] = Math.min(box[1], label.getMinY() * u - 4);
            box[2] = Math.max(box[2], label.getMaxX() * u + 4);
            box[3] = Math.max(box[3], label.getMaxY() * u + 4);
        }
        List<java.awt.geom.Rectangle2D> painted = MarksPainter.paintMoving(place(current, currentGraphics, box, u), pt, p, k,
                sx, sy, vm.surfaceProperty().get(), occupants, stillOccupied, underPaths).labels();
        movingLabels = List.copyOf(painted.subList(stillOccupied.labels().size(), painted.size())); // where they were drawn
    }

    /**
     * @return the boxes of every label, legend and chip on the plot now, in painter units (pixels / UI scale),
     *     in the order they were placed: the still marks' (α changes, "left the view", the race's labels, the
     *     overlays', the ghosts'), then the moving marks' (−∇C, the curvature's). For tests: placed against one
     *     occupancy, none should cover another or leave the plot area.
     */
    public List<java.awt.geom.Rectangle2D> labelBoxes() {
        List<java.awt.geom.Rectangle2D> out = new ArrayList<>(stillOccupied.labels());
        out.addAll(movingLabels);
        return out;
    }

    /** @return the boxes of the labels the moving marks placed last, painter units (for tests) */
    List<java.awt.geom.Rectangle2D> movingLabelBoxes() {
        return movingLabels;
    }

    /** @return the small canvas of the moving marks (for tests) */
    Canvas currentCanvas() {
        return current;
    }

    /** @return {minX, minY, maxX, maxY} in pixels of iterates from … to (held to the plot area), widened by pad */
    private static double[] pointBounds(PlotTransform t, PathPoints p, int from, int to, double pad) {
        double x0 = t.left();
        double y0 = t.top();
        double x1 = t.left() + t.width();
        double y1 = t.top() + t.height();
        double[] b = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (int i = Math.max(0, from); i <= to; i++) {
            double x = Math.max(x0, Math.min(x1, PathLayer.clamp(t.sx(p.x(i)))));
            double y = Math.max(y0, Math.min(y1, PathLayer.clamp(t.sy(p.y(i)))));
            if (Double.isFinite(x) && Double.isFinite(y)) {
                b[0] = Math.min(b[0], x - pad);
                b[1] = Math.min(b[1], y - pad);
                b[2] = Math.max(b[2], x + pad);
                b[3] = Math.max(b[3], y + pad);
            }
        }
        if (!(b[0] <= b[2])) {
            b = new double[] {x0, y0, x0, y0};
        }
        return b;
    }

    /**
     * Moves and sizes a small canvas to the pixels of box (held inside the plot area, so that the painters'
     * clip to it costs nothing), clears it and returns its
     * graphics at scale s in plot coordinates.
     */
    private java.awt.Graphics2D place(Canvas c, CanvasGraphics cg, double[] box, double s) {
        PlotTransform t = vm.plot().transformProperty().get();
        double px = Math.max(Math.ceil(t.left()), Math.floor(box[0]));
        double py = Math.max(Math.ceil(t.top()), Math.floor(box[1]));
        double w = Math.max(1, Math.min(Math.floor(t.left() + t.width()), Math.ceil(box[2])) - px);
        double h = Math.max(1, Math.min(Math.floor(t.top() + t.height()), Math.ceil(box[3])) - py);
        c.relocate(px, py);
        c.setWidth(w);
        c.setHeight(h);
        return cg.clearedAt(s, px, py);
    }

    private static void hide(Canvas c, CanvasGraphics cg) {
        if (c.getWidth() > 0) {
            cg.cleared(1);
            c.setWidth(0);
            c.setHeight(0);
        }
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
     * and repainted when any of {@code changes} changes, and with the view, the path and the start (not with
     * every step: an overlay that follows the step lists the playback's step among its changes). Exports
     * draw its {@link Overlay#frozen} copy at the same place ({@link #onPlot}).
     */
    public void addOverlay(Overlay overlay, Observable... changes) {
        overlays.add(overlay);
        for (Observable o : changes) {
            o.addListener(x -> invalidateOverlay());
        }
        invalidateOverlay();
    }

    /**
     * Registers an overlay drawn under the paths (the basin map, the ghosts, the curvature marks): on a canvas
     * of its own just above the base ({@link OverlayCanvas}, so a change repaints only it), repainted when
     * any of {@code changes} changes and with the view, the size and the UI scale. Its labels
     * ({@link Overlay#paintLabels}) are placed with the plot's other labels, over the paths: on the still
     * marks, or, for an overlay that follows the step, on the moving marks after the −∇C label. Registered later is drawn
     * lower, as with {@link #addLayer}; exports draw it in the same order ({@link #onPlot}).
     */
    public void addOverlayLayer(Overlay overlay, Observable... changes) {
        addLayer(new OverlayCanvas(overlay, vm.plot().transformProperty(), uiScale, changes));
        underPaths.add(0, overlay);
        // its labels lie over the paths with the plot's other labels: on the moving marks if it follows the step;
        // repainted when it has labels or just had them (not for every row of a basin picture)
        boolean[] labelled = {false};
        for (Observable o : changes) {
            o.addListener(x -> {
                boolean had = labelled[0];
                labelled[0] = overlay.hasLabels();
                if (!had && !labelled[0]) {
                    return;
                }
                if (overlay.followsStep()) {
                    movingDirty = true;
                    schedulePaint();
                } else {
                    invalidateOverlay();
                }
            });
        }
        invalidateOverlay();
    }

    /**
     * @return what the overlays show now, frozen for an export (read on the JavaFX thread, paint anywhere):
     *     those under the paths bottom to top, those over them in the order they are painted
     */
    public org.gdlab.render.paint.OnPlot onPlot() {
        return org.gdlab.render.paint.OnPlot.frozen(underPaths, overlays);
    }

    /** @return the names of the overlays registered, under the paths first (for tests: the window's layers) */
    public List<String> overlayNames() {
        List<String> out = new ArrayList<>();
        underPaths.forEach(o -> out.add(o.name()));
        overlays.forEach(o -> out.add(o.name()));
        return out;
    }

    /**
     * @return the picture's colours as an image (row 0 = top), over the picture's own array: no pixel is
     *     copied or converted on the JavaFX thread (converting plain ARGB into JavaFX's image format was an
     *     eighth of that thread's time while κ was dragged), and the software pipeline uploads it as it is, in
     *     its own format. Every colour of a picture is opaque or transparent black
     *     ({@link org.gdlab.core.colormap.ColorMap#NAN_ARGB}), so its ARGB values are premultiplied already.
     *     The picture is immutable: nothing may write into this image
     */
    public static WritableImage toImage(ContourPicture p) {
        return toImage(p.argb(), p.grid().nx(), p.grid().ny());
    }

    /** @return nx × ny premultiplied ARGB pixels (row 0 at the top) as an image over the same array, as {@link #toImage(ContourPicture)} */
    static WritableImage toImage(int[] argbPre, int nx, int ny) {
        return new WritableImage(new javafx.scene.image.PixelBuffer<>(nx, ny, java.nio.IntBuffer.wrap(argbPre),
                PixelFormat.getIntArgbPreInstance()));
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
     * @return how often the base layer (colour map, level lines, axes, colour bar), the planned path and the
     *     still marks have been painted, {base, planned, still}: for tests that check that a change repaints
     *     only what it changes
     */
    public int[] paintCounts() {
        return new int[] {basePaints, plannedPaints, stillPaints};
    }

    /** For tests: while held, pulses paint nothing, so that a test can run the pulses' paints itself ({@link #paintOnPulse}). */
    void holdPulsePaints(boolean hold) {
        pulsePaintsHeld = hold;
    }

    /** @return how many layout passes the plot has had: for tests that check that a paint needs none */
    int layoutPasses() {
        return layoutPasses;
    }

    /** @return the small canvas of the trail's newest steps (for tests) */
    Canvas tailCanvas() {
        return tail;
    }

    /** @return the canvas of the main run's path: the planned path with the trail over it (for snapshot tests) */
    public Canvas trailCanvas() {
        return path;
    }
}
