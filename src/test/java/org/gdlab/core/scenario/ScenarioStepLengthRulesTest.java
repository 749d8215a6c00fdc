package org.gdlab.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.gdlab.core.optim.Hyperparameters;
import org.gdlab.core.optim.OptimizerKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Scenario files carry the step-length rules' hyperparameters and refuse what their runs cannot take. */
class ScenarioStepLengthRulesTest {

    private static String file(String surface, String optimizer, String hyper, String more) {
        return "{\"format\": \"gdlab-scenario\", \"version\": 1, \"surface\": {\"id\": \"" + surface + "\"},"
                + " \"view\": {\"x_min\": -5, \"x_max\": 5, \"y_min\": -5, \"y_max\": 5},"
                + " \"start\": {\"x\": 1, \"y\": 2}, \"max_steps\": 10, \"level_count\": 20,"
                + " \"runs\": [{\"optimizer\": \"" + optimizer + "\", \"learning_rate\": 1, \"hyperparameters\": "
                + hyper + more + "}]}";
    }

    private static final Map<OptimizerKind, String> CHANGED = Map.of(
            OptimizerKind.ARMIJO, "{\"shrink\": 0.3, \"c1\": 0.01}",
            OptimizerKind.WOLFE, "{\"c1\": 0.001, \"c2\": 0.5}",
            OptimizerKind.EXACT, "{}",
            OptimizerKind.POLYAK, "{\"cstar\": -0.5}",
            OptimizerKind.BB, "{\"bb\": 2}",
            OptimizerKind.CG, "{\"beta\": \"pr\", \"line_search\": \"exact\", \"c2\": 0.2}",
            OptimizerKind.BFGS, "{\"line_search\": \"exact\", \"c1\": 0.001}",
            OptimizerKind.LBFGS, "{\"memory\": 9, \"line_search\": \"wolfe\", \"c2\": 0.8}");

    @ParameterizedTest
    @EnumSource(names = {"ARMIJO", "WOLFE", "EXACT", "POLYAK", "BB", "CG", "BFGS", "LBFGS"})
    void theirHyperparametersRoundTrip(OptimizerKind k) throws Exception {
        Scenario s = ScenarioJson.read(file("sphere", k.id(), CHANGED.get(k), ""));
        Hyperparameters h = s.runs().get(0).config().hyper();
        assertEquals(k, h.kind());
        Scenario back = ScenarioJson.read(ScenarioJson.write(s));
        assertEquals(h, back.runs().get(0).config().hyper());
        assertEquals(s.runs().get(0).config().learningRate(), back.runs().get(0).config().learningRate());
    }

    @Test
    void theValuesReadAreTheOnesWritten() throws Exception {
        Hyperparameters cg = ScenarioJson.read(file("sphere", "cg", CHANGED.get(OptimizerKind.CG), "")).runs().get(0)
                .config().hyper();
        assertEquals(1, cg.get("beta"));
        assertEquals(1, cg.get("line_search"));
        assertEquals(0.2, cg.get("c2"));
        assertEquals(9, ScenarioJson.read(file("sphere", "lbfgs", CHANGED.get(OptimizerKind.LBFGS), "")).runs().get(0)
                .config().hyper().get("memory"));
    }

    @Test
    void polyaksAutomaticCstarIsLeftOutAndReadsBackAutomatic() throws Exception {
        Scenario s = ScenarioJson.read(file("booth", "polyak", "{}", ""));
        assertTrue(Double.isNaN(s.runs().get(0).config().hyper().get("cstar")));
        assertEquals(0, s.runs().get(0).config().cstar(), 0, "Booth's minimum value");
        String written = ScenarioJson.write(s);
        assertFalse(written.contains("cstar"), written);
        assertTrue(Double.isNaN(ScenarioJson.read(written).runs().get(0).config().hyper().get("cstar")));
    }

    @Test
    void noiseWithALineSearchRuleIsRefusedAtItsPath() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioJson.read(file("sphere", "armijo", "{}", ", \"noise\": 1")));
        assertTrue(e.getMessage().contains("runs[0].noise: armijo chooses its own step length from exact gradients, so "
                + "the noise σ must be 0, got 1"), e.getMessage());
    }
}
