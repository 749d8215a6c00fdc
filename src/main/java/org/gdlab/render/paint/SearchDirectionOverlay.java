package org.gdlab.render.paint;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.gdlab.core.math.Sym2;
import org.gdlab.core.optim.LineSearchTrace;
import org.gdlab.core.optim.OptimizerKind;

/**
 * For cg, bfgs and lbfgs, whose direction is not −∇C: the search direction d_k as an arrow at w_k of the
 * same length as the −∇C arrow ({@link PlotStyle#GRADIENT_ARROW_PIXELS}), labelled "d". For bfgs also two
 * ellipses about w_k with the same r: the true local model's level set {w + u : uᵀHu = r²} (H = ∇²C(w_k),
 * white) and the BFGS approximation's {w + u : uᵀH_k⁻¹u = r²} (H_k its inverse-Hessian approximation, in
 * the direction's colour); r is chosen so that the larger of the two is {@value #ELLIPSE_PIXELS} pixels
 * across at its widest, and a legend line says what they are. When ∇²C is not positive definite at w_k its
 * level set is no ellipse and only the BFGS one is drawn (the legend says so).
 */
public final class SearchDirectionOverlay implements Overlay {

    /** the direction's and the BFGS ellipse's colour */
    public static final Color DIRECTION = new Color(118, 255, 3);
    /** the larger ellipse's widest extent on screen, in painter units */
    public static final double ELLIPSE_PIXELS = 160;
    private static final Font LEGEND = new Font(Font.SANS_SERIF, Font.BOLD, 14);
    private static final int POINTS = 96;
    /** the rules whose direction is not −∇C: the only ones this overlay draws */
    private static final List<OptimizerKind> DIRECTED = List.of(OptimizerKind.CG, OptimizerKind.BFGS, OptimizerKind.LBFGS);

    private final Supplier<LineSearchTrace> trace;
    private final BooleanSupplier shown;

    /** @param trace the current step's search, or null for none (read at each paint) */
    public SearchDirectionOverlay(Supplier<LineSearchTrace> trace) {
        this(trace, () -> true);
    }

    /**
     * @param trace the current step's search, or null for none (read at each paint)
     * @param shown whether the window's switch shows the line search on the plot (read when an export starts:
     *     an animation draws the marks of each frame's step only while it is on)
     */
    public SearchDirectionOverlay(Supplier<LineSearchTrace> trace, BooleanSupplier shown) {
        this.trace = trace;
        this.shown = shown;
    }

    /** @return the marks of the step whose marks are m: its search direction's; null when it has none to show */
    public static Overlay atStep(StepMarks m) {
        LineSearchTrace s = m.trace();
        return s == null || !DIRECTED.contains(s.kind()) ? null : new SearchDirectionOverlay(() -> s);
    }

    /** @return the search it draws now, or null */
    public LineSearchTrace trace() {
        return trace.get();
    }

    @Override
    public StepOverlay perStep() {
        return shown.getAsBoolean() ? SearchDirectionOverlay::atStep : null;
    }

    @Override
    public String name() {
        return "search direction";
    }

    /** @return the trace of now, kept (a {@link LineSearchTrace} is immutable); null while there is none */
    @Override
    public Overlay frozen() {
        LineSearchTrace now = trace.get();
        return now == null ? null : new SearchDirectionOverlay(() -> now);
    }

    @Override
    public boolean followsStep() {
        return true;
    }

    @Override
    public void paint(Graphics2D g, PlotTransform t, Occupancy occupied) {
        LineSearchTrace s = trace.get();
        if (s == null || !DIRECTED.contains(s.kind())) {
            return;
        }
        Shape old = g.getClip();
        g.clip(SurfaceLayer.area(t));
        double sx = t.sx(s.w().x());
        double sy = t.sy(s.w().y());
        Optional<Sym2> approx = s.inverseHessianApproximation();
        if (approx.isPresent()) {
            paintEllipses(g, t, s, approx.get(), occupied);
        }
        double dx = s.d().x() * t.scaleX();
        double dy = -s.d().y() * t.scaleY();
        double n = Math.hypot(dx, dy);
        if (n > 0 && Double.isFinite(n)) {
            double ex = sx + dx / n * PlotStyle.GRADIENT_ARROW_PIXELS;
            double ey = sy + dy / n * PlotStyle.GRADIENT_ARROW_PIXELS;
            Arrows.draw(g, sx, sy, ex, ey, 3, 13, DIRECTION);
            PathLayer.occupySegment(occupied, sx, sy, ex, ey, Occupancy.HARD);
            String text = "d (" + s.kind().id() + ")";
            Rectangle2D size = Labels.size(g, PlotStyle.ARROW_LABEL, text);
            Labels.place(g, PlotStyle.ARROW_LABEL, text, DIRECTION,
                    PathLayer.gradientLabelCandidates(sx, sy, ex, ey, dx / n, dy / n, size.getWidth(), size.getHeight()),
                    SurfaceLayer.area(t), occupied);
        }
        g.setClip(old);
    }

