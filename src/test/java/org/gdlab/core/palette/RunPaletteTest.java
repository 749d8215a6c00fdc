package org.gdlab.core.palette;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RunPaletteTest {

    @Test
    void paletteHasEightDistinctOpaqueColoursWithDistinctNames() {
        List<RunColor> c = RunPalette.colors();
        assertTrue(c.size() >= 8);
        Set<Integer> argb = new HashSet<>();
        Set<String> hex = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (RunColor k : c) {
            assertEquals(0xFF, k.argb() >>> 24, k.name());
            argb.add(k.argb());
            hex.add(k.hex());
            names.add(k.name());
        }
        assertEquals(c.size(), argb.size());
        assertEquals(c.size(), hex.size());
        assertEquals(c.size(), names.size());
    }

    @Test
    void coloursAreFarApartInRgb() {
        List<RunColor> c = RunPalette.colors();
        for (int a = 0; a < c.size(); a++) {
            for (int b = a + 1; b < c.size(); b++) {
                double d = Math.sqrt(sq(c.get(a).red() - c.get(b).red()) + sq(c.get(a).green() - c.get(b).green())
                        + sq(c.get(a).blue() - c.get(b).blue()));
                // the closest Okabe–Ito pair (orange, yellow) is about 75 apart; anything under 60 would be a typo
                assertTrue(d > 60, c.get(a).name() + " vs " + c.get(b).name() + ": " + d);
            }
        }
    }

    @Test
    void hexMatchesArgbAndTheOkabeItoValues() {
        assertEquals("#D55E00", RunPalette.hex(0));
        assertEquals(0xFF0072B2, RunPalette.argb(1));
        for (RunColor k : RunPalette.colors()) {
            assertEquals(k.argb() & 0xFFFFFF, Integer.parseInt(k.hex().substring(1), 16));
        }
        assertEquals(Set.of("#000000", "#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7"),
                new HashSet<>(RunPalette.colors().stream().map(RunColor::hex).toList()));
    }

    @Test
    void runIndicesCycleThroughThePalette() {
        assertEquals(RunPalette.forRun(0), RunPalette.forRun(RunPalette.size()));
        assertEquals(RunPalette.forRun(3), RunPalette.forRun(3 + 2 * RunPalette.size()));
    }

    private static double sq(double v) {
        return v * v;
    }
}
