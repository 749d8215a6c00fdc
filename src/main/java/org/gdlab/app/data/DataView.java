package org.gdlab.app.data;

import javafx.beans.Observable;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.gdlab.core.data.Dataset;
import org.gdlab.core.data.Model;
import org.gdlab.core.math.NumberText;
import org.gdlab.core.math.Vec2;

/**
 * The data view: a canvas that paints a {@link DataViewModel} (see the package's description for what each
 * model's picture shows) and forwards the mouse to it: press on a point and drag it to move it, click on an
 * empty place to add a point there, right-click a point to remove it. For {@code linear2} the canvas holds
 * two panels ({@link Panel}): first the feature plane (x₁, x₂), where those three gestures act on a point's
 * features; then predicted against actual, where dragging a point sideways sets its target y. The two panels
 * stand side by side, or one above the other where that leaves each a larger smaller side (a view higher
 * than wide). Holds no state of its own but the point being dragged and the panel it was pressed in; it
 * reads every point through the view model ({@link DataViewModel#x1} …), where a dragged point is at once.
 *
 * <p>Its type, margins, points, lines and hit radius follow the UI scale ({@link #uiScaleProperty()}, bound
 * to the window's scale: Ctrl+= and the UI-scale setting), as the contour plot's do: at 200 % every length
 * below is twice as many pixels.
 */
public final class DataView extends Region {

    /** margins of a plot area in pixels at 100 %: left, right, top, bottom */
    static final double LEFT = 44;
    static final double RIGHT = 10;
    static final double TOP = 22;
    static final double BOTTOM = 28;
    /** a point is hit within this many pixels at 100 % */
    static final double HIT = 7;
    /** the size of the axis names, tick labels and title at 100 %, in pixels */
    static final double FONT = 11;

    private static final Color POINT = Color.web("#1f5fa8");
    private static final Color POINT_ONE = Color.web("#c2410c");
    private static final Color BATCH = Color.web("#f59e0b");
    private static final Color MODEL = Color.web("#111827");
    private static final Color PREVIEW = Color.web("#7c3aed");
    private static final Color RESIDUAL = Color.web("#9ca3af");

    private final DataViewModel vm;
    private final Canvas canvas = new Canvas();
    private final DoubleProperty uiScale = new SimpleDoubleProperty(this, "uiScale", 1);
    private int dragged = -1;
    private boolean draggedFeatures;
    private boolean moved;

    public DataView(DataViewModel vm) {
        this.vm = vm;
        setId("dataView");
        getStyleClass().add("data-view");
        setMinSize(0, 0);
        getChildren().add(canvas);
        for (Observable o : new Observable[] {vm.pointsProperty(), vm.currentProperty(), vm.previewProperty(),
                vm.batchProperty(), vm.frameProperty(), vm.featureFrameProperty(), vm.modelProperty(), vm.revisionProperty(), widthProperty(),
                heightProperty(), uiScale}) {
            o.addListener(x -> paint());
        }
        canvas.setOnMousePressed(this::pressed);
        canvas.setOnMouseDragged(this::dragged);
        canvas.setOnMouseReleased(this::released);
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        paint();
    }

    /**
     * A plot area of the canvas in pixels and the data rectangle it shows.
     *
     * @param left  the area's left edge
     * @param top   the area's top edge
     * @param width the area's width (≥ 1)
     * @param height the area's height (≥ 1)
     * @param frame the data rectangle shown
     * @param hit   a point is hit within this many pixels ({@link #HIT} times the UI scale)
     */
    record Panel(double left, double top, double width, double height, DataFrame frame, double hit) {

        double px(double x) {
            return frame.px(x, left, width);
        }

        double py(double y) {
            return frame.py(y, top, height);
        }

        double x(double px) {
            return frame.x(px, left, width);
        }

        double y(double py) {
            return frame.y(py, top, height);
        }

        /** @return radii of a {@code hit}-pixel circle in data units */
        double rx() {
            return hit / width * (frame.xMax() - frame.xMin());
        }

        double ry() {
            return hit / height * (frame.yMax() - frame.yMin());
        }
    }

    /** @return true for linear2's two panels (checked on every property: they change one by one when the data changes) */
    private boolean twoPanels() {
        Dataset d = vm.pointsProperty().get();
        return vm.modelProperty().get() == Model.LINEAR2 && vm.featureFrameProperty().get() != null && d != null
                && d.features() == 2;
    }

    /** @return the UI scale: 1 at 100 %, 2 at 200 % */
    private double u() {
        double u = uiScale.get();
        return u > 0 ? u : 1;
    }

