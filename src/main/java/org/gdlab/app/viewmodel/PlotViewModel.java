package org.gdlab.app.viewmodel;

import java.util.List;
import java.util.concurrent.CancellationException;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.gdlab.render.paint.PlotTransform;
import org.gdlab.core.colormap.ColorMap;
import org.gdlab.core.contour.ContourPicture;
import org.gdlab.core.contour.ContourPictureBuilder;
import org.gdlab.core.contour.LevelSpacing;
import org.gdlab.core.contour.ScalarGrid;
import org.gdlab.core.data.LogisticCost;
import org.gdlab.core.data.LogisticGrid;
import org.gdlab.core.surface.Surface;
import org.gdlab.core.surface.SurfaceDescription;
import org.gdlab.core.surface.ViewLimits;
import org.gdlab.core.surface.ViewRect;

/**
 * The view of the plane: which rectangle is shown and how (equal aspect or fill, colour map, level
 * spacing and count, gradient field), the world↔screen transform of the plot area, the contour picture
 * and the hover readout. Zoom, pan, reset and resize are commands; after each the picture is computed
 * again, off the JavaFX thread (a {@link Background} kind), at one grid point per pixel of the plot area;
 * when that fails, the last good picture stays and the status line says why.
 *
 * <p>Mutable; confined to the publisher's thread (the JavaFX thread in the app).
 */
public final class PlotViewModel {

    /** the grid is never finer than this many points per axis */
    public static final int MAX_GRID = 2000;
    /** the head of the status line's sentence when the picture cannot be computed */
    public static final String FAILURE = "Could not draw the contour plot";
    /** the coarse first picture of a cost that visits every data point per value (logistic): columns × rows */
    public static final int COARSE_NX = 60;
    public static final int COARSE_NY = 38;
    /** its refined picture has at most this many columns × rows, interpolated to the screen like any picture */
    public static final int REFINED_NX = 240;
    public static final int REFINED_NY = 152;

    private final ReadOnlyObjectProperty<Surface> surface;
    private final ObjectProperty<ViewRect> requestedView = new SimpleObjectProperty<>(this, "requestedView", ViewRect.square(1));
    private final BooleanProperty equalAspect = new SimpleBooleanProperty(this, "equalAspect", true);
    private final ReadOnlyObjectWrapper<PlotTransform> transform = new ReadOnlyObjectWrapper<>(this, "transform");
    private final ObjectProperty<ColorMap> colorMap = new SimpleObjectProperty<>(this, "colorMap", ColorMap.VIRIDIS);
    private final ObjectProperty<LevelSpacing> levelSpacing = new SimpleObjectProperty<>(this, "levelSpacing", LevelSpacing.LINEAR);
    private final IntegerProperty levelCount = new SimpleIntegerProperty(this, "levelCount", 20);
    private final BooleanProperty gradientField = new SimpleBooleanProperty(this, "gradientField", false);
    private final ReadOnlyObjectWrapper<ContourPicture> picture = new ReadOnlyObjectWrapper<>(this, "picture");
    private final ReadOnlyObjectWrapper<org.gdlab.render.paint.LevelLinePicture> withLevelLines =
            new ReadOnlyObjectWrapper<>(this, "withLevelLines");
    /** the UI scale the window shows the plot at: the level lines are this many times their width in pixels */
    private double uiScale = 1;
    private final ReadOnlyStringWrapper hoverText = new ReadOnlyStringWrapper(this, "hoverText", "");
    private final javafx.beans.property.ReadOnlyObjectWrapper<org.gdlab.core.math.Vec2> hoverPoint =
            new javafx.beans.property.ReadOnlyObjectWrapper<>(this, "hoverPoint");
    private final LatestWins<org.gdlab.render.paint.LevelLinePicture> pictureWorker;
    /** pictures of costs of O(N) per value: coarse first, then refined; a newer request cancels the refinement */
    private final LatestWins<ContourPicture> refiningWorker;
    /** the newest picture request went to {@link #refiningWorker} */
    private boolean refining;
    private double plotLeft;
    private double plotTop;
    private double plotWidth = 800;
    private double plotHeight = 600;

