package org.gdlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gdlab render} reads the {@code basins} overlay from a scenario file and draws the basin map's legend
 * (in the SVG as text); its help names the overlay. Where each colour goes is {@code ScenarioBasinsTest}'s.
 */
class RenderBasinsCommandTest {

    @TempDir
    Path dir;

    private static final String DOUBLE_WELL = """
            {"format": "gdlab-scenario", "version": 1,
             "surface": {"formula": "(x^2 - 1)^2 + y^2"},
             "view": {"x_min": -2, "x_max": 2, "y_min": -2, "y_max": 2},
             "start": {"x": 0.5, "y": 0.8}, "max_steps": 3000, "level_count": 20,
             "runs": [{"optimizer": "gd", "learning_rate": 0.01}],
             "overlays": [%s]}
            """;

    @Test
    void aScenarioNamingBasinsIsRenderedWithTheBasinMapAndItsLegend() throws Exception {
        Path on = dir.resolve("on.gdlab.json");
        Files.writeString(on, DOUBLE_WELL.formatted("\"basins\""));
        Path svg = dir.resolve("on.svg");
        CliResult r = CliResult.run("render", "--scenario", on.toString(), "--svg", svg.toString(), "--width", "640",
                "--height", "360");
        assertEquals(0, r.status(), r.err());
        String doc = Files.readString(svg);
        assertTrue(doc.contains("Basin map"), "the legend's title");
        assertTrue(doc.contains("other minimum (-1, 0)") && doc.contains("other minimum (1, 0)"), "both minima");

        Path off = dir.resolve("off.gdlab.json");
        Files.writeString(off, DOUBLE_WELL.formatted(""));
        Path svg2 = dir.resolve("off.svg");
        assertEquals(0, CliResult.run("render", "--scenario", off.toString(), "--svg", svg2.toString()).status());
        assertTrue(!Files.readString(svg2).contains("Basin map"), "none unless named");
    }

    @Test
    void theHelpNamesTheBasinsOverlay() {
        CliResult r = CliResult.run("render", "--help");
        assertEquals(0, r.status());
        assertTrue(r.out().contains("basins (the basin map"), r.out());
    }
}
