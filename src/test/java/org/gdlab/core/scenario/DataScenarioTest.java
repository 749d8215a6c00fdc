package org.gdlab.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.gdlab.core.data.DataCost;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataScenarioTest {

    private static String scenario(String surface, String run) {
        return "{\"format\": \"gdlab-scenario\", \"version\": 1, \"surface\": " + surface + ","
                + " \"view\": {\"x_min\": -10, \"x_max\": 10, \"y_min\": -10, \"y_max\": 10},"
                + " \"start\": {\"x\": 0, \"y\": 0}, \"max_steps\": 20, \"level_count\": 10,"
                + " \"runs\": [" + run + "]}";
    }

    @Test
    void builtinDatasetWithBatchRoundTrips() throws Exception {
        Scenario s = ScenarioJson.read(scenario("{\"data\": \"builtin:cars\", \"model\": \"linear\", \"standardize\": true}",
                "{\"optimizer\": \"gd\", \"learning_rate\": 0.1, \"batch\": 5, \"seed\": 2}"));
        DataCost cost = assertInstanceOf(DataCost.class, s.runs().get(0).config().function());
        assertEquals(50, cost.points().size());
        assertEquals(5, s.runs().get(0).config().batch());
        Scenario again = ScenarioJson.read(ScenarioJson.write(s));
        assertEquals(s.surface(), again.surface());
        assertEquals(5, again.runs().get(0).config().batch());
    }

    @Test
    void relativePathIsReadAgainstTheScenarioFilesFolder(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("data/h.csv"), "h,w\n1.5,50\n1.8,80\n1.7,66\n");
        Path file = dir.resolve("s.gdlab.json");
        Files.writeString(file, scenario("{\"data\": \"data/h.csv\", \"columns\": [\"h\", \"w\"]}",
                "{\"optimizer\": \"gd\", \"learning_rate\": 0.1}"));
        Scenario s = ScenarioFiles.open(file);
        DataCost cost = (DataCost) s.surface().create();
        assertEquals(3, cost.points().size());
        assertEquals("w", cost.points().targetName());
    }

    @Test
    void inlinePointsMakeTheDataset() throws Exception {
        Scenario s = ScenarioJson.read(scenario("{\"points\": [[1, 3], [2, 5], [4, 6]], \"model\": \"linear\"}",
                "{\"optimizer\": \"gd\", \"learning_rate\": 0.1}"));
        DataCost cost = (DataCost) s.surface().create();
        // the three points of the hand-summed test: J(1, 1) = 1
        assertEquals(1.0, cost.value(1, 1), 1e-15);
        assertEquals(s.surface(), ScenarioJson.read(ScenarioJson.write(s)).surface());
    }

    @Test
    void moreInlinePointsThanTheLimitAreRefused() {
        StringBuilder pts = new StringBuilder("[");
        for (int i = 0; i <= SurfaceSpec.Data.MAX_INLINE_POINTS; i++) {
            pts.append(i == 0 ? "" : ",").append("[").append(i).append(",1]");
        }
        pts.append("]");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioJson.read(
                scenario("{\"points\": " + pts + "}", "{\"optimizer\": \"gd\", \"learning_rate\": 0.1}")));
        assertTrue(e.getMessage().startsWith("surface.points: may hold at most 1000 points"), e.getMessage());
    }

    @Test
    void noiseOnDataIsRefusedWithItsPath() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioJson.read(
                scenario("{\"data\": \"builtin:cars\"}", "{\"optimizer\": \"gd\", \"learning_rate\": 0.1, \"noise\": 1}")));
        assertTrue(e.getMessage().startsWith("runs[0].noise:"), e.getMessage());
    }

    @Test
    void batchLargerThanTheDataIsRefusedWithItsPath() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioJson.read(
                scenario("{\"data\": \"builtin:challenger\"}", "{\"optimizer\": \"gd\", \"learning_rate\": 0.1, \"batch\": 24}")));
        assertTrue(e.getMessage().startsWith("runs[0].batch:"), e.getMessage());
    }

    @Test
    void modelOnASurfaceIsRefused() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioJson.read(
                scenario("{\"id\": \"sphere\", \"model\": \"linear\"}", "{\"optimizer\": \"gd\", \"learning_rate\": 0.1}")));
        assertTrue(e.getMessage().startsWith("surface.model:"), e.getMessage());
    }
}
