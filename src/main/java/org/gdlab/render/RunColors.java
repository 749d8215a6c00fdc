package org.gdlab.render;

import java.awt.Color;
import java.util.List;
import org.gdlab.core.scenario.ScenarioRun;

/**
 * The colours of runs that do not name their own: bright colours that stand out on every colour map (each
 * path is also drawn with a dark halo, so that it reads on light and dark parts of the map alike).
 */
public final class RunColors {

    /** The palette, in the order runs take it. */
    public static final List<Color> PALETTE = List.of(
            new Color(0xff3b30), new Color(0xffffff), new Color(0xff9f0a), new Color(0xff5ce1),
            new Color(0x30d5ff), new Color(0xa0ff40));

    private RunColors() {
    }

    /** @return the run's own colour, or the palette's colour for run number {@code index} */
    public static Color of(ScenarioRun run, int index) {
        if (!run.color().isEmpty()) {
            return new Color(Integer.parseInt(run.color().substring(1), 16));
        }
        return PALETTE.get(index % PALETTE.size());
    }
}