    /**
     * @param surface    the surface on screen (its changes recompute the picture)
     * @param background where pictures are computed and published
     */
    public PlotViewModel(ReadOnlyObjectProperty<Surface> surface, Background background) {
        this.surface = surface;
        this.pictureWorker = background.latestWins(FAILURE);
        this.refiningWorker = background.latestWinsCancelling(FAILURE);
        for (Observable p : List.of(surface, colorMap, levelSpacing, levelCount)) {
            p.addListener(o -> requestPicture());
        }
        requestedView.addListener(o -> updateTransform());
        equalAspect.addListener(o -> updateTransform());
        transform.addListener(o -> requestPicture());
        requestedView.addListener(o -> {
            if (!moving) {
                viewsShown++;
            }
        });
        updateTransform();
    }

    /** A new surface is shown: its default view and its suggested level spacing. */
    public void showSurface(SurfaceDescription d) {
        requestedView.set(d.view());
        levelSpacing.set(d.logLevels() ? LevelSpacing.LOG : LevelSpacing.LINEAR);
    }

    /** The view tells where its plot area is, in pixels; the picture is recomputed at that resolution. */
    public void setPlotArea(double left, double top, double width, double height) {
        if (left == plotLeft && top == plotTop && width == plotWidth && height == plotHeight) {
            return;
        }
        plotLeft = left;
        plotTop = top;
        plotWidth = width;
        plotHeight = height;
        updateTransform();
    }

    /** Zoom about the screen point (sx, sy) by {@code factor} (&gt; 1 in). */
    public void zoomAbout(double sx, double sy, double factor) {
        requestWithinLimits(transform.get().zoomedAbout(sx, sy, factor));
    }

    /** Pan by a mouse movement of (dx, dy) pixels. */
    public void panBy(double dx, double dy) {
        requestWithinLimits(transform.get().pannedBy(dx, dy));
    }

    /**
     * Shows v unless the view it gives (after the aspect fit) lies beyond {@link ViewLimits}: zoom and pan
     * stop there, so that every view on screen can be saved and opened again.
     */
    private void requestWithinLimits(ViewRect v) {
        PlotTransform fitted = PlotTransform.fit(v, plotLeft, plotTop, plotWidth, plotHeight, equalAspect.get());
        if (ViewLimits.allows(v) && ViewLimits.allows(fitted.visible())) {
            moving = true;
            requestedView.set(v);
            moving = false;
        }
    }

    private boolean moving;
    private int viewsShown;

    /**
     * @return how many views were shown other than by moving the view (a zoom, a pan, revealing a point): a
     *     new surface, a lesson's or a scenario's view, the reset. The plot's margins are measured afresh for
     *     such a view, and only grow while the view is moved (so that the plot does not shift under the mouse).
     */
    public int viewsShown() {
        return viewsShown;
    }

    /** Back to the surface's default view. */
    public void resetView() {
        requestedView.set(surface.get().description().view());
    }

    /** Centre the view on (x, y) unless it is visible already (same size). */
    public void reveal(double x, double y) {
        ViewRect v = transform.get().visible();
        if (!v.contains(x, y)) {
            double hw = v.width() / 2;
            double hh = v.height() / 2;
            requestWithinLimits(new ViewRect(x - hw, x + hw, y - hh, y + hh));
        }
    }

    /** The mouse is at screen (sx, sy): the hover text shows x, y (w, b on data), C and |∇C| there. */
    public void hover(double sx, double sy) {
        PlotTransform t = transform.get();
        Surface s = surface.get();
        if (s == null || !t.containsScreen(sx, sy)) {
            hoverText.set("");
            hoverPoint.set(null);
            return;
        }
        double x = t.worldX(sx);
        double y = t.worldY(sy);
        hoverPoint.set(new org.gdlab.core.math.Vec2(x, y));
        List<String> names = org.gdlab.core.data.DataCost.axisNames(s);
        String c = org.gdlab.core.explain.CostLetter.of(s);
        hoverText.set(names.get(0) + " = " + Numbers.sig(x, 4) + "   " + names.get(1) + " = " + Numbers.sig(y, 4) + "   " + c + " = "
                + Numbers.sig(s.value(x, y), 4) + "   |∇" + c + "| = " + Numbers.sig(s.gradient(x, y).norm(), 4));
    }

    /** The mouse left the plot. */
    public void exitHover() {
        hoverText.set("");
        hoverPoint.set(null);
    }

