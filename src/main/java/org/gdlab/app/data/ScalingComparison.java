package org.gdlab.app.data;

import java.util.OptionalDouble;
import java.util.concurrent.CancellationException;
import org.gdlab.app.viewmodel.Numbers;
import org.gdlab.core.analysis.LocalCurvature;
import org.gdlab.core.batch.CancellationToken;
import org.gdlab.core.colormap.ColorMap;
import org.gdlab.core.contour.ContourPicture;
import org.gdlab.core.contour.ContourPictureBuilder;
import org.gdlab.core.contour.LevelSpacing;
import org.gdlab.core.contour.ScalarGrid;
import org.gdlab.core.data.DataCost;
import org.gdlab.core.data.DataSpec;
import org.gdlab.core.data.LeastSquaresCost;
import org.gdlab.core.data.LogisticCost;
import org.gdlab.core.data.LogisticGrid;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.surface.ViewRect;
import org.gdlab.render.paint.PlotTransform;

/**
 * Feature scaling before and after, side by side: the cost of the data on screen with raw features and with
 * scaled ones ({@link org.gdlab.core.data.Scaling}), each with a small contour picture of its default view
 * (equal units on both axes, so a narrow valley looks narrow), the condition number κ = λmax/λmin and the
 * largest stable rate 2/λmax of its Hessian H, and one sentence saying by how much scaling changes κ.
 *
 * <p>H comes from the data: for {@code linear} H = [[mean x², mean x], [mean x, 1]], for {@code linear2}
 * H = mean of x·xᵀ (the same at every (w, b)); for {@code logistic} H depends on (w, b) and is taken at
 * (0, 0), where σ = ½ for every point whichever the scaling: H = ¼·[[mean x², mean x], [mean x, 1]] + diag(λ, 0).
 * Standardized, mean x = 0 and mean x² = 1, so {@code linear}'s H is the identity (κ = 1); RMS scaling makes
 * {@code linear2}'s diagonal 1, κ = (1 + |r|)/(1 − |r|) with r the features' uncentred correlation.
 *
 * <p>Built off the JavaFX thread by {@link #of}: for the squared-error costs both sides come from the same
 * statistics in O(1) ({@link LeastSquaresCost#withStandardize}); a logistic cost is rebuilt (O(N)) and
 * its pictures are sampled on a coarser grid. Immutable.
 *
 * @param raw            the features as they are
 * @param scaled         the features scaled
 * @param scaledOnScreen whether the cost on screen is the scaled one
 * @param sentence       how κ changes, or why the features cannot be scaled
 */
public record ScalingComparison(Side raw, Side scaled, boolean scaledOnScreen, String sentence) {

    /** the thumbnails' size in painter units (one grid point per unit; the view scales it with the UI) */
    public static final int WIDTH = 150;
    public static final int HEIGHT = 96;
    /**
     * a logistic cost visits every point per value: its thumbnail grid is this many times coarser, and
     * {@link #LARGE_COARSENING} times above {@link #LARGE_N} points (at N = 100,000 a 75×48 grid takes seconds)
     */
    static final int LOGISTIC_COARSENING = 2;
    static final int LARGE_COARSENING = 4;
    static final int LARGE_N = 10_000;
    private static final int LEVELS = 12;

    /**
     * One side: a cost and what is shown of it.
     *
     * @param title     "raw" or "standardized" (linear2: "scaled by RMS")
     * @param cost      the cost, or null when the features cannot be scaled
     * @param curvature the local curvature of H (see the class), or null with no cost
     * @param transform the thumbnail's world ↔ painter-unit transform ({@link #WIDTH} × {@link #HEIGHT}), or null
     * @param picture   the contour picture over the transform's visible rectangle, or null
     * @param numbers   "κ = …" and "2/λmax = …" on two lines, or the reason there is no cost
     */
    public record Side(String title, DataCost cost, LocalCurvature curvature, PlotTransform transform,
                       ContourPicture picture, String numbers) {
    }

