package org.gdlab.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.gdlab.core.optim.Hyperparameters;
import org.gdlab.core.optim.OptimizerKind;
import org.junit.jupiter.api.Test;

/** The "hyperparameters" object of a run is read and written from the optimizers' declarations. */
class ScenarioHyperparametersTest {

    private static String file(String optimizer, String hyper) {
        return "{\"format\": \"gdlab-scenario\", \"version\": 1, \"surface\": {\"id\": \"sphere\"},"
                + " \"view\": {\"x_min\": -5, \"x_max\": 5, \"y_min\": -5, \"y_max\": 5},"
                + " \"start\": {\"x\": 1, \"y\": 2}, \"max_steps\": 10, \"level_count\": 20,"
                + " \"runs\": [{\"optimizer\": \"" + optimizer + "\", \"learning_rate\": 0.1, \"hyperparameters\": "
                + hyper + "}]}";
    }

    private static final String ALL_SIX = "{\"momentum\": 0.5, \"beta1\": 0.8, \"beta2\": 0.99, \"eps\": 1e-6,"
            + " \"alpha\": 0.9, \"damping\": 0.01}";

    @Test
    void aFileWithEveryOptimizersKeysStillOpensTakingOnlyItsOwn() throws Exception {
        assertEquals(Hyperparameters.defaults(OptimizerKind.GD), ScenarioJson.read(file("gd", ALL_SIX)).runs().get(0).config().hyper());
        assertEquals(Hyperparameters.defaults(OptimizerKind.ADAM).with("beta1", 0.8).with("beta2", 0.99).with("eps", 1e-6),
                ScenarioJson.read(file("adam", ALL_SIX)).runs().get(0).config().hyper());
    }

    @Test
    void writingKeepsOnlyTheRunsOwnHyperparameters() throws Exception {
        Scenario s = ScenarioJson.read(file("rmsprop", ALL_SIX));
        JsonNode h = new ObjectMapper().readTree(ScenarioJson.write(s)).get("runs").get(0).get("hyperparameters");
        assertEquals(List.of("alpha", "eps"), iterable(h));
        assertEquals(0.9, h.get("alpha").asDouble());
        assertEquals(1e-6, h.get("eps").asDouble());
        JsonNode gd = new ObjectMapper().readTree(ScenarioJson.write(ScenarioJson.read(file("gd", "{}"))))
                .get("runs").get(0).get("hyperparameters");
        assertEquals(0, gd.size());
    }

    @Test
    void anOutOfRangeValueIsRefusedWithTheDeclarationsWordsAndItsPath() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioJson.read(file("adam", "{\"beta1\": 1}")));
        assertTrue(e.getMessage().contains("runs[0].hyperparameters.beta1: β1 must be in [0, 1), got 1"), e.getMessage());
    }

    @Test
    void aKeyNoOptimizerDeclaresIsRefused() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioJson.read(file("adam", "{\"beta3\": 0.5}")));
        assertTrue(e.getMessage().contains("runs[0].hyperparameters.beta3: unknown key 'beta3'"), e.getMessage());
    }

    private static List<String> iterable(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
