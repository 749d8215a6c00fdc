package org.gdlab.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.gdlab.core.scenario.Scenario;
import org.gdlab.core.scenario.SurfaceSpec;
import org.jfree.svg.SVGGraphics2D;
import org.junit.jupiter.api.Test;

/**
 * The colour bar is headed by the cost's letter, in the one painter the window and every export share: J
 * over a data surface's bar (the loss J(w, b)), C over a surface's. Read from the SVG export's text.
 */
class ColorBarLetterTest {

    private static String svg(SurfaceSpec spec) {
        SVGGraphics2D g = new SVGGraphics2D(900, 600);
        new PlotRenderer(Scenario.of(spec)).paint(g, 900, 600);
        return g.getSVGElement();
    }

    @Test
    void onDataTheColourBarSaysJ() {
        String s = svg(new SurfaceSpec.Data("builtin:cars", null, null, "linear", List.of(), false, 0));
        assertTrue(s.contains(">J</text>"), "J over the bar");
        assertFalse(s.contains(">C</text>"), "no C");
    }

    @Test
    void onASurfaceTheColourBarSaysC() {
        String s = svg(new SurfaceSpec.Builtin("quadratic", Map.of("kappa", 10.0, "theta", 0.0)));
        assertTrue(s.contains(">C</text>"), "C over the bar");
        assertFalse(s.contains(">J</text>"), "no J");
    }
}