    /**
     * The view tells the UI scale it paints at (presentation mode: 1 to 2): the level lines painted into the
     * picture's pixels ({@link #withLevelLinesProperty}) are {@link org.gdlab.render.paint.PlotStyle#LEVEL_WIDTH}
     * times it wide; a new scale paints them again.
     */
    public void setUiScale(double scale) {
        if (scale != uiScale) {
            uiScale = scale;
            requestPicture();
        }
    }

    private void updateTransform() {
        transform.set(PlotTransform.fit(requestedView.get(), plotLeft, plotTop, plotWidth, plotHeight, equalAspect.get()));
    }

    private int pictureRequests;
    private int publishedRequest;

    /**
     * @return true when the picture shown is the one asked for last (surface, view, size, colour map, levels as
     *     they are now), not one still on its way from earlier settings that happen to share its view (two
     *     lessons on the same surface and view, with other levels)
     */
    public boolean pictureIsLatest() {
        return !heldRequest && publishedRequest == pictureRequests;
    }

    /** picture requests wait while true (a new surface's path goes out first): {@link #holdPictures} */
    private boolean held;
    /** a request came while {@link #held} */
    private boolean heldRequest;

    /**
     * Picture requests wait until {@link #releasePictures}: the one made last is then made (the state as it
     * is then). The lab holds them while a new surface's path is planned, so that the cheap path reaches the
     * screen first and the picture's computation (tens of milliseconds on every core) does not delay it.
     */
    public void holdPictures() {
        held = true;
    }

    /** Ends {@link #holdPictures}: a request that waited is made now. Does nothing when not held. */
    public void releasePictures() {
        if (!held) {
            return;
        }
        held = false;
        if (heldRequest) {
            heldRequest = false;
            requestPicture();
        }
    }

    private void requestPicture() {
        if (held) {
            heldRequest = true;
            return;
        }
        Surface s = surface.get();
        PlotTransform t = transform.get();
        if (s == null || t == null) {
            return;
        }
        int nx = Math.max(2, Math.min(MAX_GRID, (int) Math.ceil(t.width())));
        int ny = Math.max(2, Math.min(MAX_GRID, (int) Math.ceil(t.height())));
        ViewRect view = t.visible();
        ColorMap map = colorMap.get();
        LevelSpacing spacing = levelSpacing.get();
        int count = Math.max(5, Math.min(50, levelCount.get()));
        int request = ++pictureRequests;
        if (s instanceof LogisticCost logistic) {
            refining = true;
            refiningWorker.submitJob(context -> refined(logistic, view, nx, ny, map, spacing, count, context),
                    p -> {
                        if (refining) {
                            publishedRequest = request;
                            withLevelLines.set(null); // coarser than the screen: the lines are drawn over it
                            picture.set(p);
                        }
                    }, null);
            return;
        }
        refining = false;
        refiningWorker.cancel();
        // a grid point on every pixel's centre: the picture is shown pixel for pixel, and the level lines are
        // painted into it; else (a plot wider than MAX_GRID) a grid over the view, stretched, lines drawn over it
        boolean onePerPixel = onPixelCentres(t);
        ViewRect gridView = onePerPixel ? gridView(t) : view;
        int gx = onePerPixel ? (int) t.width() : nx;
        int gy = onePerPixel ? (int) t.height() : ny;
        double linePixels = org.gdlab.render.paint.PlotStyle.LEVEL_WIDTH * uiScale;
        pictureWorker.submit(() -> {
            ContourPicture p = ContourPictureBuilder.build(s, gridView, gx, gy, map, spacing, count);
            return onePerPixel ? org.gdlab.render.paint.LevelLinePicture.of(p, linePixels, 1)
                    : new org.gdlab.render.paint.LevelLinePicture(p, null, 0);
        }, shown -> {
            if (!refining) { // an earlier surface's picture still on its way does not land over a logistic one
                publishedRequest = request;
                withLevelLines.set(shown.argb() == null ? null : shown);
                picture.set(shown.picture());
            }
        });
    }

    /**
     * @return whether the window's picture of t has a grid point on the centre of every pixel of the plot area:
     *     an area of whole pixels (the view lays it out so) no wider or taller than {@link #MAX_GRID}
     */
    static boolean onPixelCentres(PlotTransform t) {
        return t.width() == Math.rint(t.width()) && t.height() == Math.rint(t.height()) && t.width() >= 2
                && t.height() >= 2 && t.width() <= MAX_GRID && t.height() <= MAX_GRID;
    }

