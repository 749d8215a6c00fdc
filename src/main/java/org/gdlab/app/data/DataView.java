package org.gdlab.app.data;

import javafx.beans.Observable;
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
 * two panels ({@link Panel}): on the left the feature plane (x₁, x₂), where those three gestures act on a
 * point's features; on the right predicted against actual, where dragging a point sideways sets its target
 * y. Holds no state of its own but the point being dragged and the panel it was pressed in.
 */
public final class DataView extends Region {

    /** margins of the plot area in pixels: left, right, top, bottom */
    static final double LEFT = 44;
    static final double RIGHT = 10;
    static final double TOP = 22;
    static final double BOTTOM = 28;
    /** a point is hit within this many pixels */
    static final double HIT = 7;

    private static final Color POINT = Color.web("#1f5fa8");
    private static final Color POINT_ONE = Color.web("#c2410c");
    private static final Color BATCH = Color.web("#f59e0b");
    private static final Color MODEL = Color.web("#111827");
    private static final Color PREVIEW = Color.web("#7c3aed");
    private static final Color RESIDUAL = Color.web("#9ca3af");

    private final DataViewModel vm;
    private final Canvas canvas = new Canvas();
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
                vm.batchProperty(), vm.frameProperty(), vm.featureFrameProperty(), vm.modelProperty(), widthProperty(),
                heightProperty()}) {
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
     */
    record Panel(double left, double top, double width, double height, DataFrame frame) {

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

        /** @return radii of a {@link #HIT}-pixel circle in data units */
        double rx() {
            return HIT / width * (frame.xMax() - frame.xMin());
        }

        double ry() {
            return HIT / height * (frame.yMax() - frame.yMin());
        }
    }

    /** @return true for linear2's two panels (checked on every property: they change one by one when the data changes) */
    private boolean twoPanels() {
        Dataset d = vm.pointsProperty().get();
        return vm.modelProperty().get() == Model.LINEAR2 && vm.featureFrameProperty().get() != null && d != null
                && d.features() == 2;
    }

    /** @return the panel of the main picture (the scatter, or for linear2 predicted against actual); null without data */
    Panel mainPanel() {
        DataFrame f = vm.frameProperty().get();
        if (f == null) {
            return null;
        }
        double w = Math.max(1, getWidth() - LEFT - RIGHT);
        double h = Math.max(1, getHeight() - TOP - BOTTOM);
        if (!twoPanels()) {
            return new Panel(LEFT, TOP, w, h, f);
        }
        double half = Math.max(1, (getWidth() - 2 * LEFT - 2 * RIGHT) / 2);
        return new Panel(LEFT + half + RIGHT + LEFT, TOP, half, h, f);
    }

    /** @return for linear2, the panel of the feature plane (x₁, x₂) on the left; else null */
    Panel featurePanel() {
        if (!twoPanels()) {
            return null;
        }
        double half = Math.max(1, (getWidth() - 2 * LEFT - 2 * RIGHT) / 2);
        double h = Math.max(1, getHeight() - TOP - BOTTOM);
        return new Panel(LEFT, TOP, half, h, vm.featureFrameProperty().get());
    }

    /** @return the panel under pixel column x: the feature panel when there is one and x is left of the middle */
    private Panel panelAt(double x) {
        Panel fp = featurePanel();
        return fp != null && x < fp.left() + fp.width() + RIGHT + LEFT / 2 ? fp : mainPanel();
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
        Panel p = panelAt(e.getX());
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
        Panel p = panelAt(e.getX());
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
        double r = d.size() > 2000 ? 1.5 : 3.5;
        g.setFill(POINT);
        for (int i = 0; i < d.size(); i += stride) {
            g.fillOval(p.px(d.x1(i)) - r, p.py(d.x2(i)) - r, 2 * r, 2 * r);
        }
        g.setStroke(BATCH);
        g.setLineWidth(2);
        for (int i : vm.batchProperty().get()) {
            g.strokeOval(p.px(d.x1(i)) - r - 2.5, p.py(d.x2(i)) - r - 2.5, 2 * r + 5, 2 * r + 5);
        }
        g.restore();
    }

    private void residuals(GraphicsContext g, Dataset d, Panel p, Model m, Vec2 c, int stride) {
        g.setStroke(RESIDUAL);
        g.setLineWidth(1);
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
        g.setStroke(color);
        g.setLineWidth(dashed ? 1.5 : 2);
        g.setLineDashes(dashed ? new double[] {6, 4} : null);
        switch (m) {
            case LINEAR -> g.strokeLine(p.px(f.xMin()), p.py(DataViewModel.predict(m, c, f.xMin())),
                    p.px(f.xMax()), p.py(DataViewModel.predict(m, c, f.xMax())));
            case LINEAR2 -> {
                if (!dashed) { // the diagonal ŷ = y: the predictions of a perfect fit
                    g.strokeLine(p.px(f.xMin()), p.py(f.xMin()), p.px(f.xMax()), p.py(f.xMax()));
                } else { // the previewed (w₁, w₂)'s predictions as crosses
                    Dataset d = vm.pointsProperty().get();
                    for (int i = 0; i < d.size(); i += vm.stride()) {
                        double x = p.px(d.y(i));
                        double y = p.py(vm.predicted(c, i));
                        g.strokeLine(x - 3, y - 3, x + 3, y + 3);
                        g.strokeLine(x - 3, y + 3, x + 3, y - 3);
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
                    g.setLineDashes(2, 3);
                    g.strokeLine(xb, p.top(), xb, p.top() + p.height());
                }
            }
        }
        g.setLineDashes(null);
    }

    private void points(GraphicsContext g, Dataset d, Panel p, Model m, int stride) {
        double r = d.size() > 2000 ? 1.5 : 3.5;
        for (int i = 0; i < d.size(); i += stride) {
            Vec2 q = vm.position(i);
            g.setFill(m == Model.LOGISTIC && d.y(i) == 1 ? POINT_ONE : POINT);
            g.fillOval(p.px(q.x()) - r, p.py(q.y()) - r, 2 * r, 2 * r);
        }
        g.setStroke(BATCH);
        g.setLineWidth(2);
        for (int i : vm.batchProperty().get()) {
            Vec2 q = vm.position(i);
            g.strokeOval(p.px(q.x()) - r - 2.5, p.py(q.y()) - r - 2.5, 2 * r + 5, 2 * r + 5);
        }
    }

    private static void frame(GraphicsContext g, Panel p, String xName, String title) {
        DataFrame f = p.frame();
        g.setStroke(Color.web("#6b7280"));
        g.setLineWidth(1);
        g.strokeRect(p.left(), p.top(), p.width(), p.height());
        g.setFill(Color.web("#374151"));
        g.setFont(Font.font(11));
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(title, p.left(), 4);
        g.setTextAlign(TextAlignment.CENTER);
        double bottom = p.top() + p.height() + 3;
        g.fillText(NumberText.significant(f.xMin(), 3), p.left() + 12, bottom);
        g.fillText(xName, p.left() + p.width() / 2, bottom + 12);
        g.fillText(NumberText.significant(f.xMax(), 3), p.left() + p.width() - 14, bottom);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(NumberText.significant(f.yMax(), 3), p.left() - 3, p.top() + 6);
        g.fillText(NumberText.significant(f.yMin(), 3), p.left() - 3, p.top() + p.height() - 6);
    }

    /** @return the view model this view paints (for tests) */
    public DataViewModel viewModel() {
        return vm;
    }
}
