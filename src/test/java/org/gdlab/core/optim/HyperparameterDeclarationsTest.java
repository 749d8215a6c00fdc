package org.gdlab.core.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gdlab.core.optim.Hyperparameter.Range;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every optimizer declares its own hyperparameters; the declarations check values in plain words. */
class HyperparameterDeclarationsTest {

    @ParameterizedTest
    @EnumSource(OptimizerKind.class)
    void everyDeclaredDefaultLiesInsideItsRangeAndSlider(OptimizerKind k) {
        for (Hyperparameter h : k.hyperparameters()) {
            assertEquals(Optional.empty(), h.problem(h.defaultValue()), k.id() + " " + h.name());
            assertTrue(h.range().contains(h.slider().min()) && h.range().contains(h.slider().max()),
                    k.id() + " " + h.name() + ": the slider stays inside the range");
            assertTrue(h.optional() || h.defaultValue() >= h.slider().min() && h.defaultValue() <= h.slider().max(),
                    k.id() + " " + h.name() + ": the default is on the slider");
            assertTrue(!h.meaning().isBlank() && h.meaning().endsWith("."), k.id() + " " + h.name());
        }
    }

    @Test
    void theNamesAreTheCommandLineAndFileContract() {
        Map<OptimizerKind, List<String>> expected = Map.ofEntries(
                Map.entry(OptimizerKind.GD, List.of()),
                Map.entry(OptimizerKind.MOMENTUM, List.of("momentum")),
                Map.entry(OptimizerKind.NESTEROV, List.of("momentum")),
                Map.entry(OptimizerKind.ADAGRAD, List.of("eps")),
                Map.entry(OptimizerKind.RMSPROP, List.of("alpha", "eps")),
                Map.entry(OptimizerKind.ADAM, List.of("beta1", "beta2", "eps")),
                Map.entry(OptimizerKind.NORMALIZED, List.of()),
                Map.entry(OptimizerKind.NEWTON, List.of("damping")),
                Map.entry(OptimizerKind.ARMIJO, List.of("shrink", "c1")),
                Map.entry(OptimizerKind.WOLFE, List.of("c1", "c2")),
                Map.entry(OptimizerKind.EXACT, List.of()),
                Map.entry(OptimizerKind.POLYAK, List.of("cstar")),
                Map.entry(OptimizerKind.BB, List.of("bb")),
                Map.entry(OptimizerKind.CG, List.of("beta", "line_search", "c1", "c2")),
                Map.entry(OptimizerKind.BFGS, List.of("line_search", "c1", "c2")),
                Map.entry(OptimizerKind.LBFGS, List.of("memory", "line_search", "c1", "c2")));
        for (OptimizerKind k : OptimizerKind.values()) {
            assertEquals(expected.get(k), k.hyperparameters().stream().map(Hyperparameter::name).toList(), k.id());
        }
    }

    @Test
    void defaultsFollowPyTorchAndTheUsualChoices() {
        assertEquals(Map.of("momentum", 0.9), Hyperparameters.defaults(OptimizerKind.NESTEROV).values());
        assertEquals(Map.of("eps", 1e-10), Hyperparameters.defaults(OptimizerKind.ADAGRAD).values());
        assertEquals(Map.of("alpha", 0.99, "eps", 1e-8), Hyperparameters.defaults(OptimizerKind.RMSPROP).values());
        assertEquals(Map.of("beta1", 0.9, "beta2", 0.999, "eps", 1e-8), Hyperparameters.defaults(OptimizerKind.ADAM).values());
        assertEquals(Map.of("damping", 1e-3), Hyperparameters.defaults(OptimizerKind.NEWTON).values());
        assertEquals(Map.of(), Hyperparameters.defaults(OptimizerKind.GD).values());
    }

