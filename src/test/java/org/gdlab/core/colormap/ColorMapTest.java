package org.gdlab.core.colormap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ColorMapTest {

    /**
     * Known entries of matplotlib's tables (entry k at t = k/255) rounded to 8 bits. Entries are hit
     * exactly by the interpolation, so the comparison is exact.
     */
    @ParameterizedTest(name = "{0}({1}/255) = #{2}")
    @CsvSource({
        "VIRIDIS, 0, 440154", "VIRIDIS, 128, 21918c", "VIRIDIS, 255, fde725",
        "MAGMA, 0, 000004", "MAGMA, 128, b73779", "MAGMA, 255, fcfdbf",
        "CIVIDIS, 0, 00224e", "CIVIDIS, 128, 7d7c78", "CIVIDIS, 255, fee838",
    })
    void publishedEntriesAreReproducedExactly(ColorMap map, int k, String hex) {
        assertEquals(0xFF000000 | Integer.parseInt(hex, 16), map.argb(k / 255.0));
    }

    @Test
    void defaultIsViridis() {
        assertEquals(ColorMap.VIRIDIS, ColorMap.defaultMap());
        assertEquals("Viridis", ColorMap.VIRIDIS.displayName());
    }

    @ParameterizedTest
    @EnumSource(ColorMap.class)
    void outOfRangeIsClampedAndNanIsTransparent(ColorMap map) {
        assertEquals(map.argb(0), map.argb(-3));
        assertEquals(map.argb(0), map.argb(Double.NEGATIVE_INFINITY));
        assertEquals(map.argb(1), map.argb(7));
        assertEquals(map.argb(1), map.argb(Double.POSITIVE_INFINITY));
        assertEquals(ColorMap.NAN_ARGB, map.argb(Double.NaN));
        assertEquals(0, ColorMap.NAN_ARGB >>> 24, "NaN colour is fully transparent");
    }

    @ParameterizedTest
    @EnumSource(ColorMap.class)
    void everyColourIsOpaque(ColorMap map) {
        for (int k = 0; k <= 1000; k++) {
            assertEquals(0xFF, map.argb(k / 1000.0) >>> 24);
        }
    }

    /** Halfway between two entries each channel is their mean, up to the 8-bit rounding (½ unit, so 1). */
    @Test
    void betweenEntriesChannelsAreInterpolatedLinearly() {
        int a = ColorMap.VIRIDIS.argb(100 / 255.0);
        int b = ColorMap.VIRIDIS.argb(101 / 255.0);
        int mid = ColorMap.VIRIDIS.argb(100.5 / 255.0);
        for (int shift = 0; shift <= 16; shift += 8) {
            double expected = 0.5 * ((a >> shift & 0xFF) + (b >> shift & 0xFF));
            assertEquals(expected, mid >> shift & 0xFF, 1.0);
        }
    }

    @Test
    void greyRunsFromDarkGreyToWhiteWithEqualChannels() {
        int previous = -1;
        for (int k = 0; k <= 255; k++) {
            int c = ColorMap.GREY.argb(k / 255.0);
            int r = c >> 16 & 0xFF;
            assertEquals(r, c >> 8 & 0xFF);
            assertEquals(r, c & 0xFF);
            assertTrue(r >= previous, "grey never gets darker as t grows");
            previous = r;
        }
        assertEquals(0xFFFFFFFF, ColorMap.GREY.argb(1));
        // L* = 20 is sRGB 48/255 (Y = 0.0298): dark, but not black.
        assertEquals(48, ColorMap.GREY.argb(0) & 0xFF, 1.0);
    }

    /** Perceptual order: viridis, magma and cividis all get lighter from 0 to 1 (luma as a proxy). */
    @ParameterizedTest
    @EnumSource(ColorMap.class)
    void lightnessGrowsFromZeroToOne(ColorMap map) {
        assertTrue(luma(map.argb(0)) < luma(map.argb(0.5)));
        assertTrue(luma(map.argb(0.5)) < luma(map.argb(1)));
    }

    @Test
    void lookupTableSamplesTheMapEvenly() {
        int[] lut = ColorMap.MAGMA.lookupTable(256);
        assertEquals(256, lut.length);
        for (int k = 0; k < 256; k++) {
            assertEquals(ColorMap.MAGMA.argb(k / 255.0), lut[k]);
        }
    }

    private static double luma(int argb) {
        return 0.299 * (argb >> 16 & 0xFF) + 0.587 * (argb >> 8 & 0xFF) + 0.114 * (argb & 0xFF);
    }
}