    /**
     * @return the rectangle the window's picture of t samples: on an area of whole pixels, the centres of its
     *     first and last pixels (the visible view less half a pixel on every side), so that the picture's
     *     width × height grid points are the pixels' centres, one grid step one pixel, and the software
     *     pipeline copies the picture onto the screen instead of resampling it (a new κ or θ picture had cost
     *     the render thread about 20 ms more, resampled by (nx − 1)/width); else the visible view
     */
    public static ViewRect gridView(PlotTransform t) {
        ViewRect v = t.visible();
        if (!onPixelCentres(t)) {
            return v;
        }
        double hx = v.width() / (2 * t.width());
        double hy = v.height() / (2 * t.height());
        return new ViewRect(v.xMin() + hx, v.xMax() - hx, v.yMin() + hy, v.yMax() - hy);
    }

    /**
     * The picture of a logistic cost, whose every value visits every point: a {@value #COARSE_NX} ×
     * {@value #COARSE_NY} picture is published first, then the refined one (at most {@value #REFINED_NX} ×
     * {@value #REFINED_NY}, never finer than the screen) is the result. Both are stretched to the plot area
     * like any picture. A newer request cancels the job; a cancelled job publishes nothing more.
     */
    private ContourPicture refined(LogisticCost cost, ViewRect view, int nx, int ny, ColorMap map,
                                   LevelSpacing spacing, int count, LatestWins.Context context) {
        int fx = Math.min(REFINED_NX, nx);
        int fy = Math.min(REFINED_NY, ny);
        int cx = Math.min(COARSE_NX, fx);
        int cy = Math.min(COARSE_NY, fy);
        if (cx < fx || cy < fy) {
            ContourPicture coarse = logisticPicture(cost, view, cx, cy, map, spacing, count, context);
            context.publish(() -> {
                withLevelLines.set(null);
                picture.set(coarse);
            });
        }
        return logisticPicture(cost, view, fx, fy, map, spacing, count, context);
    }

    private static ContourPicture logisticPicture(LogisticCost cost, ViewRect view, int nx, int ny, ColorMap map,
                                                  LevelSpacing spacing, int count, LatestWins.Context context) {
        double[] values = LogisticGrid.sample(cost, view, nx, ny, context.token());
        if (context.isCancelled()) {
            throw new CancellationException("a newer picture was asked for");
        }
        return ContourPictureBuilder.build(new ScalarGrid(view, nx, ny, values), map, spacing, count);
    }

    public ObjectProperty<ViewRect> requestedViewProperty() {
        return requestedView;
    }

    /** @return true: one unit as long on x as on y; false: fill the plot area */
    public BooleanProperty equalAspectProperty() {
        return equalAspect;
    }

    public ReadOnlyObjectProperty<PlotTransform> transformProperty() {
        return transform.getReadOnlyProperty();
    }

    public ObjectProperty<ColorMap> colorMapProperty() {
        return colorMap;
    }

    public ObjectProperty<LevelSpacing> levelSpacingProperty() {
        return levelSpacing;
    }

    /** @return the number of level lines, 5 to 50 */
    public IntegerProperty levelCountProperty() {
        return levelCount;
    }

    public BooleanProperty gradientFieldProperty() {
        return gradientField;
    }

    public ReadOnlyObjectProperty<ContourPicture> pictureProperty() {
        return picture.getReadOnlyProperty();
    }

    /**
     * @return the picture's colours with its level lines painted in, for the window to show as they are; set
     *     with every picture that has a grid point per pixel (null for one coarser than the screen, whose
     *     lines the window draws itself); its {@code picture()} is the {@link #pictureProperty} it was made of
     */
    public ReadOnlyObjectProperty<org.gdlab.render.paint.LevelLinePicture> withLevelLinesProperty() {
        return withLevelLines.getReadOnlyProperty();
    }

    /** @return the plane's point (x, y) under the mouse, null when the mouse is not over the plot */
    public ReadOnlyObjectProperty<org.gdlab.core.math.Vec2> hoverPointProperty() {
        return hoverPoint.getReadOnlyProperty();
    }

    /** @return "x = …  y = …  C = …  |∇C| = …" under the mouse, "" when it is not over the plot */
    public ReadOnlyStringProperty hoverTextProperty() {
        return hoverText.getReadOnlyProperty();
    }
}