    @Test
    void halfOpenUnitIntervalAcceptsZeroAndRefusesOneNanAndInfinity() {
        Hyperparameter beta1 = OptimizerKind.ADAM.hyperparameter("beta1").orElseThrow();
        assertEquals(Optional.empty(), beta1.problem(0));
        assertEquals(Optional.empty(), beta1.problem(Math.nextDown(1.0)));
        for (double bad : new double[] {1, -Double.MIN_VALUE, Double.NaN, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY}) {
            assertEquals(Optional.of("β1 must be in [0, 1)"), beta1.problem(bad), "β1 = " + bad);
        }
    }

    @Test
    void momentumIsBelowOne() {
        Hyperparameter mu = OptimizerKind.MOMENTUM.hyperparameter("momentum").orElseThrow();
        assertEquals(Optional.of("μ must be in [0, 1)"), mu.problem(1));
        assertEquals(Optional.empty(), mu.problem(0.99));
    }

    @Test
    void closedUnitIntervalAcceptsBothEnds() {
        Hyperparameter rho = OptimizerKind.RMSPROP.hyperparameter("alpha").orElseThrow();
        assertEquals(Optional.empty(), rho.problem(0));
        assertEquals(Optional.empty(), rho.problem(1));
        assertEquals(Optional.of("ρ must be in [0, 1]"), rho.problem(Math.nextUp(1.0)));
        assertEquals(Optional.of("ρ must be in [0, 1]"), rho.problem(Double.NaN));
    }

    @Test
    void unboundedAboveRefusesInfinityAndNegatives() {
        Hyperparameter eps = OptimizerKind.ADAM.hyperparameter("eps").orElseThrow();
        assertEquals(Optional.empty(), eps.problem(0));
        assertEquals(Optional.empty(), eps.problem(Double.MAX_VALUE));
        assertEquals(Optional.of("ε must be in [0, ∞)"), eps.problem(Double.POSITIVE_INFINITY));
        assertEquals(Optional.of("ε must be in [0, ∞)"), eps.problem(-1e-300));
        assertEquals(Optional.of("D must be in [0, ∞)"),
                OptimizerKind.NEWTON.hyperparameter("damping").orElseThrow().problem(Double.NaN));
    }

    @Test
    void rangesAreWrittenWithTheirOpenEnds() {
        assertEquals("[0, 1)", Range.closedOpen(0, 1).toString());
        assertEquals("[0, 1]", Range.closed(0, 1).toString());
        assertEquals("[0.5, ∞)", Range.atLeast(0.5).toString());
        assertEquals("(−∞, 1e-8]", new Range(Double.NEGATIVE_INFINITY, false, 1e-8, false).toString());
        assertEquals("[0, 1)", OptimizerKind.ADAM.hyperparameter("beta2").orElseThrow().rangeText());
    }

    @Test
    void integerAndChoiceDeclarationsCheckWholeNumbersAndNames() {
        Hyperparameter n = Hyperparameter.integer("history", "m", "How many pairs to keep.", Range.closed(1, 20), 5);
        assertEquals(Optional.empty(), n.problem(20));
        assertEquals(Optional.of("m must be a whole number in [1, 20]"), n.problem(2.5));
        assertEquals(Optional.of("m must be a whole number in [1, 20]"), n.problem(21));
        Hyperparameter c = Hyperparameter.choice("search", "search", "How to shorten a step.", List.of("armijo", "wolfe"), 0);
        assertEquals(1.0, c.parse("Wolfe"));
        assertEquals("wolfe", c.format(1));
        assertEquals(Optional.of("search must be one of armijo, wolfe"), c.problem(2));
        assertEquals("search must be one of armijo, wolfe, got 'exact'",
                assertThrows(IllegalArgumentException.class, () -> c.parse("exact")).getMessage());
    }

    @Test
    void aDefaultOutsideItsRangeIsRefusedWhenDeclared() {
        assertThrows(IllegalArgumentException.class, () -> Hyperparameter.real("beta", "β", "Too big.",
                Range.closedOpen(0, 1), 1, new Hyperparameter.Slider(Hyperparameter.Scale.LINEAR, 0, 0.9)));
    }