    /**
     * @return true when linear2's two panels stand one above the other: where that gives the panels a larger
     *     smaller side than side by side (a view higher than wide)
     */
    private boolean stacked() {
        double u = u();
        double mw = (LEFT + RIGHT) * u;
        double mh = (TOP + BOTTOM) * u;
        double sideBySide = Math.min(getWidth() / 2 - mw, getHeight() - mh);
        double aboveEachOther = Math.min(getWidth() - mw, getHeight() / 2 - mh);
        return aboveEachOther > sideBySide;
    }

    /**
     * @param index 0 for the first region (the only one, or linear2's feature plane), 1 for the second
     * @param count 1 or 2 regions
     * @return the plot area of that region of the canvas, inside its margins
     */
    private Panel panel(int index, int count, DataFrame f) {
        double u = u();
        double left = LEFT * u;
        double right = RIGHT * u;
        double top = TOP * u;
        double bottom = BOTTOM * u;
        double regionW = count == 2 && !stacked() ? getWidth() / 2 : getWidth();
        double regionH = count == 2 && stacked() ? getHeight() / 2 : getHeight();
        double x0 = count == 2 && !stacked() ? index * regionW : 0;
        double y0 = count == 2 && stacked() ? index * regionH : 0;
        return new Panel(x0 + left, y0 + top, Math.max(1, regionW - left - right), Math.max(1, regionH - top - bottom), f,
                HIT * u);
    }

    /** @return the panel of the main picture (the scatter, or for linear2 predicted against actual); null without data */
    Panel mainPanel() {
        DataFrame f = vm.frameProperty().get();
        if (f == null) {
            return null;
        }
        return twoPanels() ? panel(1, 2, f) : panel(0, 1, f);
    }

    /** @return for linear2, the panel of the feature plane (x₁, x₂) on the left or on top; else null */
    Panel featurePanel() {
        return twoPanels() ? panel(0, 2, vm.featureFrameProperty().get()) : null;
    }

    /** @return the panel under pixel (x, y): the feature panel when there is one and the pixel is in its half */
    private Panel panelAt(double x, double y) {
        Panel fp = featurePanel();
        if (fp == null) {
            return mainPanel();
        }
        boolean first = stacked() ? y < getHeight() / 2 : x < getWidth() / 2;
        return first ? fp : mainPanel();
    }

    /**
     * @return where each panel's title is written (local coordinates): the band above the panel, from the view's
     *     left edge to the panel's right edge, one line of the label font high
     */
    public java.util.List<javafx.geometry.Rectangle2D> titleBands() {
        java.util.List<javafx.geometry.Rectangle2D> out = new java.util.ArrayList<>();
        for (Panel p : new Panel[] {featurePanel(), mainPanel()}) {
            if (p != null) {
                double y = titleY(p);
                out.add(new javafx.geometry.Rectangle2D(p.left() - LEFT * u(), y, p.width() + LEFT * u(), 1.4 * FONT * u()));
            }
        }
        return out;
    }

    /** @return the top of a panel's title line: near the top of its region */
    private double titleY(Panel p) {
        return p.top() - TOP * u() + 4 * u();
    }

    /** @return the left end of a panel's title: over the y axis's labels, near its region's left edge */
    private double titleX(Panel p) {
        return p.left() - LEFT * u() + 4 * u();
    }

    /** @return the width of s in the label font, in pixels */
    private double textWidth(String s) {
        javafx.scene.text.Text t = new javafx.scene.text.Text(s);
        t.setFont(labelFont());
        return t.getLayoutBounds().getWidth();
    }

    /** @return the font of the view's text at the current UI scale */
    Font labelFont() {
        return Font.font(FONT * u());
    }

    /** @return the UI scale the view draws at (1 = 100 %); the window binds it to its scale */
    public DoubleProperty uiScaleProperty() {
        return uiScale;
    }

    // ---------------------------------------------------------------- mouse: forwarded to the view model

    private int hit(Panel p, MouseEvent e) {
        if (p == null) {
            return -1;
        }
        return isFeatures(p) ? vm.featurePointNear(p.x(e.getX()), p.y(e.getY()), p.rx(), p.ry())
                : vm.pointNear(p.x(e.getX()), p.y(e.getY()), p.rx(), p.ry());
    }

    private boolean isFeatures(Panel p) {
        Panel fp = featurePanel();
        return fp != null && fp.equals(p);
    }

