package org.gdlab.app.landscape;

import java.util.Arrays;
import java.util.List;
import javafx.geometry.Point3D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.transform.NonInvertibleTransformException;
import javafx.scene.transform.Transform;

/**
 * The landscape drawn on a canvas where the graphics pipeline has no 3-D (software rendering, headless
 * tests): the same mesh, camera and lighting, projected with the perspective of the 3-D view and painted
 * back to front (painter's algorithm) in quads of at most {@link #QUADS} per side, each in the colour map's
 * colour at its centre (no level lines) times the light (ambient + diffuse from above-front); the paths as polylines,
 * the raced runs' balls as discs in their colours and the main run's ball as an orange disc on top.
 */
final class LandscapeSketch extends Canvas {

    /** quads per side at most */
    static final int QUADS = 48;
    private static final double AMBIENT = 0.5;
    private static final Point3D LIGHT = new Point3D(-0.3, -1, -0.6).normalize();

    LandscapeSketch() {
        setMouseTransparent(true);
    }

    void paint(LandscapeMesh mesh, List<LandscapeViewModel.RunTube> tubes, Point3D ball,
            List<LandscapeViewModel.RunBall> raceBalls, double yaw, double pitch, double distance, Color background) {
        GraphicsContext g = getGraphicsContext2D();
        double w = getWidth();
        double h = getHeight();
        g.setFill(background);
        g.fillRect(0, 0, w, h);
        if (mesh == null) {
            return;
        }
        Transform cam = LandscapeCamera.of(yaw, pitch, distance);
        double[] inv = inverse(cam);
        if (inv == null) {
            return;
        }
        double f = LandscapeCamera.focal(w, h);
        int n = mesh.n();
        int stride = Math.max(1, (int) Math.ceil((n - 1) / (double) QUADS));
        int cells = (n - 1 + stride - 1) / stride;
        int count = cells * cells;
        double[] depth = new double[count];
        double[][] xs = new double[count][];
        double[][] ys = new double[count][];
        Color[] fill = new Color[count];
        Integer[] order = new Integer[count];
        float[] pts = mesh.points();
        int q = 0;
        for (int cj = 0; cj < cells; cj++) {
            for (int ci = 0; ci < cells; ci++) {
                int i0 = ci * stride;
                int j0 = cj * stride;
                int i1 = Math.min(n - 1, i0 + stride);
                int j1 = Math.min(n - 1, j0 + stride);
                int[] corner = {j0 * n + i0, j0 * n + i1, j1 * n + i1, j1 * n + i0};
                double[] px = new double[4];
                double[] py = new double[4];
                double z = 0;
                boolean ok = true;
                for (int c = 0; c < 4; c++) {
                    int v = corner[c];
                    double x = pts[3 * v];
                    double y = pts[3 * v + 1];
                    double zz = pts[3 * v + 2];
                    double cx = inv[0] * x + inv[1] * y + inv[2] * zz + inv[3];
                    double cy = inv[4] * x + inv[5] * y + inv[6] * zz + inv[7];
                    double cz = inv[8] * x + inv[9] * y + inv[10] * zz + inv[11];
                    if (cz < 1) {
                        ok = false;
                        break;
                    }
                    px[c] = w / 2 + f * cx / cz;
                    py[c] = h / 2 + f * cy / cz;
                    z += cz / 4;
                }
                if (!ok) {
                    continue;
                }
                // normal = (p2 − p0) × (p1 − p3)
                int a0 = 3 * corner[0];
                int a1 = 3 * corner[1];
                int a2 = 3 * corner[2];
                int a3 = 3 * corner[3];
                double ux = pts[a2] - pts[a0];
                double uy = pts[a2 + 1] - pts[a0 + 1];
                double uz = pts[a2 + 2] - pts[a0 + 2];
                double vx = pts[a1] - pts[a3];
                double vy = pts[a1 + 1] - pts[a3 + 1];
                double vz = pts[a1 + 2] - pts[a3 + 2];
                double nx = uy * vz - uz * vy;
                double ny = uz * vx - ux * vz;
                double nz = ux * vy - uy * vx;
                double nn = Math.sqrt(nx * nx + ny * ny + nz * nz);
                double lambert = nn == 0 ? 1 : Math.abs((nx * LIGHT.getX() + ny * LIGHT.getY() + nz * LIGHT.getZ()) / nn);
                double shade = Math.min(1, AMBIENT + (1 - AMBIENT) * lambert);
                int tx = (int) Math.min(mesh.texWidth() - 1, Math.round((i0 + i1) / 2.0 / (n - 1) * (mesh.texWidth() - 1)));
                int ty = (int) Math.min(mesh.texHeight() - 1,
                        Math.round((1 - (j0 + j1) / 2.0 / (n - 1)) * (mesh.texHeight() - 1)));
                // level lines are left out: one texel per quad would turn them into scattered white quads
                int argb = mesh.plainTexture()[ty * mesh.texWidth() + tx];
                fill[q] = Color.rgb((int) (((argb >> 16) & 255) * shade), (int) (((argb >> 8) & 255) * shade),
                        (int) ((argb & 255) * shade));
                xs[q] = px;
                ys[q] = py;
                depth[q] = z;
                order[q] = q;
                q++;
            }
        }
        Integer[] sorted = Arrays.copyOf(order, q);
        Arrays.sort(sorted, (a, b) -> Double.compare(depth[b], depth[a]));
        for (int k : sorted) {
            g.setFill(fill[k]);
            g.fillPolygon(xs[k], ys[k], 4);
        }
        g.setLineCap(StrokeLineCap.ROUND);
        for (LandscapeViewModel.RunTube t : tubes) {
            float[] tp = t.tube().points();
            int m = t.tube().count();
            double[] lx = new double[m];
            double[] ly = new double[m];
            int used = 0;
            for (int k = 0; k < m; k++) {
                // the tube's axis: the midpoint of its left and right vertices
                Point3D axis = new Point3D((tp[12 * k] + tp[12 * k + 6]) / 2, (tp[12 * k + 1] + tp[12 * k + 7]) / 2,
                        (tp[12 * k + 2] + tp[12 * k + 8]) / 2);
                Point3D pc = toCamera(cam, axis);
                if (pc != null && pc.getZ() > 1) {
                    lx[used] = w / 2 + f * pc.getX() / pc.getZ();
                    ly[used] = h / 2 + f * pc.getY() / pc.getZ();
                    used++;
                }
            }
            int c = t.argb();
            g.setStroke(Color.rgb(0, 0, 0, 0.8));
            g.setLineWidth(4.5);
            g.strokePolyline(lx, ly, used);
            g.setStroke(Color.rgb((c >> 16) & 255, (c >> 8) & 255, c & 255));
            g.setLineWidth(2.5);
            g.strokePolyline(lx, ly, used);
        }
        for (LandscapeViewModel.RunBall b : raceBalls) {
            int c = b.argb();
            disc(g, cam, f, w, h, b.at(), LandscapeFrame.BALL_RADIUS * 0.8, Color.rgb((c >> 16) & 255, (c >> 8) & 255, c & 255));
        }
        if (ball != null) {
            disc(g, cam, f, w, h, ball, LandscapeFrame.BALL_RADIUS, LandscapeView.BALL);
        }
    }