    @Test
    void withRefusesAnOutOfRangeValueInTheDeclarationsWords() {
        Hyperparameters h = Hyperparameters.defaults(OptimizerKind.ADAM);
        assertEquals("β1 must be in [0, 1)",
                assertThrows(IllegalArgumentException.class, () -> h.with("beta1", 1)).getMessage());
        assertEquals(h, h.with("beta1", 0.5).with("beta1", 0.9));
        assertEquals(0.5, h.with("beta1", 0.5).get("beta1"));
        assertEquals(0.9, h.get("beta1"), "immutable");
    }

    @Test
    void aNameTheOptimizerDoesNotDeclareIsRefusedNamingTheValidOnes() {
        assertEquals("gd has no setting beta1; its settings are: (none)", assertThrows(IllegalArgumentException.class,
                () -> Hyperparameters.defaults(OptimizerKind.GD).with("beta1", 0.5)).getMessage());
        assertEquals("adam has no setting momentum; its settings are: beta1, beta2, eps",
                assertThrows(IllegalArgumentException.class,
                        () -> Hyperparameters.defaults(OptimizerKind.ADAM).get("momentum")).getMessage());
    }

    @Test
    void equalityNeedsTheSameOptimizerAndValues() {
        assertEquals(Hyperparameters.defaults(OptimizerKind.ADAM), Hyperparameters.defaults(OptimizerKind.ADAM));
        assertEquals(Hyperparameters.defaults(OptimizerKind.ADAM).hashCode(),
                Hyperparameters.defaults(OptimizerKind.ADAM).hashCode());
        assertNotEquals(Hyperparameters.defaults(OptimizerKind.MOMENTUM), Hyperparameters.defaults(OptimizerKind.NESTEROV));
        assertEquals("adam(beta1=0.9, beta2=0.999, eps=1e-8)", Hyperparameters.defaults(OptimizerKind.ADAM).toString());
    }

    @Test
    void carryingToAnotherOptimizerKeepsTheSharedNames() {
        Hyperparameters adam = Hyperparameters.defaults(OptimizerKind.ADAM).with("eps", 1e-6);
        assertEquals(Map.of("alpha", 0.99, "eps", 1e-6), adam.carriedTo(OptimizerKind.RMSPROP).values());
        assertEquals(Map.of("momentum", 0.5), Hyperparameters.defaults(OptimizerKind.MOMENTUM).with("momentum", 0.5)
                .carriedTo(OptimizerKind.NESTEROV).values());
        assertEquals(Hyperparameters.defaults(OptimizerKind.GD), adam.carriedTo(OptimizerKind.GD));
    }

    @Test
    void aDefaultIsNotCarriedAsAChoice() {
        // wolfe's default c2 = 0.9 is valid for cg, but cg's own default (0.1) must win unless c2 was changed.
        Hyperparameters wolfe = Hyperparameters.defaults(OptimizerKind.WOLFE);
        assertEquals(Hyperparameters.defaults(OptimizerKind.CG), wolfe.carriedTo(OptimizerKind.CG));
        Hyperparameters chosen = wolfe.with("c2", 0.3);
        assertEquals(0.3, chosen.carriedTo(OptimizerKind.CG).values().get("c2"));
    }

    @Test
    void ofTakesSomeValuesByName() {
        assertEquals(Hyperparameters.defaults(OptimizerKind.ADAM).with("beta2", 0.99),
                Hyperparameters.of(OptimizerKind.ADAM, Map.of("beta2", 0.99)));
    }

    @Test
    void theLabelShowsMomentumOnly() {
        Set<String> labelled = new java.util.TreeSet<>();
        for (OptimizerKind k : OptimizerKind.values()) {
            k.hyperparameters().stream().filter(Hyperparameter::inLabel).forEach(h -> labelled.add(k.id() + "." + h.name()));
        }
        assertEquals(Set.of("momentum.momentum", "nesterov.momentum"), labelled);
    }

    @Test
    void theDampingMeaningStatesTheShiftAsComputed() {
        assertTrue(OptimizerKind.NEWTON.hyperparameter("damping").orElseThrow().meaning()
                .contains("δ = max(0, D − λmin)"));
    }
}
