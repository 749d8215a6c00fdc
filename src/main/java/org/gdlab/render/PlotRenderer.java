package org.gdlab.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.gdlab.core.colormap.ColorMap;
import org.gdlab.core.contour.ContourPicture;
import org.gdlab.core.contour.ContourPictureBuilder;
import org.gdlab.core.contour.Isoline;
import org.gdlab.core.contour.ScalarGrid;
import org.gdlab.core.math.LineClip;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.scenario.Overlays;
import org.gdlab.core.scenario.ScenarioRun;
import org.gdlab.core.scenario.Scenario;
import org.gdlab.core.sim.Diverged;
import org.gdlab.core.surface.StationaryPoint;
import org.gdlab.core.surface.Surface;
import org.gdlab.core.surface.ViewRect;

/**
 * Paints a scenario's plot onto any {@link Graphics2D} at any pixel size, without a window: title and
 * formula, the filled colour map with its level lines ({@link ContourPictureBuilder}), axes with ticks (x and
 * y on the same scale, so the gradient is drawn perpendicular to the level lines), a colour bar, the known
 * points, each run's path (a dot per step, the start, the current point) in its colour, the gradient field
 * if that overlay is on, and a legend saying how each run ended (the headline of the core explainer's
 * sentence, "diverged at step 72"). A path that leaves the view is drawn up to its edge, never towards a
 * far-away point.
 *
 * <p>Sizes scale with the picture: text, markers and line widths are those of a 1280×720 slide times
 * min(width/1280, height/720), so a 4K export looks like the 720p one, only sharper.
 *
 * <p>The runs are simulated once, in the constructor, and streamed into {@link PathSketch sketches}: each
 * path is reduced to the resolution of the largest picture as it is computed, so memory stays bounded
 * whatever the step count (16 runs × 10⁶ steps need a few megabytes). A run whose start cannot be used
 * (its cost or gradient is not finite there) draws only its start and says why in the legend. The
 * contour picture is cached for the last grid size, so painting many frames of one size (a GIF) samples
 * the surface once. Not thread-safe: one renderer per thread.
 */
public final class PlotRenderer {

    /** The most grid points along the longer side of the plot; finer grids add nothing visible. */
    public static final int GRID_MAX = 720;
    /** Paths with more steps than this get a dot only every few steps. */
    static final int MAX_DOTS = 300;

    private static final Color FRAME = new Color(0x222222);
    private static final Color LEVEL_LINE = new Color(0, 0, 0, 95);
    private static final Color UNDEFINED = new Color(0xd8d8d8);
    private static final Color HALO = new Color(0, 0, 0, 150);
    private static final Color FIELD = new Color(255, 255, 255, 170);
    private static final Color SUBTLE = new Color(0x555555);

    private final Scenario scenario;
    private final Surface surface;
    private final List<PathSketch> paths;
    private final List<Color> colors;

    private ContourPicture picture;
    private BufferedImage fill;

    /** Runs the scenario's runs (the whole step limit of each). */
    public PlotRenderer(Scenario scenario) {
        this.scenario = scenario;
        this.surface = scenario.createSurface();
        List<PathSketch> runs = new ArrayList<>();
        List<Color> cs = new ArrayList<>();
        for (int i = 0; i < scenario.runs().size(); i++) {
            ScenarioRun r = scenario.runs().get(i);
            runs.add(PathSketch.run(r.config(), scenario.view()));
            cs.add(RunColors.of(r, i));
        }
        this.paths = List.copyOf(runs);
        this.colors = List.copyOf(cs);
    }

    /** @return the scenario painted */
    public Scenario scenario() {
        return scenario;
    }

    /** @return the number of rows of the longest run (steps + 1); at least 1 */
    public int longestRun() {
        return Math.max(1, paths.stream().mapToInt(PathSketch::rows).max().orElse(1));
    }

    /** Paints the whole plot with every run's complete path. */
    public void paint(Graphics2D g, int width, int height) {
        paint(g, width, height, Integer.MAX_VALUE, false);
    }

    /**
     * Paints one frame of the descent: every path up to step {@code step} (a run that ended earlier shows
     * all of it) and a step counter.
     */
    public void paintFrame(Graphics2D g, int width, int height, int step) {
        paint(g, width, height, step, true);
    }