    private static void paintEllipses(Graphics2D g, PlotTransform t, LineSearchTrace s, Sym2 hk, Occupancy occupied) {
        double[][] bfgs = unitEllipse(hk, false);
        Sym2 h = s.hessian();
        double[][] truth = positiveDefinite(h) ? unitEllipse(h, true) : null;
        if (bfgs == null && truth == null) {
            return;
        }
        double widest = Math.max(extent(bfgs, t), extent(truth, t));
        if (!(widest > 0) || !Double.isFinite(widest)) {
            return;
        }
        double r = ELLIPSE_PIXELS / widest;
        if (truth != null) {
            stroke(g, t, s, truth, r, Color.WHITE, occupied);
        }
        if (bfgs != null) {
            stroke(g, t, s, bfgs, r, DIRECTION, occupied);
        }
        String text = truth != null ? "ellipses uᵀHu = r² (white: true ∇²C) and uᵀH_k⁻¹u = r² (green: BFGS), same r"
                : "ellipse uᵀH_k⁻¹u = r² (BFGS); ∇²C is not positive definite here: no true ellipse";
        Rectangle2D area = SurfaceLayer.area(t);
        List<String> lines = Labels.wrap(g, LEGEND, text, area.getWidth() - 24);
        double w = 0;
        double lineH = 0;
        for (String line : lines) {
            Rectangle2D size = Labels.size(g, LEGEND, line);
            w = Math.max(w, size.getWidth());
            lineH = size.getHeight();
        }
        List<Rectangle2D> corners = Placement.corners(area, w + 8, lineH * lines.size() + 4, 4);
        Rectangle2D box = corners.get(Placement.best(corners, area, occupied));
        g.setColor(new Color(0, 0, 0, 150));
        g.fill(box);
        for (int i = 0; i < lines.size(); i++) {
            Labels.draw(g, LEGEND, lines.get(i), Color.WHITE,
                    new Rectangle2D.Double(box.getX() + 4, box.getY() + 2 + i * lineH, w, lineH));
        }
        occupied.addLabel(box);
    }

    /** @return whether m is positive definite (and finite) */
    static boolean positiveDefinite(Sym2 m) {
        return m.isFinite() && m.xx() > 0 && m.xx() * m.yy() - m.xy() * m.xy() > 0;
    }

    /**
     * The level set uᵀMu = 1 as {@value #POINTS} points u (columns {ux, uy}): with the Cholesky factor
     * K of P (P = KKᵀ), u = K·v for unit v gives uᵀP⁻¹u = 1, and u = K⁻ᵀ·v gives uᵀPu = 1.
     *
     * @param p a positive definite matrix
     * @param levelOfP true for uᵀPu = 1 (the true Hessian), false for uᵀP⁻¹u = 1 (P = H_k, so P⁻¹ = B_k)
     * @return the points, or null when p is not positive definite
     */
    static double[][] unitEllipse(Sym2 p, boolean levelOfP) {
        if (!positiveDefinite(p)) {
            return null;
        }
        double a = Math.sqrt(p.xx());
        double b = p.xy() / a;
        double c = Math.sqrt(p.yy() - b * b);
        double[][] u = new double[POINTS][2];
        for (int i = 0; i < POINTS; i++) {
            double th = 2 * Math.PI * i / POINTS;
            double vx = Math.cos(th);
            double vy = Math.sin(th);
            if (levelOfP) { // K⁻ᵀ v with K = [[a, 0], [b, c]]: Kᵀ = [[a, b], [0, c]]
                u[i][1] = vy / c;
                u[i][0] = (vx - b * u[i][1]) / a;
            } else {
                u[i][0] = a * vx;
                u[i][1] = b * vx + c * vy;
            }
        }
        return u;
    }

    /** @return the widest extent of the points on screen, in painter units (0 for null) */
    private static double extent(double[][] u, PlotTransform t) {
        if (u == null) {
            return 0;
        }
        double w = 0;
        for (double[] p : u) {
            w = Math.max(w, 2 * Math.hypot(p[0] * t.scaleX(), p[1] * t.scaleY()));
        }
        return w;
    }

    private static void stroke(Graphics2D g, PlotTransform t, LineSearchTrace s, double[][] u, double r, Color color,
            Occupancy occupied) {
        double sx = t.sx(s.w().x());
        double sy = t.sy(s.w().y());
        Path2D.Double path = new Path2D.Double();
        for (int i = 0; i < u.length; i++) {
            double x = sx + r * u[i][0] * t.scaleX();
            double y = sy - r * u[i][1] * t.scaleY();
            if (i == 0) {
                path.moveTo(x, y);
            } else {
                path.lineTo(x, y);
            }
        }
        path.closePath();
        g.setColor(PlotStyle.OUTLINE);
        g.setStroke(new BasicStroke(4f));
        g.draw(path);
        g.setColor(color);
        g.setStroke(new BasicStroke(2f));
        g.draw(path);
        occupied.add(path.getBounds2D(), Occupancy.SOFT * 0.2);
    }
}