    /**
     * @param onScreen the data cost on screen
     * @param map      the plot's colour map
     * @param token    checked while a logistic picture is sampled and between the sides
     * @return both sides of onScreen
     * @throws CancellationException when the token is cancelled (a newer comparison was asked for)
     */
    public static ScalingComparison of(DataCost onScreen, ColorMap map, CancellationToken token) {
        boolean on = onScreen.spec().standardize();
        DataCost raw = on ? toggled(onScreen) : onScreen;
        String scaledTitle = onScreen.spec().model() == org.gdlab.core.data.Model.LINEAR2 ? "scaled by RMS" : "standardized";
        Side before = side("raw", raw, map, token);
        DataCost scaled;
        try {
            scaled = on ? onScreen : toggled(onScreen);
        } catch (IllegalArgumentException e) {
            Side none = new Side(scaledTitle, null, null, null, null, "cannot scale");
            return new ScalingComparison(before, none, false, "The features cannot be scaled: " + e.getMessage() + ".");
        }
        Side after = side(scaledTitle, scaled, map, token);
        return new ScalingComparison(before, after, on, sentence(before.curvature(), after.curvature(),
                onScreen instanceof LogisticCost));
    }

    private static DataCost toggled(DataCost c) {
        boolean on = !c.spec().standardize();
        if (c instanceof LeastSquaresCost q) {
            return q.withStandardize(on);
        }
        DataSpec s = c.spec();
        return new DataSpec(s.data(), s.model(), on, s.l2()).cost();
    }

    private static Side side(String title, DataCost c, ColorMap map, CancellationToken token) {
        LocalCurvature k = LocalCurvature.of(c.hessian(Vec2.ZERO));
        PlotTransform t = PlotTransform.fit(c.description().view(), 0, 0, WIDTH, HEIGHT, true);
        ViewRect v = t.visible();
        LevelSpacing spacing = c.description().logLevels() ? LevelSpacing.LOG : LevelSpacing.LINEAR;
        ContourPicture p;
        if (c instanceof LogisticCost l) {
            int coarsening = l.spec().data().size() > LARGE_N ? LARGE_COARSENING : LOGISTIC_COARSENING;
            int nx = WIDTH / coarsening;
            int ny = HEIGHT / coarsening;
            double[] values = LogisticGrid.sample(l, v, nx, ny, token);
            p = ContourPictureBuilder.build(new ScalarGrid(v, nx, ny, values), map, spacing, LEVELS);
        } else {
            p = ContourPictureBuilder.build(c, v, WIDTH, HEIGHT, map, spacing, LEVELS);
        }
        if (token.isCancelled()) {
            throw new CancellationException("a newer comparison was asked for");
        }
        return new Side(title, c, k, t, p, numbers(k));
    }

    /** @return "κ = …" and "2/λmax = …" on two lines, with three significant digits */
    static String numbers(LocalCurvature k) {
        OptionalDouble r = k.maxStableLearningRate();
        return "κ = " + Numbers.sig3(k.conditionNumber()) + "\n2/λmax = " + (r.isPresent() ? Numbers.sig3(r.getAsDouble()) : "none");
    }

    /**
     * @return "Scaling divides κ by F (from A to B)", "… multiplies κ by F …", or "… leaves κ at A" when the two
     *     agree to 0.5 %; with an infinite κ (no unique optimum) "… takes κ from A to B"
     */
    static String sentence(LocalCurvature before, LocalCurvature after, boolean logistic) {
        double a = before.conditionNumber();
        double b = after.conditionNumber();
        String where = logistic ? " (H at w = 0, b = 0)" : "";
        String head = "Scaling the features ";
        if (!(Double.isFinite(a) && Double.isFinite(b))) {
            return head + "takes κ from " + Numbers.sig3(a) + " to " + Numbers.sig3(b) + where + ".";
        }
        if (Math.abs(a - b) <= 0.005 * Math.max(a, b)) {
            return head + "leaves κ at " + Numbers.sig3(a) + where + ".";
        }
        String verb = b < a ? "divides κ by " + Numbers.sig3(a / b) : "multiplies κ by " + Numbers.sig3(b / a);
        return head + verb + " (from " + Numbers.sig3(a) + " to " + Numbers.sig3(b) + ")" + where + ".";
    }
}
