package org.gdlab.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Set;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.optim.OptimizerKind;
import org.gdlab.core.scenario.Overlays;
import org.gdlab.core.scenario.Scenario;
import org.gdlab.core.scenario.ScenarioJson;
import org.gdlab.core.scenario.ScenarioRun;
import org.gdlab.core.scenario.SurfaceSpec;
import org.gdlab.core.sim.RunConfig;
import org.gdlab.core.surface.ViewRect;
import org.gdlab.render.paint.BasinColors;
import org.gdlab.render.paint.BasinPicture;
import org.gdlab.render.paint.PlotTransform;
import org.junit.jupiter.api.Test;

/**
 * {@code gdlab render} draws the basin map a scenario names ({@value Overlays#BASINS}) over the whole plot. On
 * the double well C(x, y) = (x² − 1)² + y², GD at α = 0.005 keeps the sign of x (x_{k+1} = x_k(1 − 4α(x_k² − 1)),
 * a positive factor for |x| &lt; 7.1) and moves |x| to 1, y to 0: starts with x &lt; 0 end at (−1, 0), with
 * x &gt; 0 at (1, 0). The first start in row-major order (xMin, yMin) has x &lt; 0, so (−1, 0) is the first
 * point found (first minimum colour) and (1, 0) the second.
 */
class ScenarioBasinsTest {

    private static final ExportSize SIZE = new ExportSize(1280, 720);

    private static Scenario doubleWell(Set<String> overlays) {
        SurfaceSpec spec = new SurfaceSpec.Formula("(x^2 - 1)^2 + y^2");
        RunConfig c = RunConfig.of(spec.create(), new Vec2(0.5, 0.8), OptimizerKind.GD, 0.005).withMaxSteps(6000);
        return Scenario.of(spec).withView(new ViewRect(-2, 2, -2, 2)).withRuns(List.of(ScenarioRun.of(c)))
                .withOverlays(overlays);
    }

    private static int[] rgb(int v) {
        return new int[] {v >> 16 & 255, v >> 8 & 255, v & 255};
    }

    @Test
    void theBasinsOverlayPutsTheTwoBasinColoursOnTheTwoHalves() {
        Scenario on = doubleWell(Set.of(Overlays.BASINS));
        PlotRenderer r = new PlotRenderer(on);
        assertEquals(List.of("basin map", "basin legend"), r.overlayNames());
        BufferedImage image = PngExport.image(r, SIZE);
        BufferedImage off = PngExport.image(new PlotRenderer(doubleWell(Set.of())), SIZE);
        Graphics2D g = image.createGraphics();
        Rectangle2D area = r.plotArea(g, SIZE.width(), SIZE.height());
        g.dispose();
        PlotTransform t = PlotTransform.fit(on.view(), area.getX(), area.getY(), area.getWidth(), area.getHeight(), true);
        ViewRect v = t.visible();
        assertTrue(v.width() > on.view().width() * 1.2, "a 1280 × 720 picture widens the square view: " + v);
        int[] wash = rgb(BasinPicture.WASH.getRGB());
        double w = BasinPicture.WASH_OPACITY;
        double a = org.gdlab.render.paint.BasinSettings.DEFAULT_OPACITY;
        // at the far sides (beyond the scenario's view) and in the middle of each half, off the path and the legend
        for (double[] q : new double[][] {{v.xMin() + 0.03 * v.width(), -0.5}, {v.xMax() - 0.03 * v.width(), -0.5},
                {-1.2, -1.2}, {1.2, -1.2}, {-0.6, 0.2}, {1.5, 1.0}}) {
            int[] c = rgb(q[0] < 0 ? BasinColors.minimum(0) : BasinColors.minimum(1));
            int px = (int) Math.round(t.sx(q[0]));
            int py = (int) Math.round(t.sy(q[1]));
            int[] base = rgb(off.getRGB(px, py));
            int[] seen = rgb(image.getRGB(px, py));
            for (int k = 0; k < 3; k++) {
                double expected = a * c[k] + (1 - a) * (w * wash[k] + (1 - w) * base[k]);
                assertEquals(expected, seen[k], 5.0, "channel " + k + " at " + java.util.Arrays.toString(q));
            }
        }
        String svg = SvgExport.document(new PlotRenderer(on), SIZE);
        assertTrue(svg.contains("Basin map"), "the legend");
        assertTrue(svg.contains("other minimum (-1, 0)") && svg.contains("other minimum (1, 0)"), "both minima listed");
    }

    @Test
    void aScenarioWithoutBasinsDrawsNoneAndTheNameSurvivesTheFile() throws Exception {
        assertEquals(List.of(), new PlotRenderer(doubleWell(Set.of())).overlayNames());
        assertFalse(SvgExport.document(new PlotRenderer(doubleWell(Set.of())), SIZE).contains("Basin map"));
        Scenario on = doubleWell(Set.of(Overlays.BASINS));
        assertEquals(Set.of(Overlays.BASINS), ScenarioJson.read(ScenarioJson.write(on)).overlays(), "written and read back");
    }
}
