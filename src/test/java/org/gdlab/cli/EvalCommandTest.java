package org.gdlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvalCommandTest {

    private static JsonNode evalJson(String function, String at) throws Exception {
        CliResult r = CliResult.run("eval", "--function", function, "--at", at, "--format", "json");
        assertEquals(0, r.status(), r.err());
        return new ObjectMapper().readTree(r.out());
    }

    @Test
    void rosenbrockAtHalfHalfMatchesHandComputedValues() throws Exception {
        // C = (1-x)² + 100(y-x²)² at (0.5, 0.5): 0.25 + 100·0.0625 = 6.5
        // ∂C/∂x = -2(1-x) - 400x(y-x²) = -1 - 50 = -51;  ∂C/∂y = 200(y-x²) = 50
        // H = [[2 - 400(y-x²) + 800x², -400x], [-400x, 200]] = [[102, -200], [-200, 200]]
        JsonNode o = evalJson("rosenbrock", "0.5,0.5");
        assertEquals(6.5, o.get("value").asDouble(), 1e-12);
        assertEquals(-51, o.get("gradient").get(0).asDouble(), 1e-12);
        assertEquals(50, o.get("gradient").get(1).asDouble(), 1e-12);
        assertEquals(102, o.get("hessian").get(0).get(0).asDouble(), 1e-12);
        assertEquals(-200, o.get("hessian").get(0).get(1).asDouble(), 1e-12);
        assertEquals(-200, o.get("hessian").get(1).get(0).asDouble(), 1e-12);
        assertEquals(200, o.get("hessian").get(1).get(1).asDouble(), 1e-12);
        // eigenvalues of [[102,-200],[-200,200]]: 151 ± √(49² + 200²)
        double r = Math.sqrt(49 * 49 + 200 * 200);
        assertEquals(151 - r, o.get("eigenvalues").get(0).asDouble(), 1e-9);
        assertEquals(151 + r, o.get("eigenvalues").get(1).asDouble(), 1e-9);
        assertEquals("saddle", o.get("kind").asText());
        assertTrue(o.get("optimal_lr").isNull());
        assertEquals(2 / (151 + r), o.get("max_stable_lr").asDouble(), 1e-12);
    }

    @Test
    void jsonHasExactlyTheDocumentedKeys() throws Exception {
        JsonNode o = evalJson("sphere", "1,2");
        for (String key : List.of("value", "gradient", "hessian", "eigenvalues", "eigenvectors", "condition_number",
                "kind", "max_stable_lr", "optimal_lr")) {
            assertTrue(o.has(key), key);
        }
        assertEquals("minimum", o.get("kind").asText());
        assertEquals(1.0, o.get("max_stable_lr").asDouble(), 1e-12); // λ = 2 in both directions: 2/λmax = 1
        assertEquals(0.5, o.get("optimal_lr").asDouble(), 1e-12); // 2/(λmin+λmax) = 2/4
        assertEquals(1.0, o.get("condition_number").asDouble(), 1e-12);
    }

    @Test
    void quadraticParametersChangeTheCurvature() throws Exception {
        CliResult r = CliResult.run("eval", "--function", "quadratic", "--param", "kappa=100", "--param", "theta=30",
                "--at", "1,1", "--format", "json");
        JsonNode o = new ObjectMapper().readTree(r.out());
        assertEquals(1, o.get("eigenvalues").get(0).asDouble(), 1e-9);
        assertEquals(100, o.get("eigenvalues").get(1).asDouble(), 1e-9);
        assertEquals(0.02, o.get("max_stable_lr").asDouble(), 1e-12);
        assertEquals(100, o.get("condition_number").asDouble(), 1e-9);
    }

    @Test
    void formulaMatchesBuiltInRosenbrockAndPrintsDerivatives() throws Exception {
        JsonNode builtIn = evalJson("rosenbrock", "0.5,0.5");
        JsonNode formula = evalJson("(1-x)^2 + 100(y-x^2)^2", "0.5,0.5");
        for (String key : List.of("value", "gradient", "hessian", "eigenvalues", "max_stable_lr")) {
            assertEquals(builtIn.get(key).toString(), formula.get(key).toString(), key);
        }
        assertTrue(formula.get("d_dx").asText().contains("x"));
        assertTrue(formula.get("d_dy").asText().contains("y"));
    }

    @Test
    void textFormatNamesEveryQuantity() {
        CliResult r = CliResult.run("eval", "--function", "himmelblau", "--at", "3,2");
        assertEquals(0, r.status(), r.err());
        for (String word : List.of("value", "gradient", "hessian", "eigenvalues", "kind", "max stable lr")) {
            assertTrue(r.out().contains(word), word);
        }
    }

    @Test
    void undefinedPointOfAFormulaGivesNullsNotACrash() throws Exception {
        JsonNode o = evalJson("log(x)", "-1,0");
        assertTrue(o.get("value").isNull());
    }
}
