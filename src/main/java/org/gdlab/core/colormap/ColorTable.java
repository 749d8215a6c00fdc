package org.gdlab.core.colormap;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * An immutable table of {@value #SIZE} sRGB colours c_0 … c_255 with channels in [0, 1], read as a
 * piecewise-linear function of t ∈ [0, 1]: entry k sits at t = k/255, and between two entries
 * c(t) = (1 − f)·c_k + f·c_{k+1} with s = 255·t, k = ⌊s⌋, f = s − k.
 */
final class ColorTable {

    static final int SIZE = 256;

    /** Channels interleaved r, g, b; length 3·SIZE. */
    private final float[] rgb;

    private ColorTable(float[] rgb) {
        this.rgb = rgb;
    }

    /**
     * Reads a table resource of this package: lines "r g b" (decimal, in [0, 1]); lines starting with '#'
     * are comments.
     *
     * @throws UncheckedIOException if the resource is missing or malformed (a packaging error)
     */
    static ColorTable resource(String name) {
        float[] rgb = new float[3 * SIZE];
        int n = 0;
        try (InputStream in = ColorTable.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing colour table resource " + name);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\s+");
                if (parts.length != 3 || n >= SIZE) {
                    throw new IOException("malformed colour table " + name + " at entry " + n);
                }
                for (int c = 0; c < 3; c++) {
                    rgb[3 * n + c] = Float.parseFloat(parts[c]);
                }
                n++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (n != SIZE) {
            throw new UncheckedIOException(new IOException("colour table " + name + " has " + n + " entries, not " + SIZE));
        }
        return new ColorTable(rgb);
    }

    /**
     * A grey ramp whose CIE L* lightness grows linearly with t, from L* = {@code lStar0} to L* = 100
     * (white). Equal steps in t look like equal steps in lightness, on screen and on paper.
     */
    static ColorTable greyRamp(double lStar0) {
        float[] rgb = new float[3 * SIZE];
        for (int k = 0; k < SIZE; k++) {
            double lStar = lStar0 + (100 - lStar0) * k / (SIZE - 1);
            float g = (float) srgbFromLinear(linearFromLStar(lStar));
            rgb[3 * k] = g;
            rgb[3 * k + 1] = g;
            rgb[3 * k + 2] = g;
        }
        return new ColorTable(rgb);
    }

    /** CIE 1976: relative luminance Y ∈ [0, 1] of lightness L* ∈ [0, 100]. */
    static double linearFromLStar(double lStar) {
        double fy = (lStar + 16) / 116;
        double delta = 6.0 / 29;
        return fy > delta ? fy * fy * fy : 3 * delta * delta * (fy - 4.0 / 29);
    }

    /** IEC 61966-2-1 sRGB transfer function: encoded value of linear light u ∈ [0, 1]. */
    static double srgbFromLinear(double u) {
        return u <= 0.0031308 ? 12.92 * u : 1.055 * Math.pow(u, 1 / 2.4) - 0.055;
    }

    /** @return opaque 0xFFRRGGBB at t, which the caller has clamped to [0, 1] */
    int argb(double t) {
        double s = t * (SIZE - 1);
        int k = Math.min((int) s, SIZE - 2);
        float f = (float) (s - k);
        int i = 3 * k;
        int r = channel(rgb[i], rgb[i + 3], f);
        int g = channel(rgb[i + 1], rgb[i + 4], f);
        int b = channel(rgb[i + 2], rgb[i + 5], f);
        return 0xFF000000 | r << 16 | g << 8 | b;
    }

    private static int channel(float a, float b, float f) {
        return Math.round((a + f * (b - a)) * 255f);
    }
}
