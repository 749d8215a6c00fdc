package org.gdlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gdlab.core.data.BuiltinDatasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataCommandTest {

    @Test
    void datasetsListsEveryBuiltinWithItsSourceAndLicence() {
        CliResult r = CliResult.run("datasets");
        assertEquals(0, r.status(), r.err());
        for (String id : BuiltinDatasets.ids()) {
            assertTrue(r.outLines().stream().anyMatch(l -> l.startsWith(id + " ")), id);
        }
        assertEquals(2 * BuiltinDatasets.ids().size(), r.outLines().size());
        assertTrue(r.out().contains("licence: public domain"));
    }

    @Test
    void runOnDataNamesTheColumnsAfterTheParameters() {
        CliResult r = CliResult.run("run", "--data", "builtin:cars", "--model", "linear", "--steps", "2");
        assertEquals(0, r.status(), r.err());
        assertEquals("step,w,b,loss,grad_w,grad_b,lr", r.outLines().get(0));
        CliResult two = CliResult.run("run", "--data", "builtin:scales", "--model", "linear2", "--steps", "2");
        assertEquals("step,w1,w2,loss,grad_w1,grad_w2,lr", two.outLines().get(0));
    }

    /** cars at (0, 0): J = (1/2N)Σy², ∇J = (−mean(x·y), −mean(y)); sums of Ezekiel's 50 cars: Σy = 2149, Σxy = 38482, Σy² = 124903. */
    @Test
    void rowZeroOnCarsIsTheHandSummedCost() {
        CliResult r = CliResult.run("run", "--data", "builtin:cars", "--start", "0,0", "--steps", "1", "--lr", "0.001");
        String[] row0 = r.outLines().get(1).split(",");
        assertEquals(124903.0 / 100, Double.parseDouble(row0[3]), 1e-9);
        assertEquals(-38482.0 / 50, Double.parseDouble(row0[4]), 1e-9);
        assertEquals(-2149.0 / 50, Double.parseDouble(row0[5]), 1e-12);
        String[] row1 = r.outLines().get(2).split(",");
        assertEquals(0.001 * 38482.0 / 50, Double.parseDouble(row1[1]), 1e-12);
    }

    /** The sentence on data names the cost J (as the CSV's loss column is J): |∇J| and J, never a lone C. */
    @Test
    void theSentenceOnDataSaysJInStderrAndJson() throws Exception {
        String[] words = {"run", "--data", "builtin:cars", "--model", "linear", "--standardize", "--lr", "0.5", "--steps", "5000"};
        CliResult csv = CliResult.run(words);
        assertEquals(0, csv.status(), csv.err());
        String line = csv.err().strip();
        assertTrue(line.startsWith("Converged at step ") && line.contains(": |∇J| = ") && line.contains(", J = "), line);
        assertTrue(!java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}_])C(?![\\p{L}\\p{N}_])").matcher(line).find(), line);
        CliResult json = CliResult.run(java.util.stream.Stream.concat(java.util.Arrays.stream(words),
                java.util.stream.Stream.of("--format", "json")).toArray(String[]::new));
        JsonNode o = new ObjectMapper().readTree(json.out());
        assertEquals(line, o.get("message").asText());
        CliResult surface = CliResult.run("run", "--function", "quadratic", "--lr", "0.18", "--steps", "1000");
        assertTrue(surface.err().contains("|∇C| = "), "surfaces keep C: " + surface.err());
    }

    @Test
    void batchAddsBatchLossEpochAndBatchCountedFromOne() {
        // N = 50, B = 20: epochs of 3 steps (20, 20, 10)
        CliResult r = CliResult.run("run", "--data", "builtin:cars", "--batch", "20", "--steps", "4", "--lr", "0.001");
        assertEquals(0, r.status(), r.err());
        List<String> lines = r.outLines();
        assertEquals("step,w,b,loss,grad_w,grad_b,lr,batch_loss,epoch,batch", lines.get(0));
        String[] expected = {"1,1", "1,2", "1,3", "2,1", "2,2"};
        for (int k = 0; k < 5; k++) {
            String[] cells = lines.get(k + 1).split(",");
            assertEquals(expected[k], cells[8] + "," + cells[9], "row " + k);
        }
    }

    @Test
    void functionAndDataAreMutuallyExclusive() {
        CliResult r = CliResult.run("run", "--function", "sphere", "--data", "builtin:cars");
        assertEquals(2, r.status());
        assertEquals("gdlab run: --function and --data are mutually exclusive: give one of them", r.err().strip());
        assertEquals(2, CliResult.run("run").status());
    }

    @Test
    void noiseAndParamWithDataExitTwo() {
        assertEquals(2, CliResult.run("run", "--data", "builtin:cars", "--noise", "0.5").status());
        assertEquals(2, CliResult.run("run", "--data", "builtin:cars", "--param", "kappa=3").status());
        assertEquals(2, CliResult.run("eval", "--data", "builtin:cars", "--param", "kappa=3", "--at", "0,0").status());
    }

    @Test
    void evalReportsTheOptimumOrTheReason() throws Exception {
        JsonNode o = json("eval", "--data", "builtin:line", "--at", "0,0", "--format", "json");
        assertEquals(2.0, o.get("optimum").get(0).asDouble(), 1e-12);
        assertEquals(1.0, o.get("optimum").get(1).asDouble(), 1e-11);
        assertTrue(o.get("optimum_reason").isNull());
        JsonNode s = json("eval", "--data", "builtin:separable", "--at", "0,0", "--format", "json");
        assertTrue(s.get("optimum").isNull());
        assertEquals("separable", s.get("optimum_reason").asText());
        JsonNode l2 = json("eval", "--data", "builtin:separable", "--l2", "0.1", "--at", "0,0", "--format", "json");
        assertTrue(l2.get("optimum").isArray());
    }

    /** Standardized cars: w_original = w'/std(x), b_original = b' − w'·mean/std must equal the unscaled fit. */
    @Test
    void standardizedEvalAddsTheOptimumInTheDataUnits() throws Exception {
        JsonNode o = json("eval", "--data", "builtin:cars", "--standardize", "--at", "0,0", "--format", "json");
        // standardized: b* = mean(y) = 42.98
        assertEquals(42.98, o.get("optimum").get(1).asDouble(), 1e-12);
        // the normal equations from the sums of the 50 cars: Σx = 770, Σx² = 13228, Σy = 2149, Σxy = 38482
        double w = (50.0 * 38482 - 770.0 * 2149) / (50.0 * 13228 - 770.0 * 770);
        double b = (2149 - w * 770) / 50;
        assertEquals(w, o.get("optimum_original").get(0).asDouble(), 1e-12);
        assertEquals(b, o.get("optimum_original").get(1).asDouble(), 1e-11);
        JsonNode plain = json("eval", "--data", "builtin:cars", "--at", "0,0", "--format", "json");
        assertTrue(plain.get("optimum_original") == null);
    }

    @Test
    void csvFileColumnsAndErrorsWithLineNumbers(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("d.csv");
        Files.writeString(f, "label,height,weight\na,1.5,50\nb,1.8,80\nc,1.7,x\n");
        CliResult bad = CliResult.run("run", "--data", f.toString(), "--x", "height", "--y", "weight");
        assertEquals(2, bad.status());
        assertEquals("gdlab run: --data: line 4: column 'weight' holds 'x', not a number", bad.err().strip());
        Files.writeString(f, "label,height,weight\na,1.5,50\nb,1.8,80\nc,1.7,66\n");
        CliResult ok = CliResult.run("eval", "--data", f.toString(), "--x", "2", "--y", "3", "--at", "0,0");
        assertEquals(0, ok.status(), ok.err());
        CliResult half = CliResult.run("run", "--data", f.toString(), "--x", "height");
        assertEquals(2, half.status());
    }

    @Test
    void constantFeatureIsRefusedByNameUnderStandardize(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("c.csv");
        Files.writeString(f, "speed,dist\n4,2\n4,10\n");
        CliResult r = CliResult.run("eval", "--data", f.toString(), "--standardize", "--at", "0,0");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("feature 'speed' is constant"), r.err());
    }

    @Test
    void logisticRefusesLabelsOtherThanZeroAndOne() {
        CliResult r = CliResult.run("eval", "--data", "builtin:cars", "--model", "logistic", "--at", "0,0");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("labels 0 or 1"), r.err());
    }

    private static JsonNode json(String... args) throws Exception {
        CliResult r = CliResult.run(args);
        assertEquals(0, r.status(), r.err());
        return new ObjectMapper().readTree(r.out());
    }
}
