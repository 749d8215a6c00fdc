package org.gdlab.app.landscape;

import org.gdlab.core.contour.ContourPicture;
import org.gdlab.core.contour.Isoline;
import org.gdlab.core.contour.ScalarGrid;
import org.gdlab.core.surface.CostFunction;
import org.gdlab.core.surface.ViewRect;

/**
 * The surface as triangle-mesh arrays in the layout of JavaFX's {@code TriangleMesh} (points x, y, z;
 * texture coordinates u, v; faces p0, t0, p1, t1, p2, t2 with the texture index equal to the point index),
 * an n × n grid of vertices over the view, two triangles per cell, and the texture: the contour picture's
 * colours with its level lines painted in. Built off the JavaFX thread by {@link #build}; the arrays are
 * owned by this object and must not be changed.
 *
 * @param frame the mapping used
 * @param n vertices per side
 * @param points 3 n² floats
 * @param texCoords 2 n² floats (u right, v down: v = 0 at y = yMax)
 * @param faces 12 (n − 1)² ints, counter-clockwise seen from above
 * @param texture texWidth × texHeight ARGB, row 0 at y = yMax
 * @param texWidth texture width
 * @param texHeight texture height
 * @param plainTexture the picture's colours without level lines (same size; shared with the picture)
 */
public record LandscapeMesh(LandscapeFrame frame, int n, float[] points, float[] texCoords, int[] faces,
        int[] texture, int texWidth, int texHeight, int[] plainTexture) {

    /** default vertices per side */
    public static final int DEFAULT_N = 128;

    /** the colour of painted level lines: white, 60 % over the map */
    private static final int LEVEL = 0xFFFFFF;
    private static final double LEVEL_ALPHA = 0.6;

    /**
     * @param f the surface
     * @param picture the plot's contour picture (its view and colours are used)
     * @param n vertices per side, ≥ 2
     * @param log logarithmic height
     * @param scale vertical scale
     * @param levelLines paint the picture's level lines onto the texture
     * @return the mesh
     */
    public static LandscapeMesh build(CostFunction f, ContourPicture picture, int n, boolean log, double scale,
            boolean levelLines) {
        ViewRect view = picture.grid().view();
        ScalarGrid g = ScalarGrid.sample(f, view, n, n);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : g.values()) {
            if (Double.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (!(lo < hi)) {
            lo = Double.isFinite(lo) ? lo : 0;
            hi = lo + 1;
        }
        LandscapeFrame frame = new LandscapeFrame(view, lo, hi, log, scale);
        float[] points = new float[3 * n * n];
        float[] tex = new float[2 * n * n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                int k = j * n + i;
                points[3 * k] = (float) frame.sceneX(g.x(i));
                points[3 * k + 1] = (float) frame.sceneY(g.value(i, j));
                points[3 * k + 2] = (float) frame.sceneZ(g.y(j));
                tex[2 * k] = (float) i / (n - 1);
                tex[2 * k + 1] = 1f - (float) j / (n - 1);
            }
        }
        int[] faces = new int[12 * (n - 1) * (n - 1)];
        int q = 0;
        for (int j = 0; j + 1 < n; j++) {
            for (int i = 0; i + 1 < n; i++) {
                int a = j * n + i;
                int b = a + 1;
                int c = a + n;
                int d = c + 1;
                for (int p : new int[] {a, c, b, b, c, d}) {
                    faces[q++] = p;
                    faces[q++] = p;
                }
            }
        }
        int tw = picture.grid().nx();
        int th = picture.grid().ny();
        int[] texture = picture.argb().clone();
        if (levelLines) {
            paintLevels(texture, tw, th, picture);
        }
        return new LandscapeMesh(frame, n, points, tex, faces, texture, tw, th, picture.argb());
    }

    /** Level lines (grid coordinates, gy = 0 at yMin) drawn into the image (row 0 at yMax), 2 pixels wide. */
    private static void paintLevels(int[] img, int w, int h, ContourPicture p) {
        for (Isoline iso : p.isolines()) {
            for (double[] line : iso.polylines()) {
                for (int k = 0; k + 3 < line.length; k += 2) {
                    double x0 = line[k];
                    double y0 = h - 1 - line[k + 1];
                    double x1 = line[k + 2];
                    double y1 = h - 1 - line[k + 3];
                    int steps = (int) Math.ceil(Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0))) + 1;
                    for (int s = 0; s <= steps; s++) {
                        double t = (double) s / steps;
                        int x = (int) Math.round(x0 + t * (x1 - x0));
                        int y = (int) Math.round(y0 + t * (y1 - y0));
                        blend(img, w, h, x, y);
                        blend(img, w, h, x + 1, y);
                        blend(img, w, h, x, y + 1);
                    }
                }
            }
        }
    }

    private static void blend(int[] img, int w, int h, int x, int y) {
        if (x < 0 || y < 0 || x >= w || y >= h) {
            return;
        }
        int c = img[y * w + x];
        int r = (int) Math.round(((c >> 16) & 255) * (1 - LEVEL_ALPHA) + ((LEVEL >> 16) & 255) * LEVEL_ALPHA);
        int gr = (int) Math.round(((c >> 8) & 255) * (1 - LEVEL_ALPHA) + ((LEVEL >> 8) & 255) * LEVEL_ALPHA);
        int b = (int) Math.round((c & 255) * (1 - LEVEL_ALPHA) + (LEVEL & 255) * LEVEL_ALPHA);
        img[y * w + x] = 0xFF000000 | (r << 16) | (gr << 8) | b;
    }

    /**
     * The height of the drawn mesh above world (x, y): the plane of the mesh triangle over it (cells split
     * along the diagonal from (i+1, j) to (i, j+1), as the faces). A point in a narrow well lies below
     * this where the mesh cuts across the well; what sits on the surface is drawn at the higher of the two.
     *
     * @return scene Y of the mesh over (x, y), clamped to the view
     */
    public double surfaceY(double x, double y) {
        ViewRect v = frame.view();
        double u = Math.max(0, Math.min(n - 1, (x - v.xMin()) / v.width() * (n - 1)));
        double w = Math.max(0, Math.min(n - 1, (y - v.yMin()) / v.height() * (n - 1)));
        int i = Math.min(n - 2, (int) Math.floor(u));
        int j = Math.min(n - 2, (int) Math.floor(w));
        double fu = u - i;
        double fv = w - j;
        double a = sceneY(i, j);
        double b = sceneY(i + 1, j);
        double c = sceneY(i, j + 1);
        double d = sceneY(i + 1, j + 1);
        if (fu + fv <= 1) {
            return a + fu * (b - a) + fv * (c - a);
        }
        return d + (1 - fu) * (c - d) + (1 - fv) * (b - d);
    }

    /** @return the scene point of the surface point (x, y, C), raised to the drawn mesh where that is higher */
    public double[] onSurface(double x, double y, double c) {
        double[] p = frame.map(x, y, c);
        p[1] = Math.min(p[1], surfaceY(x, y));
        return p;
    }

    /** @return the height (scene Y) of vertex (i, j) */
    public float sceneY(int i, int j) {
        return points[3 * (j * n + i) + 1];
    }
}
