package org.gdlab.core.contour;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.gdlab.core.colormap.ColorMap;
import org.gdlab.core.surface.CostFunction;
import org.gdlab.core.surface.ViewRect;

/** Builds a {@link ContourPicture}: the whole of a surface change, off the UI thread. */
public final class ContourPictureBuilder {

    /** Colours per map lookup table; finer than 8-bit output, so indistinguishable from {@link ColorMap#argb}. */
    static final int LUT_SIZE = 4096;

    private ContourPictureBuilder() {
    }

    /**
     * Samples f on an nx × ny grid over the view, spreads levelCount levels between the smallest and largest
     * finite cost with the given spacing, traces their level lines and colours every grid point by its
     * place on the same {@link ColorScale} (so with LOG spacing the colours are log-scaled too).
     *
     * <p>Sampling and colouring run in parallel by rows on the common fork-join pool, and all level lines
     * are traced in one pass ({@link MarchingSquares#contours}) beside the colouring; the result does not
     * depend on the schedule.
     *
     * @param levelCount at least 1 (the UI offers 5 to 50); fewer levels result for a flat or undefined view
     */
    public static ContourPicture build(CostFunction f, ViewRect view, int nx, int ny, ColorMap map,
                                       LevelSpacing spacing, int levelCount) {
        return build(ScalarGrid.sample(f, view, nx, ny), map, spacing, levelCount);
    }

    /**
     * As {@link #build(CostFunction, ViewRect, int, int, ColorMap, LevelSpacing, int)}, from a grid sampled
     * already (a data cost that samples its grid faster than point by point, {@code core.data.LogisticGrid}).
     */
    public static ContourPicture build(ScalarGrid grid, ColorMap map, LevelSpacing spacing, int levelCount) {
        int nx = grid.nx();
        int ny = grid.ny();
        double min = grid.min();
        double max = grid.max();
        double[] levels = Levels.of(min, max, levelCount, spacing);
        ColorScale scale = new ColorScale(min, max, spacing);
        CompletableFuture<List<List<double[]>>> lines =
                CompletableFuture.supplyAsync(() -> MarchingSquares.contours(grid.values(), nx, ny, levels));
        int[] argb = colour(grid, scale, map);
        List<List<double[]>> polylines = lines.join();
        List<Isoline> isolines = new ArrayList<>(levels.length);
        for (int k = 0; k < levels.length; k++) {
            isolines.add(new Isoline(levels[k], polylines.get(k)));
        }
        return new ContourPicture(grid, levels, isolines, argb, min, max, spacing);
    }

    /**
     * Colours by lookup table (for LOG by {@link LogColourTable}, which saves a logarithm per pixel),
     * image row r = grid row ny − 1 − r.
     */
    static int[] colour(ScalarGrid grid, ColorScale scale, ColorMap map) {
        int nx = grid.nx();
        int ny = grid.ny();
        double[] values = grid.values();
        int[] argb = new int[nx * ny];
        if (scale.spacing() == LevelSpacing.LOG && scale.max() > scale.min()) {
            LogColourTable table = new LogColourTable(scale, map);
            IntStream.range(0, ny).parallel().forEach(r -> {
                int src = (ny - 1 - r) * nx;
                int dst = r * nx;
                for (int i = 0; i < nx; i++) {
                    argb[dst + i] = table.argb(values[src + i]);
                }
            });
            return argb;
        }
        int[] lut = map.lookupTable(LUT_SIZE);
        IntStream.range(0, ny).parallel().forEach(r -> {
            int src = (ny - 1 - r) * nx;
            int dst = r * nx;
            for (int i = 0; i < nx; i++) {
                argb[dst + i] = lookUp(lut, scale.toUnit(values[src + i]));
            }
        });
        return argb;
    }

    private static int lookUp(int[] lut, double t) {
        if (Double.isNaN(t)) {
            return ColorMap.NAN_ARGB;
        }
        double clamped = t <= 0 ? 0 : t >= 1 ? 1 : t;
        return lut[(int) (clamped * (lut.length - 1) + 0.5)];
    }
}