    /** A ball of the given radius (scene units) at p, seen by the camera, as a disc with a black rim. */
    private static void disc(GraphicsContext g, Transform cam, double f, double w, double h, Point3D p, double radius, Color fill) {
        Point3D pc = toCamera(cam, p);
        if (pc != null && pc.getZ() > 1) {
            double r = f * radius / pc.getZ();
            double bx = w / 2 + f * pc.getX() / pc.getZ();
            double by = h / 2 + f * pc.getY() / pc.getZ();
            g.setFill(fill);
            g.fillOval(bx - r, by - r, 2 * r, 2 * r);
            g.setStroke(Color.BLACK);
            g.setLineWidth(1.5);
            g.strokeOval(bx - r, by - r, 2 * r, 2 * r);
        }
    }

    /** @return the 3 × 4 matrix scene → camera, row major, or null */
    private static double[] inverse(Transform cam) {
        try {
            Transform t = cam.createInverse();
            return new double[] {t.getMxx(), t.getMxy(), t.getMxz(), t.getTx(), t.getMyx(), t.getMyy(), t.getMyz(), t.getTy(),
                t.getMzx(), t.getMzy(), t.getMzz(), t.getTz()};
        } catch (NonInvertibleTransformException e) {
            return null;
        }
    }

    /** @return the point in camera coordinates (X right, Y down, Z forward), or null */
    static Point3D toCamera(Transform cam, Point3D p) {
        try {
            return cam.inverseTransform(p);
        } catch (NonInvertibleTransformException e) {
            return null;
        }
    }
}
