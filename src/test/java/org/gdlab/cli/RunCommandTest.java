package org.gdlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunCommandTest {

    @Test
    void csvHeaderIsExactlyTheDocumentedColumns() {
        CliResult r = CliResult.run("run", "--function", "sphere", "--optimizer", "gd", "--steps", "3");
        assertEquals(0, r.status(), r.err());
        assertEquals("step,x,y,cost,grad_x,grad_y,lr", r.outLines().get(0));
    }

    @Test
    void csvRowZeroIsTheStartAndRowOneIsOneHandComputedGdStep() {
        // sphere C = x² + y², ∇C = (2x, 2y); from (3, -4) with α = 0.1: w1 = (3 - 0.6, -4 + 0.8) = (2.4, -3.2)
        CliResult r = CliResult.run("run", "--function", "sphere", "--lr", "0.1", "--start", "3,-4", "--steps", "2");
        List<String> lines = r.outLines();
        assertEquals(4, lines.size(), r.out());
        String[] row0 = lines.get(1).split(",");
        assertEquals("0", row0[0]);
        assertEquals(3.0, Double.parseDouble(row0[1]));
        assertEquals(-4.0, Double.parseDouble(row0[2]));
        assertEquals(25.0, Double.parseDouble(row0[3]));
        assertEquals(6.0, Double.parseDouble(row0[4]));
        assertEquals(-8.0, Double.parseDouble(row0[5]));
        assertEquals(0.1, Double.parseDouble(row0[6]));
        String[] row1 = lines.get(2).split(",");
        assertEquals(2.4, Double.parseDouble(row1[1]), 1e-15);
        assertEquals(-3.2, Double.parseDouble(row1[2]), 1e-15);
    }

    @Test
    void csvLearningRateColumnFollowsTheSchedule() {
        // step:2:0.5 halves α every 2 steps: α_0 = α_1 = 0.1, α_2 = α_3 = 0.05
        CliResult r = CliResult.run("run", "--function", "sphere", "--lr", "0.1", "--start", "1,1",
                "--schedule", "step:2:0.5", "--steps", "3");
        List<String> lines = r.outLines();
        assertEquals(0.1, Double.parseDouble(lines.get(2).split(",")[6]));
        assertEquals(0.05, Double.parseDouble(lines.get(3).split(",")[6]));
    }

    @Test
    void csvNumbersParseBackToTheSameDoubles() {
        CliResult r = CliResult.run("run", "--function", "rosenbrock", "--lr", "0.001", "--start", "-1.2,1", "--steps", "50");
        for (String line : r.outLines().subList(1, r.outLines().size())) {
            String[] cells = line.split(",");
            for (int c = 1; c < cells.length; c++) {
                double d = Double.parseDouble(cells[c]);
                assertEquals(cells[c], Double.toString(d));
            }
        }
    }

    @Test
    void divergingRunPrintsFiniteRowsThenOneLineOnStderrAndExitsZero() {
        // quadratic κ = 10: λmax = 10, so α = 0.25 > 2/λmax = 0.2 diverges (factor |1 − 2.5| = 1.5 per step)
        CliResult r = CliResult.run("run", "--function", "quadratic", "--lr", "0.25", "--start", "1,1", "--steps", "100000");
        assertEquals(0, r.status());
        assertEquals(1, r.errLines().size(), r.err());
        int rows = r.outLines().size() - 1;
        assertTrue(r.err().startsWith("Diverged at step " + rows + ": α = 0.250 is above the stability limit of "
                + "gradient descent, 2/λmax = 0.200"), r.err());
        for (String line : r.outLines().subList(1, r.outLines().size())) {
            for (String cell : line.split(",")) {
                assertTrue(Double.isFinite(Double.parseDouble(cell)), line);
            }
        }
    }

    @Test
    void everyCsvRunEndsWithItsSentenceOnStderr() {
        // sphere from (1, 1) with α = 0.1: |w_k| = √2·0.8^k, still far from |∇C| < 1e-8 after 5 steps
        CliResult r = CliResult.run("run", "--function", "sphere", "--lr", "0.1", "--start", "1,1", "--steps", "5");
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.err().startsWith("Still descending at the step limit (5 steps): "), r.err());
    }

    @Test
    void theSaddleDivergesBecauseTheCostIsUnboundedBelowNotBecauseOfTheCurvature() {
        // x² − y² with α = 0.05 < 2/λmax = 1: y grows by 1.1 per step and C = x² − y² falls without bound
        CliResult r = CliResult.run("run", "--function", "saddle", "--format", "json");
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.err(), "JSON carries the sentence; stderr stays empty");
        JsonNode o = json(r);
        assertEquals("diverged", o.get("status").asText());
        assertEquals("unbounded_below", o.get("reason").asText());
        String message = o.get("message").asText();
        assertTrue(message.startsWith("Diverged at step " + o.get("diverged_at").asInt() + ": the cost fell without bound"), message);
        assertFalse(message.contains("curvature grew"), message);
    }

    @Test
    void jsonAndCsvShowTheSameSentence() throws Exception {
        String[] words = {"run", "--function", "quadratic", "--lr", "0.18", "--steps", "100"};
        CliResult csv = CliResult.run(words);
        CliResult json = CliResult.run(java.util.stream.Stream.concat(java.util.Arrays.stream(words),
                java.util.stream.Stream.of("--format", "json")).toArray(String[]::new));
        JsonNode o = json(json);
        assertEquals(o.get("message").asText(), csv.err().strip());
        // α = 0.18 on κ = 10: errors shrink by 0.82 and 0.8 per step, C ≈ 1e-16 after 100 steps, far below
        // 1e-12 of C(w₀) = 30.1, while |∇C| is still about 1e-8: at the minimum, not "without converging"
        assertEquals("max_steps", o.get("status").asText());
        assertEquals("reached_minimum", o.get("reason").asText());
    }

    @Test
    void jsonHasTheDocumentedKeysAndStatus() throws Exception {
        CliResult r = CliResult.run("run", "--function", "sphere", "--lr", "0.1", "--start", "1,1", "--steps", "5", "--format", "json");
        assertEquals(0, r.status(), r.err());
        JsonNode o = new ObjectMapper().readTree(r.out());
        assertEquals("sphere", o.get("function").asText());
        assertEquals("gd", o.get("optimizer").asText());
        assertEquals("max_steps", o.get("status").asText());
        assertEquals("still_descending", o.get("reason").asText(), "five steps of α = 0.1 on x² + y²: C falls by 0.64 per step");
        assertTrue(o.get("message").asText().startsWith("Still descending at the step limit (5 steps)"));
        assertTrue(o.get("diverged_at").isNull());
        assertEquals(6, o.get("steps").size());
        JsonNode row = o.get("steps").get(1);
        for (String key : List.of("step", "x", "y", "cost", "grad_x", "grad_y", "lr")) {
            assertTrue(row.has(key), key);
        }
        assertEquals(0.8, row.get("x").asDouble(), 1e-15);
    }

    @Test
    void jsonOfADivergingRunSaysWhere() throws Exception {
        CliResult r = CliResult.run("run", "--function", "quadratic", "--lr", "0.25", "--start", "1,1", "--format", "json");
        JsonNode o = new ObjectMapper().readTree(r.out());
        assertEquals("diverged", o.get("status").asText());
        assertEquals("step_too_large", o.get("reason").asText());
        assertEquals(o.get("steps").size(), o.get("diverged_at").asInt());
    }

    @Test
    void jsonOfAConvergedRunSaysConverged() throws Exception {
        CliResult r = CliResult.run("run", "--function", "sphere", "--lr", "0.5", "--start", "1,1", "--format", "json");
        JsonNode o = new ObjectMapper().readTree(r.out());
        assertEquals("converged", o.get("status").asText());
        assertEquals("converged", o.get("reason").asText());
    }

    private static JsonNode json(CliResult r) {
        try {
            return new ObjectMapper().readTree(r.out());
        } catch (java.io.IOException e) {
            throw new AssertionError(r.out(), e);
        }
    }

    @Test
    void formulaRunMatchesTheBuiltInRun() {
        CliResult builtIn = CliResult.run("run", "--function", "rosenbrock", "--lr", "0.001", "--start", "-1.2,1", "--steps", "20");
        CliResult formula = CliResult.run("run", "--function", "(1-x)^2 + 100(y-x^2)^2", "--lr", "0.001", "--start", "-1.2,1", "--steps", "20");
        List<String> a = builtIn.outLines();
        List<String> b = formula.outLines();
        assertEquals(a.size(), b.size());
        for (int i = 1; i < a.size(); i++) {
            String[] ra = a.get(i).split(",");
            String[] rb = b.get(i).split(",");
            for (int c = 1; c < ra.length; c++) {
                double x = Double.parseDouble(ra[c]);
                assertEquals(x, Double.parseDouble(rb[c]), 1e-9 * Math.max(1, Math.abs(x)), a.get(i) + " vs " + b.get(i));
            }
        }
    }
}