    private void pressed(MouseEvent e) {
        Panel p = panelAt(e.getX(), e.getY());
        draggedFeatures = isFeatures(p);
        dragged = e.getButton() == MouseButton.PRIMARY ? hit(p, e) : -1;
        moved = false;
        if (e.getButton() == MouseButton.SECONDARY) {
            int i = hit(p, e);
            if (i >= 0) {
                vm.removePoint(i);
            }
        }
    }

    private void dragged(MouseEvent e) {
        Panel p = draggedFeatures ? featurePanel() : mainPanel();
        if (dragged < 0 || p == null) {
            return;
        }
        moved = true;
        double x = p.x(e.getX());
        double y = p.y(e.getY());
        if (draggedFeatures) {
            vm.moveFeatures(dragged, x, y);
        } else if (twoPanels()) {
            vm.moveTarget(dragged, x); // predicted against actual: the actual y is the horizontal coordinate
        } else {
            vm.movePoint(dragged, x, y);
        }
    }

    private void released(MouseEvent e) {
        Panel p = panelAt(e.getX(), e.getY());
        if (e.getButton() == MouseButton.PRIMARY && dragged < 0 && !moved && p != null && e.isStillSincePress()) {
            if (isFeatures(p)) {
                vm.addFeaturePoint(p.x(e.getX()), p.y(e.getY()));
            } else {
                vm.addPoint(p.x(e.getX()), p.y(e.getY()));
            }
        }
        dragged = -1;
        moved = false;
    }

    // ---------------------------------------------------------------- painting

