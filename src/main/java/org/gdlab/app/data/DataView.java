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
 * empty place to add a point there, right-click a point to remove it. Holds no state of its own but the
 * point being dragged.
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
    private boolean moved;

    public DataView(DataViewModel vm) {
        this.vm = vm;
        setId("dataView");
        getStyleClass().add("data-view");
        setMinSize(0, 0);
        getChildren().add(canvas);
        for (Observable o : new Observable[] {vm.pointsProperty(), vm.currentProperty(), vm.previewProperty(),
                vm.batchProperty(), vm.frameProperty(), vm.modelProperty(), widthProperty(), heightProperty()}) {
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

    private double areaW() {
        return Math.max(1, getWidth() - LEFT - RIGHT);
    }

    private double areaH() {
        return Math.max(1, getHeight() - TOP - BOTTOM);
    }

    private double px(DataFrame f, double x) {
        return f.px(x, LEFT, areaW());
    }

    private double py(DataFrame f, double y) {
        return f.py(y, TOP, areaH());
    }

    // ---------------------------------------------------------------- mouse: forwarded to the view model

    private int hit(MouseEvent e) {
        DataFrame f = vm.frameProperty().get();
        if (f == null) {
            return -1;
        }
        double rx = HIT / areaW() * (f.xMax() - f.xMin());
        double ry = HIT / areaH() * (f.yMax() - f.yMin());
        return vm.pointNear(f.x(e.getX(), LEFT, areaW()), f.y(e.getY(), TOP, areaH()), rx, ry);
    }

    private void pressed(MouseEvent e) {
        dragged = e.getButton() == MouseButton.PRIMARY ? hit(e) : -1;
        moved = false;
        if (e.getButton() == MouseButton.SECONDARY) {
            int i = hit(e);
            if (i >= 0) {
                vm.removePoint(i);
            }
        }
    }

    private void dragged(MouseEvent e) {
        DataFrame f = vm.frameProperty().get();
        if (dragged >= 0 && f != null) {
            moved = true;
            vm.movePoint(dragged, f.x(e.getX(), LEFT, areaW()), f.y(e.getY(), TOP, areaH()));
        }
    }

    private void released(MouseEvent e) {
        DataFrame f = vm.frameProperty().get();
        if (e.getButton() == MouseButton.PRIMARY && dragged < 0 && !moved && f != null && e.isStillSincePress()) {
            vm.addPoint(f.x(e.getX(), LEFT, areaW()), f.y(e.getY(), TOP, areaH()));
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
        DataFrame f = vm.frameProperty().get();
        Model m = vm.modelProperty().get();
        if (d == null || f == null || m == null || w < 40 || h < 40) {
            return;
        }
        g.save();
        g.beginPath();
        g.rect(LEFT, TOP, areaW(), areaH());
        g.clip();
        Vec2 c = vm.currentProperty().get();
        int stride = vm.stride();
        if (c != null) {
            residuals(g, d, f, m, c, stride);
        }
        model(g, f, m, vm.previewProperty().get(), PREVIEW, true);
        model(g, f, m, c, MODEL, false);
        points(g, d, f, m, stride);
        g.restore();
        frame(g, d, f, m, stride);
    }

    private void residuals(GraphicsContext g, Dataset d, DataFrame f, Model m, Vec2 c, int stride) {
        g.setStroke(RESIDUAL);
        g.setLineWidth(1);
        for (int i = 0; i < d.size(); i += stride) {
            Vec2 p = vm.position(i);
            double fit = m == Model.LINEAR2 ? p.x() : vm.predicted(c, i);
            double x = px(f, p.x());
            g.strokeLine(x, py(f, p.y()), x, py(f, fit));
        }
    }

    private void model(GraphicsContext g, DataFrame f, Model m, Vec2 c, Color color, boolean dashed) {
        if (c == null) {
            return;
        }
        g.setStroke(color);
        g.setLineWidth(dashed ? 1.5 : 2);
        g.setLineDashes(dashed ? new double[] {6, 4} : null);
        switch (m) {
            case LINEAR -> g.strokeLine(px(f, f.xMin()), py(f, DataViewModel.predict(m, c, f.xMin())),
                    px(f, f.xMax()), py(f, DataViewModel.predict(m, c, f.xMax())));
            case LINEAR2 -> {
                if (!dashed) { // the diagonal ŷ = y: the predictions of a perfect fit
                    g.strokeLine(px(f, f.xMin()), py(f, f.xMin()), px(f, f.xMax()), py(f, f.xMax()));
                } else { // the previewed (w₁, w₂)'s predictions as crosses
                    Dataset d = vm.pointsProperty().get();
                    for (int i = 0; i < d.size(); i += vm.stride()) {
                        double x = px(f, d.y(i));
                        double y = py(f, vm.predicted(c, i));
                        g.strokeLine(x - 3, y - 3, x + 3, y + 3);
                        g.strokeLine(x - 3, y + 3, x + 3, y - 3);
                    }
                }
            }
            case LOGISTIC -> {
                int n = (int) Math.max(2, areaW() / 2);
                g.beginPath();
                for (int k = 0; k <= n; k++) {
                    double x = f.xMin() + (f.xMax() - f.xMin()) * k / n;
                    double y = py(f, DataViewModel.predict(m, c, x));
                    if (k == 0) {
                        g.moveTo(px(f, x), y);
                    } else {
                        g.lineTo(px(f, x), y);
                    }
                }
                g.stroke();
                if (c.x() != 0) { // the boundary p = 0.5 at x = −b/w
                    double xb = px(f, -c.y() / c.x());
                    g.setLineDashes(2, 3);
                    g.strokeLine(xb, TOP, xb, TOP + areaH());
                }
            }
        }
        g.setLineDashes(null);
    }

    private void points(GraphicsContext g, Dataset d, DataFrame f, Model m, int stride) {
        double r = d.size() > 2000 ? 1.5 : 3.5;
        for (int i = 0; i < d.size(); i += stride) {
            Vec2 p = vm.position(i);
            g.setFill(m == Model.LOGISTIC && d.y(i) == 1 ? POINT_ONE : POINT);
            g.fillOval(px(f, p.x()) - r, py(f, p.y()) - r, 2 * r, 2 * r);
        }
        g.setStroke(BATCH);
        g.setLineWidth(2);
        for (int i : vm.batchProperty().get()) {
            Vec2 p = vm.position(i);
            g.strokeOval(px(f, p.x()) - r - 2.5, py(f, p.y()) - r - 2.5, 2 * r + 5, 2 * r + 5);
        }
    }

    private void frame(GraphicsContext g, Dataset d, DataFrame f, Model m, int stride) {
        g.setStroke(Color.web("#6b7280"));
        g.setLineWidth(1);
        g.strokeRect(LEFT, TOP, areaW(), areaH());
        g.setFill(Color.web("#374151"));
        g.setFont(Font.font(11));
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        String xName = m == Model.LINEAR2 ? d.targetName() + " (actual)" : d.featureNames().get(0);
        String yName = m == Model.LINEAR2 ? "ŷ (predicted)" : m == Model.LOGISTIC ? d.targetName() + ", p" : d.targetName();
        String count = "N = " + d.size() + (stride > 1 ? ", every " + stride + "th drawn" : "");
        g.fillText(yName + "   " + count, LEFT, 4);
        g.setTextAlign(TextAlignment.CENTER);
        double bottom = TOP + areaH() + 3;
        g.fillText(NumberText.significant(f.xMin(), 3), LEFT + 12, bottom);
        g.fillText(xName, LEFT + areaW() / 2, bottom + 12);
        g.fillText(NumberText.significant(f.xMax(), 3), LEFT + areaW() - 14, bottom);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(NumberText.significant(f.yMax(), 3), LEFT - 3, TOP + 6);
        g.fillText(NumberText.significant(f.yMin(), 3), LEFT - 3, TOP + areaH() - 6);
    }

    /** @return the view model this view paints (for tests) */
    public DataViewModel viewModel() {
        return vm;
    }
}
