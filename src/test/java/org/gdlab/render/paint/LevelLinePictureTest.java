package org.gdlab.render.paint;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gdlab.core.colormap.ColorMap;
import org.gdlab.core.contour.ContourPicture;
import org.gdlab.core.contour.ContourPictureBuilder;
import org.gdlab.core.contour.LevelSpacing;
import org.gdlab.core.contour.ScalarGrid;
import org.gdlab.core.surface.ViewRect;
import org.junit.jupiter.api.Test;

/**
 * The level lines painted into a picture's pixels lie where the level sets are, found from the function's
 * own geometry: C(x, y) = x² + (y − 0.3)² on [−1, 1]² has the circle of radius √L about (0, 0.3) as its level
 * set at L. With 201 × 201 grid points 0.01 apart, pixel column i is x = −1 + 0.01 i and pixel row j (row 0
 * at the top) is y = 1 − 0.01 j.
 */
class LevelLinePictureTest {

    private static final int N = 201;

    private static ContourPicture picture() {
        double[] values = new double[N * N];
        for (int j = 0; j < N; j++) {
            for (int i = 0; i < N; i++) {
                double x = -1 + 0.01 * i;
                double y = -1 + 0.01 * j;
                values[j * N + i] = x * x + (y - 0.3) * (y - 0.3);
            }
        }
        return ContourPictureBuilder.build(new ScalarGrid(new ViewRect(-1, 1, -1, 1), N, N, values), ColorMap.VIRIDIS,
                LevelSpacing.LINEAR, 20);
    }

    private static int column(double x) {
        return (int) Math.round((x + 1) / 0.01);
    }

    private static int row(double y) {
        return (int) Math.round((1 - y) / 0.01);
    }

    /** a level with its whole circle inside the view, above and below its centre */
    private static double level(ContourPicture p) {
        for (double l : p.levels()) {
            if (Math.sqrt(l) > 0.2 && Math.sqrt(l) < 0.6) {
                return l;
            }
        }
        throw new AssertionError("no level with a radius between 0.2 and 0.6 among " + java.util.Arrays.toString(p.levels()));
    }

    /** @return whether the pixel within one of (i, j) (a line 1.3 px wide covers at least one of three) got lighter */
    private static boolean lit(int[] before, int[] after, int i, int j) {
        for (int dj = -1; dj <= 1; dj++) {
            for (int di = -1; di <= 1; di++) {
                int k = (j + dj) * N + i + di;
                if (green(after[k]) > green(before[k]) + 8) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int green(int argb) {
        return argb >> 8 & 0xff;
    }

    @Test
    void theLinesLieOnTheLevelSetsAboveAndBelowTheirCentreNotOnTheirMirrorImages() {
        ContourPicture p = picture();
        double r = Math.sqrt(level(p));
        LevelLinePicture lined = LevelLinePicture.of(p, PlotStyle.LEVEL_WIDTH, 1);
        int[] before = p.argb();
        int[] after = lined.argb();
        assertTrue(lit(before, after, column(0), row(0.3 + r)), "the top of the circle, y = 0.3 + r");
        assertTrue(lit(before, after, column(0), row(0.3 - r)), "its bottom, y = 0.3 − r");
        assertTrue(lit(before, after, column(r), row(0.3)), "its right, x = r");
        // upside down, the circle would be about (0, −0.3): its top would be at y = r − 0.3
        assertTrue(!lit(before, after, column(0), row(r - 0.3)) || Math.abs((r - 0.3) - (0.3 - r)) < 0.03,
                "nothing where the circle's mirror image would be");
    }

    @Test
    void betweenTwoLevelsThePixelsAreThePicturesOwn() {
        ContourPicture p = picture();
        double[] levels = p.levels();
        LevelLinePicture lined = LevelLinePicture.of(p, PlotStyle.LEVEL_WIDTH, 1);
        for (int k = 0; k + 1 < levels.length; k++) {
            double mid = (Math.sqrt(levels[k]) + Math.sqrt(levels[k + 1])) / 2;
            if (Math.sqrt(levels[k + 1]) - Math.sqrt(levels[k]) > 0.06 && 0.3 + mid < 1) {
                int at = row(0.3 + mid) * N + column(0);
                assertEquals(p.argb()[at], lined.argb()[at], "half-way between the circles of levels " + levels[k]
                        + " and " + levels[k + 1]);
            }
        }
    }

    @Test
    void thePixelsStayPremultipliedAndThePictureItselfIsNotWrittenTo() {
        ContourPicture p = picture();
        int[] copy = p.argb().clone();
        LevelLinePicture lined = LevelLinePicture.of(p, 3 * PlotStyle.LEVEL_WIDTH, 1);
        assertArrayEquals(copy, p.argb(), "the picture's own colours are left alone (exports draw them)");
        assertNotEquals(java.util.Arrays.hashCode(copy), java.util.Arrays.hashCode(lined.argb()));
        for (int argb : lined.argb()) {
            int a = argb >>> 24;
            assertTrue((argb >> 16 & 0xff) <= a && (argb >> 8 & 0xff) <= a && (argb & 0xff) <= a,
                    "a premultiplied colour has no channel above its alpha: " + Integer.toHexString(argb));
        }
        assertSame(p, lined.picture());
    }

    @Test
    void aWiderLineLightsMorePixelsAcrossIt() {
        ContourPicture p = picture();
        double r = Math.sqrt(level(p));
        int j = row(0.3);
        int[] narrow = LevelLinePicture.of(p, PlotStyle.LEVEL_WIDTH, 1).argb();
        int[] wide = LevelLinePicture.of(p, 2 * PlotStyle.LEVEL_WIDTH, 1).argb(); // a UI scale of 2
        int i0 = column(r);
        int narrowCount = 0;
        int wideCount = 0;
        for (int i = i0 - 4; i <= i0 + 4; i++) {
            narrowCount += green(narrow[j * N + i]) > green(p.argb()[j * N + i]) + 8 ? 1 : 0;
            wideCount += green(wide[j * N + i]) > green(p.argb()[j * N + i]) + 8 ? 1 : 0;
        }
        assertTrue(narrowCount >= 1 && narrowCount <= 3, "1.3 px: one to three pixels across, got " + narrowCount);
        assertTrue(wideCount > narrowCount, "2.6 px: more than at 1.3 px (" + wideCount + " against " + narrowCount + ")");
    }
}
