package org.gdlab.core.contour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gdlab.core.colormap.ColorMap;
import org.gdlab.core.surface.ViewRect;
import org.junit.jupiter.api.Test;

class ContourPictureBuilderTest {

    private static final ViewRect VIEW = new ViewRect(-2, 2, 0, 1);

    @Test
    void imageRowZeroIsTheTopOfTheView() {
        ContourPicture p = ContourPictureBuilder.build(ScalarGridTest.PLANE_WITH_HOLE, VIEW, 41, 21,
                ColorMap.VIRIDIS, LevelSpacing.LINEAR, 10);
        // C = x + 10y grows with y: the brightest colour (max at x = 2, y = 1) is in the top row, last column
        assertEquals(ColorMap.VIRIDIS.argb(1), p.argb()[40]);
        // the minimum (x = −1, y = 0) is in the bottom row, at column 10
        assertEquals(ColorMap.VIRIDIS.argb(0), p.argb()[20 * 41 + 10]);
        assertEquals(-1, p.colorMin(), 1e-15);
        assertEquals(12, p.colorMax(), 1e-15);
    }

    @Test
    void undefinedCostIsTransparent() {
        ContourPicture p = ContourPictureBuilder.build(ScalarGridTest.PLANE_WITH_HOLE, VIEW, 41, 21,
                ColorMap.MAGMA, LevelSpacing.LINEAR, 10);
        for (int r = 0; r < 21; r++) {
            for (int i = 0; i < 10; i++) {
                assertEquals(ColorMap.NAN_ARGB, p.argb()[r * 41 + i]);
            }
        }
    }

    /**
     * Every pixel has the colour of its cost's place on the colour scale (log-scaled for LOG). The builder
     * quantises t to 1/4095, far below one 8-bit step of these maps' channels, so each channel may differ
     * by the rounding only: at most 1.
     */
    @Test
    void pixelsFollowTheLogColourScale() {
        ContourPicture p = ContourPictureBuilder.build(ScalarGridTest.PLANE_WITH_HOLE, VIEW, 41, 21,
                ColorMap.CIVIDIS, LevelSpacing.LOG, 10);
        ColorScale scale = p.colorScale();
        for (int r = 0; r < 21; r++) {
            for (int i = 10; i < 41; i++) {
                double c = p.grid().value(i, 20 - r);
                int expected = ColorMap.CIVIDIS.argb(scale.toUnit(c));
                int actual = p.argb()[r * 41 + i];
                for (int shift = 0; shift <= 24; shift += 8) {
                    assertEquals(expected >> shift & 0xFF, actual >> shift & 0xFF, 1.0);
                }
            }
        }
    }

    @Test
    void oneIsolinePerLevelAtThatLevel() {
        ContourPicture p = ContourPictureBuilder.build(ScalarGridTest.PLANE_WITH_HOLE, VIEW, 41, 21,
                ColorMap.GREY, LevelSpacing.LINEAR, 12);
        assertEquals(12, p.levels().length);
        assertEquals(12, p.isolines().size());
        for (int k = 0; k < 12; k++) {
            Isoline line = p.isolines().get(k);
            assertEquals(p.levels()[k], line.level());
            assertTrue(!line.polylines().isEmpty());
            for (double[] poly : line.polylines()) {
                for (int q = 0; q < poly.length; q += 2) {
                    double x = p.grid().worldX(poly[q]);
                    double y = p.grid().worldY(poly[q + 1]);
                    // C is linear, so the interpolated crossing is exact up to rounding
                    assertEquals(line.level(), x + 10 * y, 1e-12);
                }
            }
        }
    }
}
