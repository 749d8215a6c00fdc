package org.gdlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** 'gdlab run' with the rules that choose their own step length: options, refusals, lr and the new endings. */
class StepLengthRulesCommandTest {

    private static CliResult refused(String... args) {
        return CliResult.refusedInOneLine(args);
    }

    @ParameterizedTest
    @ValueSource(strings = {"armijo", "wolfe", "exact", "polyak", "bb", "cg", "bfgs", "lbfgs"})
    void noiseSchedulesAndWarmUpAreRefusedWithExitTwo(String id) {
        assertEquals("gdlab run: --noise: " + id + " chooses its own step length from exact gradients, so the noise "
                + "σ must be 0, got 0.5", refused("run", "--function", "sphere", "--optimizer", id, "--noise", "0.5")
                        .errLines().get(0));
        assertEquals("gdlab run: --schedule: " + id + " chooses its own step length from exact gradients, so the "
                + "schedule must be constant, got exp:0.9", refused("run", "--function", "sphere", "--optimizer", id,
                        "--schedule", "exp:0.9").errLines().get(0));
        assertEquals("gdlab run: --warmup: " + id + " chooses its own step length from exact gradients, so it takes "
                + "no warm-up, got 5", refused("run", "--function", "sphere", "--optimizer", id, "--warmup", "5")
                        .errLines().get(0));
    }

    @Test
    void theOptionsAreNamedAsTheIssueSays() {
        CliResult r = CliResult.run("run", "--help");
        for (String option : List.of("--shrink", "--c1", "--c2", "--cstar", "--bb", "--beta", "--memory",
                "--line-search")) {
            assertTrue(r.out().contains(option + "="), option + " in " + r.out());
        }
        String help = r.out().replaceAll("\\s+", " ");
        assertTrue(help.contains("armijo, wolfe, exact, polyak, bb, cg, bfgs, lbfgs"), help);
        assertTrue(help.contains("line search of cg, bfgs, lbfgs (default wolfe, in wolfe, exact)"), help);
    }

    @Test
    void cgWithExactLineSearchAndPolakRibiereReachesTheQuadraticsMinimumInTwoSteps() {
        // any 2-D quadratic: two conjugate steps, and |∇C| falls below the tolerance 1e-8 at step 2
        CliResult r = CliResult.run("run", "--function", "quadratic", "--optimizer", "cg", "--beta", "pr",
                "--line-search", "exact", "--format", "json");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("\"status\" : \"converged\""), r.out());
        assertTrue(r.out().contains("\"message\" : \"Converged at step 2:"), r.out());
    }

    @Test
    void armijoFromAFirstTrialOf1e40FindsNoStepAndStops() {
        // 60 halvings leave t ≈ 8.7e21: C(w − t·g) is far above C(w) on the quadratic
        CliResult r = CliResult.run("run", "--function", "quadratic", "--optimizer", "armijo", "--lr", "1e40",
                "--format", "json");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("\"status\" : \"stopped\""), r.out());
        assertTrue(r.out().contains("\"reason\" : \"line_search_failed\""), r.out());
        assertTrue(r.out().contains("\"message\" : \"Stopped at step 0: armijo's line search found no step length"),
                r.out());
    }

    @Test
    void aCstarAboveTheStartsCostStopsPolyakAtOnce() {
        CliResult r = CliResult.run("run", "--function", "sphere", "--optimizer", "polyak", "--cstar", "1e6",
                "--format", "json");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("\"reason\" : \"below_cstar\""), r.out());
    }

    @Test
    void polyakOnAFormulaNeedsCstar() {
        assertEquals("gdlab run: --optimizer: polyak needs C*, the minimum value of the cost, and this surface has no "
                + "known minimum: give C* (--cstar, or the C* field)",
                refused("run", "--function", "x^2 + 3*y^2", "--optimizer", "polyak").errLines().get(0));
        // C = x² + 3y² from (1, 1) with C* = 0: g = (2, 6), t₀ = 4/40 = 0.1
        CliResult r = CliResult.run("run", "--function", "x^2 + 3*y^2", "--optimizer", "polyak", "--cstar", "0",
                "--start", "1,1", "--steps", "1");
        assertEquals(0, r.status(), r.err());
        assertEquals(0.1, Double.parseDouble(r.outLines().get(1).split(",")[6]), 1e-15);
    }

    @Test
    void theLrColumnIsTheAcceptedStepLength() {
        // armijo on the sphere x² + y² from (3, 4): t = 1 is rejected, t = 0.5 lands on 0
        CliResult r = CliResult.run("run", "--function", "sphere", "--optimizer", "armijo", "--start", "3,4");
        assertEquals(0, r.status(), r.err());
        assertEquals("0.5", r.outLines().get(1).split(",")[6]);
    }
}
