package org.gdlab.render;

import java.awt.Color;
import org.gdlab.core.palette.RunPalette;
import org.gdlab.core.scenario.ScenarioRun;
import org.gdlab.render.paint.PlotStyle;

/**
 * The colours of a scenario's runs, as the window shows them: the main run ({@code runs[0]}) white, the
 * raced runs ({@code runs[1..]}) the race palette's colours in run order ({@link RunPalette}: the window's
 * race gives its runs the same slots), unless a run names its own colour in the scenario file.
 */
public final class RunColors {

    private RunColors() {
    }

    /** @return the run's own colour, or the window's colour for run number {@code index} */
    public static Color of(ScenarioRun run, int index) {
        if (!run.color().isEmpty()) {
            return new Color(Integer.parseInt(run.color().substring(1), 16));
        }
        return index == 0 ? PlotStyle.PATH : new Color(RunPalette.argb(index - 1), true);
    }
}