    private void paint() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = getWidth();
        double h = getHeight();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        Dataset d = vm.pointsProperty().get();
        Panel p = mainPanel();
        Model m = vm.modelProperty().get();
        if (d == null || p == null || m == null || w < 40 || h < 40) {
            return;
        }
        int stride = vm.stride();
        Panel fp = featurePanel();
        if (fp != null) {
            features(g, d, fp, stride);
        }
        Vec2 c = vm.currentProperty().get();
        clip(g, p);
        if (c != null) {
            residuals(g, d, p, m, c, stride);
        }
        model(g, p, m, vm.previewProperty().get(), PREVIEW, true);
        model(g, p, m, c, MODEL, false);
        points(g, d, p, m, stride);
        g.restore();
        String xName = m == Model.LINEAR2 ? d.targetName() + " (actual)" : d.featureNames().get(0);
        String yName = m == Model.LINEAR2 ? "ŷ (predicted)" : m == Model.LOGISTIC ? d.targetName() + ", p" : d.targetName();
        String count = "N = " + d.size() + (stride > 1 ? ", every " + stride + "th drawn" : "");
        // linear2: the right panel's hint under its axis, where there is room: a sideways drag sets y
        frame(g, p, fp == null ? xName : xName + ", drag ↔", yName + (fp == null ? "   " + count : ""));
        if (fp != null) {
            frame(g, fp, d.featureNames().get(0), d.featureNames().get(1) + "   " + count);
        }
    }

    private static void clip(GraphicsContext g, Panel p) {
        g.save();
        g.beginPath();
        g.rect(p.left(), p.top(), p.width(), p.height());
        g.clip();
    }

    /** linear2's feature plane: each point at (x₁ᵢ, x₂ᵢ), the batch ringed. */
    private void features(GraphicsContext g, Dataset d, Panel p, int stride) {
        clip(g, p);
        double u = u();
        double r = radius(d);
        g.setFill(POINT);
        for (int i = 0; i < d.size(); i += stride) {
            g.fillOval(p.px(vm.x1(i)) - r, p.py(vm.x2(i)) - r, 2 * r, 2 * r);
        }
        g.setStroke(BATCH);
        g.setLineWidth(2 * u);
        for (int i : vm.batchProperty().get()) {
            g.strokeOval(p.px(vm.x1(i)) - r - 2.5 * u, p.py(vm.x2(i)) - r - 2.5 * u, 2 * r + 5 * u, 2 * r + 5 * u);
        }
        g.restore();
    }

    private void residuals(GraphicsContext g, Dataset d, Panel p, Model m, Vec2 c, int stride) {
        g.setStroke(RESIDUAL);
        g.setLineWidth(u());
        for (int i = 0; i < d.size(); i += stride) {
            Vec2 q = vm.position(i);
            double fit = m == Model.LINEAR2 ? q.x() : vm.predicted(c, i);
            double x = p.px(q.x());
            g.strokeLine(x, p.py(q.y()), x, p.py(fit));
        }
    }

    private void model(GraphicsContext g, Panel p, Model m, Vec2 c, Color color, boolean dashed) {
        if (c == null) {
            return;
        }
        DataFrame f = p.frame();
        double u = u();
        g.setStroke(color);
        g.setLineWidth((dashed ? 1.5 : 2) * u);
        g.setLineDashes(dashed ? new double[] {6 * u, 4 * u} : null);
        switch (m) {
            case LINEAR -> g.strokeLine(p.px(f.xMin()), p.py(DataViewModel.predict(m, c, f.xMin())),
                    p.px(f.xMax()), p.py(DataViewModel.predict(m, c, f.xMax())));
            case LINEAR2 -> {
                if (!dashed) { // the diagonal ŷ = y: the predictions of a perfect fit
                    g.strokeLine(p.px(f.xMin()), p.py(f.xMin()), p.px(f.xMax()), p.py(f.xMax()));
                } else { // the previewed (w₁, w₂)'s predictions as crosses
                    Dataset d = vm.pointsProperty().get();
                    for (int i = 0; i < d.size(); i += vm.stride()) {
                        double x = p.px(vm.y(i));
                        double y = p.py(vm.predicted(c, i));
                        g.strokeLine(x - 3 * u, y - 3 * u, x + 3 * u, y + 3 * u);
                        g.strokeLine(x - 3 * u, y + 3 * u, x + 3 * u, y - 3 * u);
                    }
                }
            }
            case LOGISTIC -> {
                int n = (int) Math.max(2, p.width() / 2);
                g.beginPath();
                for (int k = 0; k <= n; k++) {
                    double x = f.xMin() + (f.xMax() - f.xMin()) * k / n;
                    double y = p.py(DataViewModel.predict(m, c, x));
                    if (k == 0) {
                        g.moveTo(p.px(x), y);
                    } else {
                        g.lineTo(p.px(x), y);
                    }
                }
                g.stroke();
                if (c.x() != 0) { // the boundary p = 0.5 at x = −b/w
                    double xb = p.px(-c.y() / c.x());
                    g.setLineDashes(2 * u, 3 * u);
                    g.strokeLine(xb, p.top(), xb, p.top() + p.height());
                }
            }
        }
        g.setLineDashes(null);
    }

    private void points(GraphicsContext g, Dataset d, Panel p, Model m, int stride) {
        double u = u();
        double r = radius(d);
        for (int i = 0; i < d.size(); i += stride) {
            Vec2 q = vm.position(i);
            g.setFill(m == Model.LOGISTIC && vm.y(i) == 1 ? POINT_ONE : POINT);
            g.fillOval(p.px(q.x()) - r, p.py(q.y()) - r, 2 * r, 2 * r);
        }
        g.setStroke(BATCH);
        g.setLineWidth(2 * u);
        for (int i : vm.batchProperty().get()) {
            Vec2 q = vm.position(i);
            g.strokeOval(p.px(q.x()) - r - 2.5 * u, p.py(q.y()) - r - 2.5 * u, 2 * r + 5 * u, 2 * r + 5 * u);
        }
    }

    /** @return a drawn point's radius in pixels: small for many points, times the UI scale */
    private double radius(Dataset d) {
        return (d.size() > 2000 ? 1.5 : 3.5) * u();
    }

    private void frame(GraphicsContext g, Panel p, String xName, String title) {
        DataFrame f = p.frame();
        double u = u();
        g.setStroke(Color.web("#6b7280"));
        g.setLineWidth(u);
        g.strokeRect(p.left(), p.top(), p.width(), p.height());
        g.setFill(Color.web("#374151"));
        g.setFont(labelFont());
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(title, titleX(p), titleY(p));
        double bottom = p.top() + p.height() + 3 * u;
        // the range's ends under the panel's edges, inside them; the right one only where both fit
        String low = NumberText.significant(f.xMin(), 3);
        String high = NumberText.significant(f.xMax(), 3);
        g.fillText(low, p.left(), bottom);
        if (textWidth(low) + textWidth(high) + 6 * u < p.width()) {
            g.setTextAlign(TextAlignment.RIGHT);
            g.fillText(high, p.left() + p.width(), bottom);
        }
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText(xName, p.left() + p.width() / 2, bottom + 12 * u);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(NumberText.significant(f.yMax(), 3), p.left() - 3 * u, p.top() + 6 * u);
        g.fillText(NumberText.significant(f.yMin(), 3), p.left() - 3 * u, p.top() + p.height() - 6 * u);
    }

    /** @return the view model this view paints (for tests) */
    public DataViewModel viewModel() {
        return vm;
    }
}
