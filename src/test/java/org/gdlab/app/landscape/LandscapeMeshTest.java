package org.gdlab.app.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gdlab.core.colormap.ColorMap;
import org.gdlab.core.contour.ContourPicture;
import org.gdlab.core.contour.ContourPictureBuilder;
import org.gdlab.core.contour.LevelSpacing;
import org.gdlab.core.surface.Surface;
import org.gdlab.core.surface.SurfaceCatalog;
import org.gdlab.core.surface.ViewRect;
import org.junit.jupiter.api.Test;

/** The mesh, frame and tube arrays, built without JavaFX. */
class LandscapeMeshTest {

    private static final Surface HIMMELBLAU = SurfaceCatalog.create("himmelblau");
    private static final ContourPicture PICTURE = ContourPictureBuilder.build(HIMMELBLAU, ViewRect.square(5), 120, 100,
            ColorMap.VIRIDIS, LevelSpacing.LINEAR, 10);

    @Test
    void theMeshHasTwoTrianglesPerCellAndVerticesAtTheSurfaceHeights() {
        LandscapeMesh m = LandscapeMesh.build(HIMMELBLAU, PICTURE, 33, false, 1, false);
        assertEquals(3 * 33 * 33, m.points().length);
        assertEquals(2 * 33 * 33, m.texCoords().length);
        assertEquals(12 * 32 * 32, m.faces().length);
        LandscapeFrame f = m.frame();
        // vertex (i, j) at grid point x_i = −5 + 10 i / 32 (float storage: 1e-3 scene units of slack)
        for (int[] ij : new int[][] {{0, 0}, {16, 16}, {32, 5}, {7, 32}}) {
            double x = -5 + 10.0 * ij[0] / 32;
            double y = -5 + 10.0 * ij[1] / 32;
            int k = ij[1] * 33 + ij[0];
            assertEquals(f.sceneX(x), m.points()[3 * k], 1e-3);
            assertEquals(f.sceneY(HIMMELBLAU.value(x, y)), m.points()[3 * k + 1], 1e-3);
            assertEquals(f.sceneZ(y), m.points()[3 * k + 2], 1e-3);
        }
        // the texture is the picture's colours without level lines
        assertEquals(PICTURE.argb().length, m.texture().length);
        assertEquals(java.util.Arrays.hashCode(PICTURE.argb()), java.util.Arrays.hashCode(m.texture()));
    }

    @Test
    void levelLinesArePaintedIntoACopyOfTheTexture() {
        LandscapeMesh m = LandscapeMesh.build(HIMMELBLAU, PICTURE, 17, false, 1, true);
        int changed = 0;
        for (int k = 0; k < m.texture().length; k++) {
            if (m.texture()[k] != PICTURE.argb()[k]) {
                changed++;
            }
        }
        assertTrue(changed > 200, "level lines drawn: " + changed + " texels");
        assertEquals(m.plainTexture(), PICTURE.argb(), "the plain colours are the picture's");
    }

    @Test
    void heightsSpanTheBoxAndLogHeightIsMonotoneAndHigherInTheValleys() {
        LandscapeFrame lin = new LandscapeFrame(ViewRect.square(5), 0, 1000, false, 1);
        LandscapeFrame log = new LandscapeFrame(ViewRect.square(5), 0, 1000, true, 1);
        assertEquals(LandscapeFrame.HEIGHT / 2, lin.sceneY(0), 1e-12);
        assertEquals(-LandscapeFrame.HEIGHT / 2, lin.sceneY(1000), 1e-12);
        assertEquals(lin.sceneY(0), log.sceneY(0), 1e-12);
        assertEquals(lin.sceneY(1000), log.sceneY(1000), 1e-9);
        double previous = log.h(0);
        for (double c = 1; c <= 1000; c *= 2) {
            assertTrue(log.h(c) > previous);
            assertTrue(log.h(c) > lin.h(c), "log lifts low values");
            previous = log.h(c);
        }
        assertEquals(1, lin.h(5000), 0.0, "clamped");
    }

    @Test
    void theMeshHeightIsExactAtVerticesAndNeverAboveThePointsOnIt() {
        LandscapeMesh m = LandscapeMesh.build(HIMMELBLAU, PICTURE, 33, true, 1, false);
        // at a vertex the triangle plane passes through it (float storage: 1e-3)
        assertEquals(m.sceneY(8, 20), m.surfaceY(-5 + 10.0 * 8 / 32, -5 + 10.0 * 20 / 32), 1e-3);
        // at the minimum (3, 2), inside a steep log well, the point on the surface is raised to the mesh
        double[] p = m.onSurface(3, 2, HIMMELBLAU.value(3, 2));
        assertEquals(m.surfaceY(3, 2), p[1], 0.0);
        assertTrue(m.frame().sceneY(HIMMELBLAU.value(3, 2)) > p[1], "the true point lies under the mesh");
    }

    @Test
    void theTubeSurroundsEachIterateAtItsRadius() {
        LandscapeMesh m = LandscapeMesh.build(HIMMELBLAU, PICTURE, 33, false, 1, false);
        double[] x = {-4, -2, 0, 1};
        double[] y = {3, 1, 0, 0};
        double[] c = new double[4];
        for (int k = 0; k < 4; k++) {
            c[k] = HIMMELBLAU.value(x[k], y[k]);
        }
        PathTube t = PathTube.build(m, x, y, c, 4);
        assertEquals(4 * 4 * 3, t.points().length);
        assertEquals(48 * 3, t.faces().length);
        for (int k = 0; k < 4; k++) {
            double[] axis = m.onSurface(x[k], y[k], c[k]);
            axis[1] -= PathTube.LIFT;
            for (int s = 0; s < 4; s++) {
                double dx = t.points()[12 * k + 3 * s] - axis[0];
                double dy = t.points()[12 * k + 3 * s + 1] - axis[1];
                double dz = t.points()[12 * k + 3 * s + 2] - axis[2];
                // float storage of scene coordinates up to ~200: 1e-4 of slack
                assertEquals(PathTube.RADIUS, Math.sqrt(dx * dx + dy * dy + dz * dz), 1e-4);
            }
        }
        assertEquals(0, PathTube.build(m, x, y, c, 1).faces().length, "one iterate: no tube");
    }
}