    private void paint(Graphics2D g0, int width, int height, int upToStep, boolean counter) {
        Graphics2D g = (Graphics2D) g0.create();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            Layout l = layout(g, width, height, upToStep);
            paintTitle(g, l);
            paintSurface(g, l);
            Shape oldClip = g.getClip();
            g.clip(l.plot);
            if (scenario.overlays().contains(Overlays.GRADIENT_FIELD)) {
                paintGradientField(g, l);
            }
            if (scenario.overlays().contains(Overlays.KNOWN_POINTS)) {
                paintKnownPoints(g, l);
            }
            for (int i = 0; i < paths.size(); i++) {
                paintPath(g, l, paths.get(i), colors.get(i), upToStep);
            }
            if (counter) {
                paintCounter(g, l, upToStep);
            }
            g.setClip(oldClip);
            paintAxes(g, l);
            paintColorBar(g, l);
            paintLegend(g, l, upToStep);
        } finally {
            g.dispose();
        }
    }

    // ---- layout -----------------------------------------------------------------------------------------

    /** Where everything goes, in pixels. */
    private record Layout(double s, Rectangle2D plot, ViewRect view, Font title, Font small, Font ticks, Font axis,
                          Font legend, double xStep, double yStep, List<List<Integer>> legendRows,
                          double legendTop, int width, int height) {

        double sx(double x) {
            return plot.getX() + (x - view.xMin()) / view.width() * plot.getWidth();
        }

        double sy(double y) {
            return plot.getMaxY() - (y - view.yMin()) / view.height() * plot.getHeight();
        }

        float px(double v) {
            return (float) (v * s);
        }
    }

    private Layout layout(Graphics2D g, int width, int height, int upToStep) {
        double s = Math.max(0.4, Math.min(width / 1280.0, height / 720.0));
        Font title = new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.round(28 * s));
        Font small = new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(17 * s));
        Font ticks = new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(17 * s));
        Font axis = new Font(Font.SERIF, Font.ITALIC, (int) Math.round(24 * s));
        Font legend = new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(18 * s));
        double pad = 14 * s;
        ViewRect view = scenario.view();

        double top = pad + lineHeight(g, title) + lineHeight(g, small) + pad;
        // legend rows: entries wrap within the width
        FontMetrics lm = g.getFontMetrics(legend);
        double swatch = 40 * s;
        double avail = width - 2 * pad;
        List<List<Integer>> rows = new ArrayList<>();
        List<Integer> row = new ArrayList<>();
        double used = 0;
        for (int i = 0; i < paths.size(); i++) {
            double w = swatch + lm.stringWidth(fit(lm, legendText(i, upToStep), avail - swatch)) + 28 * s;
            if (!row.isEmpty() && used + w > avail) {
                rows.add(row);
                row = new ArrayList<>();
                used = 0;
            }
            row.add(i);
            used += w;
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        double legendHeight = rows.size() * lineHeight(g, legend) * 1.15;
        double bottom = pad + legendHeight + (rows.isEmpty() ? 0 : pad) + lineHeight(g, axis) + lineHeight(g, ticks) + 10 * s;
        FontMetrics tm = g.getFontMetrics(ticks);
        double yTickWidth = tm.stringWidth("−00.0");
        double left = pad + g.getFontMetrics(axis).stringWidth("y") + 12 * s + yTickWidth + 10 * s;
        double right = pad + tm.stringWidth("−0.00e-00") + 8 * s + 24 * s + 24 * s;
        double aw = Math.max(10, width - left - right);
        double ah = Math.max(10, height - top - bottom);
        double k = Math.min(aw / view.width(), ah / view.height());
        double pw = view.width() * k;
        double ph = view.height() * k;
        Rectangle2D plot = new Rectangle2D.Double(left + (aw - pw) / 2, top + (ah - ph) / 2, pw, ph);
        double xStep = AxisTicks.step(view.xMin(), view.xMax(), Math.max(2, (int) (pw / (110 * s))));
        double yStep = AxisTicks.step(view.yMin(), view.yMax(), Math.max(2, (int) (ph / (70 * s))));
        double legendTop = height - pad - legendHeight;
        return new Layout(s, plot, view, title, small, ticks, axis, legend, xStep, yStep, rows, legendTop, width, height);
    }

    private static double lineHeight(Graphics2D g, Font f) {
        FontMetrics m = g.getFontMetrics(f);
        return m.getAscent() + m.getDescent();
    }

    // ---- parts ------------------------------------------------------------------------------------------

    private void paintTitle(Graphics2D g, Layout l) {
        String title = scenario.title().isEmpty() ? surface.description().name() : scenario.title();
        String formula = "C(x, y) = " + surface.description().formula();
        double pad = 14 * l.s;
        g.setColor(Color.BLACK);
        g.setFont(l.title);
        FontMetrics tm = g.getFontMetrics();
        float y = (float) (pad + tm.getAscent());
        g.drawString(fit(g, title, l.width - 2 * pad), (float) pad, y);
        g.setFont(l.small);
        g.setColor(SUBTLE);
        g.drawString(fit(g, formula, l.width - 2 * pad), (float) pad, y + tm.getDescent() + g.getFontMetrics().getAscent());
    }

    private static String fit(Graphics2D g, String text, double width) {
        return fit(g.getFontMetrics(), text, width);
    }

    /** @return the text, cut with "…" to at most {@code width} pixels */
    private static String fit(FontMetrics m, String text, double width) {
        if (m.stringWidth(text) <= width) {
            return text;
        }
        int lo = 1; // the longest prefix that fits with "…", by bisection (the texts may be 2000 characters)
        int hi = text.length() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (m.stringWidth(text.substring(0, mid) + "…") <= width) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return text.substring(0, Math.max(1, lo)) + "…";
    }

    private void paintSurface(Graphics2D g, Layout l) {
        Rectangle2D p = l.plot;
        double longer = Math.max(p.getWidth(), p.getHeight());
        double f = longer > GRID_MAX ? GRID_MAX / longer : 1;
        int nx = Math.max(2, (int) Math.round(p.getWidth() * f));
        int ny = Math.max(2, (int) Math.round(p.getHeight() * f));
        if (picture == null || picture.grid().nx() != nx || picture.grid().ny() != ny) {
            picture = ContourPictureBuilder.build(surface, scenario.view(), nx, ny, scenario.colorMap(),
                    scenario.levelSpacing(), scenario.levelCount());
            fill = new BufferedImage(nx, ny, BufferedImage.TYPE_INT_ARGB);
            fill.setRGB(0, 0, nx, ny, picture.argb(), 0, nx);
        }
        g.setColor(UNDEFINED);
        g.fill(p);
        Shape oldClip = g.getClip();
        g.clip(p);
        // pixel centres on the grid points: grid point i at sx(x_i)
        double cw = p.getWidth() / (nx - 1);
        double ch = p.getHeight() / (ny - 1);
        g.drawImage(fill, new AffineTransform(cw, 0, 0, ch, p.getX() - cw / 2, p.getY() - ch / 2), null);
        g.setColor(LEVEL_LINE);
        g.setStroke(new BasicStroke(l.px(1.2), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        ScalarGrid grid = picture.grid();
        for (Isoline iso : picture.isolines()) {
            Path2D.Double path = new Path2D.Double();
            for (double[] line : iso.polylines()) {
                path.moveTo(l.sx(grid.worldX(line[0])), l.sy(grid.worldY(line[1])));
                for (int k = 2; k + 1 < line.length; k += 2) {
                    path.lineTo(l.sx(grid.worldX(line[k])), l.sy(grid.worldY(line[k + 1])));
                }
            }
            g.draw(path);
        }
        g.setClip(oldClip);
    }

    private void paintGradientField(Graphics2D g, Layout l) {
        int cols = 16;
        double cell = l.plot.getWidth() / cols;
        int rows = Math.max(2, (int) Math.round(l.plot.getHeight() / cell));
        double cellY = l.plot.getHeight() / rows;
        double len = 0.42 * Math.min(cell, cellY);
        g.setColor(FIELD);
        g.setStroke(new BasicStroke(l.px(1.6), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (int j = 0; j < rows; j++) {
            for (int i = 0; i < cols; i++) {
                double cx = l.plot.getX() + (i + 0.5) * cell;
                double cy = l.plot.getY() + (j + 0.5) * cellY;
                double x = l.view.xMin() + (cx - l.plot.getX()) / l.plot.getWidth() * l.view.width();
                double y = l.view.yMax() - (cy - l.plot.getY()) / l.plot.getHeight() * l.view.height();
                Vec2 grad = surface.gradient(x, y);
                double n = grad.norm();
                if (!(n > 0) || !Double.isFinite(n)) {
                    continue;
                }
                // −∇C in screen coordinates (screen y points down)
                double dx = -grad.x() / n;
                double dy = grad.y() / n;
                arrow(g, cx - dx * len / 2, cy - dy * len / 2, cx + dx * len / 2, cy + dy * len / 2, len * 0.35);
            }
        }
    }

    private static void arrow(Graphics2D g, double x0, double y0, double x1, double y1, double head) {
        g.draw(new Line2D.Double(x0, y0, x1, y1));
        double a = Math.atan2(y1 - y0, x1 - x0);
        Path2D.Double h = new Path2D.Double();
        h.moveTo(x1 - head * Math.cos(a - 0.45), y1 - head * Math.sin(a - 0.45));
        h.lineTo(x1, y1);
        h.lineTo(x1 - head * Math.cos(a + 0.45), y1 - head * Math.sin(a + 0.45));
        g.draw(h);
    }

    private void paintKnownPoints(Graphics2D g, Layout l) {
        double r = 7 * l.s;
        for (StationaryPoint p : surface.description().knownPoints()) {
            if (!l.view.contains(p.at().x(), p.at().y())) {
                continue;
            }
            double x = l.sx(p.at().x());
            double y = l.sy(p.at().y());
            Shape marker;
            if (p.kind().isMinimum()) {
                marker = star(x, y, r * 1.3, r * 0.55);
            } else {
                Path2D.Double d = new Path2D.Double();
                d.moveTo(x, y - r);
                d.lineTo(x + r, y);
                d.lineTo(x, y + r);
                d.lineTo(x - r, y);
                d.closePath();
                marker = d;
            }
            g.setColor(Color.WHITE);
            g.fill(marker);
            g.setColor(Color.BLACK);
            g.setStroke(new BasicStroke(l.px(1.4)));
            g.draw(marker);
        }
    }

    private static Shape star(double cx, double cy, double outer, double inner) {
        Path2D.Double p = new Path2D.Double();
        for (int k = 0; k < 10; k++) {
            double r = k % 2 == 0 ? outer : inner;
            double a = -Math.PI / 2 + k * Math.PI / 5;
            double x = cx + r * Math.cos(a);
            double y = cy + r * Math.sin(a);
            if (k == 0) {
                p.moveTo(x, y);
            } else {
                p.lineTo(x, y);
            }
        }
        p.closePath();
        return p;
    }

    private static double clampPx(double v) {
        return Math.max(-1e5, Math.min(1e5, v));
    }

    private void paintPath(Graphics2D g, Layout l, PathSketch t, Color c, int upToStep) {
        double rs = 7 * l.s;
        Vec2 w0 = t.config().start();
        Ellipse2D start = new Ellipse2D.Double(clampPx(l.sx(w0.x())) - rs, clampPx(l.sy(w0.y())) - rs, 2 * rs, 2 * rs);
        if (t.rows() == 0) { // the start itself could not be used: only its ring, and the legend says why
            paintStart(g, l, start, c);
            return;
        }
        int count = t.countUpTo(upToStep);
        Path2D.Double path = clippedPath(l, t, count, upToStep);
        Vec2 now = t.at(upToStep);
        g.setColor(HALO);
        g.setStroke(new BasicStroke(l.px(5), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(path);
        g.setColor(c);
        g.setStroke(new BasicStroke(l.px(2.4), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(path);
        int last = Math.min(upToStep, t.rows() - 1);
        int every = Math.max(1, (int) Math.ceil(last / (double) MAX_DOTS));
        double r = 3.2 * l.s;
        g.setStroke(new BasicStroke(l.px(1)));
        int nextDot = 1;
        for (int i = 1; i < count; i++) {
            if (t.step(i) < nextDot || t.step(i) >= last) {
                continue;
            }
            nextDot = t.step(i) + every;
            double x = l.sx(t.x(i));
            double y = l.sy(t.y(i));
            if (l.plot.contains(x, y)) {
                Ellipse2D dot = new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
                g.setColor(c);
                g.fill(dot);
                g.setColor(HALO);
                g.draw(dot);
            }
        }
        // start: a hollow ring; current point: a large filled disc
        paintStart(g, l, start, c);
        double rc = 8 * l.s;
        double cx = clampPx(l.sx(now.x()));
        double cy = clampPx(l.sy(now.y()));
        Ellipse2D current = new Ellipse2D.Double(cx - rc, cy - rc, 2 * rc, 2 * rc);
        g.setColor(c);
        g.fill(current);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(l.px(2)));
        g.draw(current);
    }

    private static void paintStart(Graphics2D g, Layout l, Ellipse2D start, Color c) {
        g.setStroke(new BasicStroke(l.px(5)));
        g.setColor(HALO);
        g.draw(start);
        g.setStroke(new BasicStroke(l.px(2.5)));
        g.setColor(c);
        g.draw(start);
    }

    /**
     * @return the kept points of the sketch up to step upToStep (and the last row exactly once the run is
     *     over), every joined segment clipped to the view widened by a tenth of its size, so a path that
     *     leaves the view runs to its edge (the plot's clip hides the rest) and never towards a far-away
     *     point; a diverged path ends where it left the view for good ({@link LineClip#finalExit})
     */
    private static Path2D.Double clippedPath(Layout l, PathSketch t, int count, int upToStep) {
        int n = count;
        double[] xs = new double[count + 1];
        double[] ys = new double[count + 1];
        boolean[] joined = new boolean[count + 1];
        for (int i = 0; i < count; i++) {
            xs[i] = t.x(i);
            ys[i] = t.y(i);
            joined[i] = t.joined(i);
        }
        if (upToStep >= t.rows() - 1) {
            Vec2 last = t.at(upToStep); // the last row, exactly
            xs[n] = last.x();
            ys[n] = last.y();
            joined[n] = true;
            n++;
        }
        ViewRect v = l.view;
        int end = n - 1;
        if (t.end() instanceof Diverged) { // after it left the view for good: lines between far points
            int exit = LineClip.finalExit(n, i -> xs[i], i -> ys[i], v.xMin(), v.xMax(), v.yMin(), v.yMax());
            end = exit < 0 ? end : Math.min(end, exit);
        }
        double mx = v.width() / 10;
        double my = v.height() / 10;
        double[] clip = new double[2];
        Path2D.Double path = new Path2D.Double();
        boolean pen = false;
        for (int k = 1; k <= end; k++) {
            if (!joined[k]) {
                pen = false;
                continue;
            }
            double x0 = xs[k - 1];
            double y0 = ys[k - 1];
            double dx = xs[k] - x0;
            double dy = ys[k] - y0;
            if (!LineClip.clip(x0, y0, xs[k], ys[k], v.xMin() - mx, v.xMax() + mx, v.yMin() - my, v.yMax() + my, clip)) {
                pen = false;
                continue;
            }
            if (!pen || clip[0] > 0) {
                path.moveTo(l.sx(x0 + clip[0] * dx), l.sy(y0 + clip[0] * dy));
            }
            path.lineTo(l.sx(x0 + clip[1] * dx), l.sy(y0 + clip[1] * dy));
            pen = clip[1] == 1;
        }
        return path;
    }

    private void paintCounter(Graphics2D g, Layout l, int step) {
        int shown = Math.min(step, longestRun() - 1);
        String text = "step " + shown;
        g.setFont(l.legend);
        FontMetrics m = g.getFontMetrics();
        double pad = 8 * l.s;
        double w = m.stringWidth(text) + 2 * pad;
        double h = m.getAscent() + m.getDescent() + pad;
        double x = l.plot.getMaxX() - w - pad;
        double y = l.plot.getY() + pad;
        g.setColor(new Color(255, 255, 255, 215));
        g.fill(new Rectangle2D.Double(x, y, w, h));
        g.setColor(Color.BLACK);
        g.drawString(text, (float) (x + pad), (float) (y + pad / 2 + m.getAscent()));
    }

    private void paintAxes(Graphics2D g, Layout l) {
        Rectangle2D p = l.plot;
        g.setColor(FRAME);
        g.setStroke(new BasicStroke(l.px(1.5)));
        g.draw(p);
        g.setFont(l.ticks);
        FontMetrics m = g.getFontMetrics();
        double tick = 6 * l.s;
        for (double x : AxisTicks.ticks(l.view.xMin(), l.view.xMax(), l.xStep)) {
            double sx = l.sx(x);
            g.draw(new Line2D.Double(sx, p.getMaxY(), sx, p.getMaxY() + tick));
            String label = AxisTicks.label(x, l.xStep);
            g.drawString(label, (float) (sx - m.stringWidth(label) / 2.0), (float) (p.getMaxY() + tick + m.getAscent()));
        }
        for (double y : AxisTicks.ticks(l.view.yMin(), l.view.yMax(), l.yStep)) {
            double sy = l.sy(y);
            g.draw(new Line2D.Double(p.getX() - tick, sy, p.getX(), sy));
            String label = AxisTicks.label(y, l.yStep);
            g.drawString(label, (float) (p.getX() - tick - 4 * l.s - m.stringWidth(label)),
                    (float) (sy + (m.getAscent() - m.getDescent()) / 2.0));
        }
        g.setFont(l.axis);
        FontMetrics am = g.getFontMetrics();
        g.drawString("x", (float) (p.getCenterX() - am.stringWidth("x") / 2.0),
                (float) (p.getMaxY() + tick + m.getAscent() + m.getDescent() + am.getAscent()));
        double yLabelX = p.getX() - tick - 8 * l.s - m.stringWidth("−00.0") - am.stringWidth("y");
        g.drawString("y", (float) yLabelX, (float) (p.getCenterY() + am.getAscent() / 2.0));
    }

    private void paintColorBar(Graphics2D g, Layout l) {
        Rectangle2D p = l.plot;
        double bw = 24 * l.s;
        Rectangle2D bar = new Rectangle2D.Double(p.getMaxX() + 24 * l.s, p.getY(), bw, p.getHeight());
        ColorMap map = scenario.colorMap();
        BufferedImage ramp = new BufferedImage(1, 256, BufferedImage.TYPE_INT_ARGB);
        for (int k = 0; k < 256; k++) {
            ramp.setRGB(0, k, map.argb(1 - k / 255.0));
        }
        g.drawImage(ramp, new AffineTransform(bw, 0, 0, bar.getHeight() / 256, bar.getX(), bar.getY()), null);
        g.setColor(FRAME);
        g.setStroke(new BasicStroke(l.px(1.2)));
        g.draw(bar);
        if (picture == null || !Double.isFinite(picture.colorMin()) || !Double.isFinite(picture.colorMax())) {
            return;
        }
        g.setFont(l.ticks);
        FontMetrics m = g.getFontMetrics();
        for (int k = 0; k <= 4; k++) {
            double t = k / 4.0;
            double v = picture.colorScale().fromUnit(t);
            double y = bar.getMaxY() - t * bar.getHeight();
            g.draw(new Line2D.Double(bar.getMaxX(), y, bar.getMaxX() + 5 * l.s, y));
            g.drawString(AxisTicks.compact(v), (float) (bar.getMaxX() + 8 * l.s), (float) (y + (m.getAscent() - m.getDescent()) / 2.0));
        }
    }

    /** @return the legend text of run i, cut to the picture's width */
    private String legendEntry(FontMetrics m, Layout l, int i, int upToStep) {
        return fit(m, legendText(i, upToStep), l.width - 28 * l.s - 40 * l.s);
    }

    private String legendText(int i, int upToStep) {
        PathSketch t = paths.get(i);
        String label = scenario.runs().get(i).displayLabel();
        if (upToStep < t.rows() - 1) {
            return label;
        }
        return label + " — " + (t.rows() == 0 && t.end() instanceof Diverged d ? unusableStart(d) : t.outcome().legend());
    }

    /**
     * @return why a run has no path at all, in the words of the window's banner: "diverged at step 0: the
     *     start itself cannot be used (the cost is undefined (NaN) at step 0)"
     */
    public static String unusableStart(Diverged d) {
        return "diverged at step " + d.step() + ": the start itself cannot be used (" + d.message() + ")";
    }

    private void paintLegend(Graphics2D g, Layout l, int upToStep) {
        g.setFont(l.legend);
        FontMetrics m = g.getFontMetrics();
        double lineH = (m.getAscent() + m.getDescent()) * 1.15;
        double swatch = 40 * l.s;
        double y = l.legendTop;
        for (List<Integer> row : l.legendRows) {
            double total = 0;
            for (int i : row) {
                total += swatch + m.stringWidth(legendEntry(m, l, i, upToStep)) + 28 * l.s;
            }
            double x = Math.max(14 * l.s, (l.width - total) / 2);
            double mid = y + lineH / 2;
            for (int i : row) {
                Color c = colors.get(i);
                Line2D.Double sample = new Line2D.Double(x, mid, x + swatch - 10 * l.s, mid);
                g.setColor(HALO);
                g.setStroke(new BasicStroke(l.px(7), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.draw(sample);
                g.setColor(c);
                g.setStroke(new BasicStroke(l.px(4), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.draw(sample);
                String text = legendEntry(m, l, i, upToStep);
                g.setColor(Color.BLACK);
                g.drawString(text, (float) (x + swatch), (float) (mid + (m.getAscent() - m.getDescent()) / 2.0));
                x += swatch + m.stringWidth(text) + 28 * l.s;
            }
            y += lineH;
        }
    }
}
