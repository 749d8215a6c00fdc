package org.gdlab.app.landscape;

/**
 * A path on the surface as a thin square tube, in {@code TriangleMesh} layout (one texture coordinate,
 * faces p, 0, p, 0, p, 0): four vertices around each iterate (left, up, right, down of the direction of
 * travel, at {@link #RADIUS} scene units), two triangles per side per segment, lifted {@link #LIFT} units
 * above the surface so it is not hidden inside it. Seen from any side (draw it without face culling).
 *
 * @param points 12 m floats for m iterates
 * @param faces 48 (m − 1) ints
 * @param count m, the number of iterates
 */
public record PathTube(float[] points, int[] faces, int count) {

    /** half-width of the tube, scene units */
    public static final double RADIUS = 1.8;
    /** how far the tube's axis lies above the surface, scene units */
    public static final double LIFT = 1.8;

    /**
     * @param mesh the mesh the path lies on (its frame maps the iterates; points stay on top of it)
     * @param x iterates' x
     * @param y iterates' y
     * @param c iterates' cost
     * @param count how many iterates to use (a prefix of the arrays)
     * @return the tube (empty when fewer than 2 iterates)
     */
    public static PathTube build(LandscapeMesh mesh, double[] x, double[] y, double[] c, int count) {
        if (count < 2) {
            return new PathTube(new float[0], new int[0], count);
        }
        double[][] p = new double[count][];
        for (int k = 0; k < count; k++) {
            p[k] = mesh.onSurface(x[k], y[k], c[k]);
            p[k][1] -= LIFT;
        }
        float[] pts = new float[12 * count];
        double lastDx = 1;
        double lastDz = 0;
        for (int k = 0; k < count; k++) {
            double[] a = p[Math.max(0, k - 1)];
            double[] b = p[Math.min(count - 1, k + 1)];
            double dx = b[0] - a[0];
            double dz = b[2] - a[2];
            double len = Math.hypot(dx, dz);
            if (len > 1e-9) {
                lastDx = dx / len;
                lastDz = dz / len;
            }
            // horizontal normal (−dz, dx) and the vertical
            double nx = -lastDz * RADIUS;
            double nz = lastDx * RADIUS;
            double[][] ring = {
                {p[k][0] + nx, p[k][1], p[k][2] + nz},
                {p[k][0], p[k][1] - RADIUS, p[k][2]},
                {p[k][0] - nx, p[k][1], p[k][2] - nz},
                {p[k][0], p[k][1] + RADIUS, p[k][2]}};
            for (int s = 0; s < 4; s++) {
                for (int d = 0; d < 3; d++) {
                    pts[12 * k + 3 * s + d] = (float) ring[s][d];
                }
            }
        }
        int[] faces = new int[48 * (count - 1)];
        int q = 0;
        for (int k = 0; k + 1 < count; k++) {
            for (int s = 0; s < 4; s++) {
                int a = 4 * k + s;
                int b = 4 * k + (s + 1) % 4;
                int c2 = a + 4;
                int d = b + 4;
                for (int v : new int[] {a, c2, b, b, c2, d}) {
                    faces[q++] = v;
                    faces[q++] = 0;
                }
            }
        }
        return new PathTube(pts, faces, count);
    }
}
