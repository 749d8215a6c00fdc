package org.gdlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The hyperparameter options of 'gdlab run' come from the optimizers' declarations. */
class HyperparameterOptionsTest {

    private static CliResult refused(String... args) {
        CliResult r = CliResult.run(args);
        assertEquals(2, r.status(), r.out() + r.err());
        assertEquals("", r.out());
        assertEquals(1, r.errLines().size(), r.err());
        return r;
    }

    @Test
    void anOutOfRangeValueIsRefusedWithTheDeclarationsWords() {
        CliResult r = refused("run", "--function", "sphere", "--optimizer", "adam", "--beta1", "1");
        assertEquals("gdlab run: --beta1: β1 must be in [0, 1), got 1", r.errLines().get(0));
    }

    @Test
    void notANumberIsRefusedInPlainWords() {
        CliResult r = refused("run", "--function", "sphere", "--optimizer", "momentum", "--momentum", "NaN");
        assertEquals("gdlab run: --momentum: μ must be a number, got 'NaN'", r.errLines().get(0));
        r = refused("run", "--function", "sphere", "--optimizer", "adam", "--eps", "tiny");
        assertEquals("gdlab run: --eps: ε must be a number, got 'tiny'", r.errLines().get(0));
    }

    @Test
    void aSettingTheOptimizerDoesNotHaveIsRefused() {
        CliResult r = refused("run", "--function", "sphere", "--beta1", "0.5");
        assertEquals("gdlab run: gd has no setting beta1; its settings are: (none)", r.errLines().get(0));
        r = refused("run", "--function", "sphere", "--optimizer", "adam", "--momentum", "0.5");
        assertEquals("gdlab run: adam has no setting momentum; its settings are: beta1, beta2, eps", r.errLines().get(0));
    }

    @Test
    void aValidValueChangesTheRun() {
        // momentum on C = x² + y² (∇C = 2w) from (1, 0), α = 0.1: b₁ = 2, w₁ = 0.8; b₂ = μ·2 + 1.6, w₂ = 0.8 − 0.1·b₂
        CliResult r = CliResult.run("run", "--function", "sphere", "--optimizer", "momentum", "--momentum", "0.5",
                "--lr", "0.1", "--start", "1,0", "--steps", "2");
        assertEquals(0, r.status(), r.err());
        assertEquals(0.8 - 0.1 * (0.5 * 2 + 1.6), Double.parseDouble(r.outLines().get(3).split(",")[1]), 1e-15);
    }

    @Test
    void theHelpListsEveryDeclaredOptionWithItsOptimizersAndDefaults() {
        CliResult r = CliResult.run("run", "--help");
        assertEquals(0, r.status());
        for (String option : new String[] {"--momentum", "--beta1", "--beta2", "--eps", "--alpha", "--damping"}) {
            assertTrue(r.out().contains(option), option + " in " + r.out());
        }
        String help = r.out().replaceAll("\\s+", " ");
        assertTrue(help.contains("ε of adagrad (default 1e-10, in [0, ∞)); rmsprop, adam (default 1e-8, in [0, ∞))"), help);
        assertTrue(help.contains("δ = max(0, D − λmin)"), help);
        assertTrue(help.indexOf("--lr=A learning") < help.indexOf("--momentum=μ μ of")
                && help.indexOf("--damping=D D of") < help.indexOf("--clip=C clip"),
                "the optimizer's settings follow --lr: " + help);
    }
}
