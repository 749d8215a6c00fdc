package org.gdlab.core.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gdlab.core.surface.builtin.Quadratic;
import org.junit.jupiter.api.Test;

class SurfaceCatalogTest {

    private static final List<String> ISSUE_ORDER = List.of("sphere", "quadratic", "rosenbrock", "banana",
            "himmelblau", "beale", "booth", "matyas", "three-hump-camel", "six-hump-camel", "goldstein-price",
            "mccormick", "rastrigin", "ackley", "styblinski-tang", "saddle", "monkey-saddle", "cliff", "valley");

    @Test
    void listsEveryBuiltInIdInTheIssueTableOrder() {
        assertEquals(ISSUE_ORDER, SurfaceCatalog.ids());
    }

    @Test
    void createsEachIdWithADescriptionOfThatId() {
        for (String id : SurfaceCatalog.ids()) {
            assertTrue(SurfaceCatalog.has(id));
            SurfaceDescription d = SurfaceCatalog.create(id).description();
            assertEquals(id, d.id());
            assertFalse(d.name().isBlank(), id);
            assertFalse(d.formula().isBlank(), id);
            assertFalse(d.notes().isBlank(), id);
            assertTrue(d.suggestedLearningRate() > 0, id);
            assertTrue(d.view().contains(d.suggestedStart().x(), d.suggestedStart().y()), id + " start in view");
        }
    }

    @Test
    void hasRejectsUnknownAndNullIds() {
        assertFalse(SurfaceCatalog.has("sphre"));
        assertFalse(SurfaceCatalog.has("Sphere"));
        assertFalse(SurfaceCatalog.has(null));
    }

    @Test
    void theChoosersNameOfASurfaceWithParametersCarriesNoValuesThatCouldBeStale() {
        // the chooser shows this name while a lesson has κ = 25: "κ = 10" in it would be false
        assertEquals("Ill-conditioned quadratic", SurfaceCatalog.displayName("quadratic"));
        assertEquals("Rosenbrock", SurfaceCatalog.displayName("rosenbrock"));
    }

    @Test
    void onlyQuadraticHasParameters() {
        for (String id : SurfaceCatalog.ids()) {
            assertEquals(id.equals("quadratic") ? List.of(Quadratic.KAPPA, Quadratic.THETA) : List.of(),
                    SurfaceCatalog.parameters(id), id);
        }
        assertEquals(new ParameterSpec("kappa", 10, 1, 1e6, Quadratic.KAPPA.description()), Quadratic.KAPPA);
        assertEquals(0, Quadratic.THETA.defaultValue());
        assertEquals(-360, Quadratic.THETA.min());
        assertEquals(360, Quadratic.THETA.max());
    }

    @Test
    void quadraticTakesGivenParametersAndDefaultsTheRest() {
        Quadratic q = (Quadratic) SurfaceCatalog.create("quadratic", Map.of("kappa", 100.0));
        assertEquals(100, q.kappa());
        assertEquals(0, q.thetaDegrees());
        Quadratic d = (Quadratic) SurfaceCatalog.create("quadratic");
        assertEquals(10, d.kappa());
        Quadratic both = (Quadratic) SurfaceCatalog.create("quadratic", Map.of("kappa", 1e6, "theta", -360.0));
        assertEquals(1e6, both.kappa());
        assertEquals(-360, both.thetaDegrees());
        assertEquals(10, ((Quadratic) SurfaceCatalog.create("quadratic", null)).kappa());
    }

    @Test
    void unknownIdSuggestsTheNearestAndListsAll() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SurfaceCatalog.create("sphre"));
        assertTrue(e.getMessage().startsWith("unknown function 'sphre' (did you mean 'sphere'?); valid: sphere, "
                + "quadratic, rosenbrock"), e.getMessage());
        assertTrue(e.getMessage().endsWith("cliff, valley"), e.getMessage());
        assertTrue(message(() -> SurfaceCatalog.create("Rosenbrock")).contains("did you mean 'rosenbrock'?"));
        assertTrue(message(() -> SurfaceCatalog.create("six-hump")).contains("did you mean 'six-hump-camel'?"));
        assertTrue(message(() -> SurfaceCatalog.create("golstein-price")).contains("did you mean 'goldstein-price'?"));
    }

    @Test
    void unrelatedIdGetsNoSuggestionButTheList() {
        String m = message(() -> SurfaceCatalog.create("zzzzzzzzzz"));
        assertFalse(m.contains("did you mean"), m);
        assertTrue(m.startsWith("unknown function 'zzzzzzzzzz'; valid: sphere, quadratic"), m);
        assertTrue(message(() -> SurfaceCatalog.parameters("nope")).startsWith("unknown function 'nope'"));
        assertTrue(message(() -> SurfaceCatalog.create(null)).startsWith("unknown function 'null'"));
    }

    @Test
    void unknownParameterOfQuadraticSuggestsAndListsValidNames() {
        String m = message(() -> SurfaceCatalog.create("quadratic", Map.of("kapa", 5.0)));
        assertEquals("unknown parameter 'kapa' for function 'quadratic' (did you mean 'kappa'?); valid: kappa, theta",
                m);
    }

    @Test
    void parametersForASurfaceWithoutParametersAreRejected() {
        String m = message(() -> SurfaceCatalog.create("sphere", Map.of("kappa", 5.0)));
        assertEquals("function 'sphere' takes no parameters, got 'kappa' (only 'quadratic' has parameters: "
                + "kappa, theta)", m);
    }

    @Test
    void outOfRangeOrMissingValuesAreRejectedWithTheRange() {
        assertEquals("parameter kappa of 'quadratic' must be in [1, 1000000], got 0.5",
                message(() -> SurfaceCatalog.create("quadratic", Map.of("kappa", 0.5))));
        assertEquals("parameter kappa of 'quadratic' must be in [1, 1000000], got 1000001.0",
                message(() -> SurfaceCatalog.create("quadratic", Map.of("kappa", 1e6 + 1))));
        assertEquals("parameter theta of 'quadratic' must be in [-360, 360], got 360.5",
                message(() -> SurfaceCatalog.create("quadratic", Map.of("theta", 360.5))));
        assertEquals("parameter kappa of 'quadratic' must be in [1, 1000000], got NaN",
                message(() -> SurfaceCatalog.create("quadratic", Map.of("kappa", Double.NaN))));
        Map<String, Double> withNull = new HashMap<>();
        withNull.put("theta", null);
        assertEquals("parameter theta of 'quadratic' must be in [-360, 360], got null",
                message(() -> SurfaceCatalog.create("quadratic", withNull)));
        assertThrows(IllegalArgumentException.class, () -> new Quadratic(Double.POSITIVE_INFINITY, 0));
    }

    @Test
    void messagesAreOneLine() {
        for (String m : List.of(message(() -> SurfaceCatalog.create("x")),
                message(() -> SurfaceCatalog.create("quadratic", Map.of("k", 1.0))),
                message(() -> SurfaceCatalog.create("booth", Map.of("kappa", 1.0))))) {
            assertFalse(m.contains("\n"), m);
        }
    }

    private static String message(org.junit.jupiter.api.function.Executable call) {
        return assertThrows(IllegalArgumentException.class, call).getMessage();
    }
}
