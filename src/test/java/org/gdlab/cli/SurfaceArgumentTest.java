package org.gdlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.gdlab.core.surface.SurfaceCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How {@code --function} is read: exactly a built-in id, or else a formula; a near miss of an id that is
 * no formula gets "did you mean"; every refusal is one line of at most 300 characters, and a formula's
 * error adds an excerpt and a caret line of at most 60 characters.
 */
class SurfaceArgumentTest {

    private static final int MAX_LINE = 300;
    private static final int MAX_EXCERPT = 60;

    private static double valueAt(String function, String at) throws Exception {
        CliResult r = CliResult.run("eval", "--function", function, "--at", at, "--format", "json");
        assertEquals(0, r.status(), r.err());
        JsonNode o = new ObjectMapper().readTree(r.out());
        return o.get("value").asDouble();
    }

    @ParameterizedTest(name = "{0} at (1, 1) = {1}")
    @CsvSource(delimiter = '|', value = {
        "x-y | 0",
        "x - y | 0",
        "x-1 | 0",
        "pi-x | 2.141592653589793",
        "e-x | 1.718281828459045",
        "y-x-2 | -2",
    })
    void aHyphenatedFormulaIsAFormula(String formula, double expected) throws Exception {
        // π − 1 and e − 1 are one rounding each from the printed decimals
        assertEquals(expected, valueAt(formula, "1,1"), 1e-15);
    }

    @Test
    void exactlyAnIdIsThatBuiltIn() throws Exception {
        double builtIn = SurfaceCatalog.create("three-hump-camel").value(0.5, -0.25);
        assertEquals(builtIn, valueAt("three-hump-camel", "0.5,-0.25"), 0);
        assertEquals(SurfaceCatalog.create("rosenbrock").value(0.5, 0.5), valueAt(" rosenbrock ", "0.5,0.5"), 0);
    }

    @Test
    void anUnknownNameIsAnUnknownVariableOfAFormula() {
        List<String> err = refused("z");
        assertEquals(List.of("gdlab eval: bad formula: unknown variable 'z' (only x and y)", "  z", "  ^"), err);
    }

    @Test
    void codeIsAFormulaWithNamesThatDoNotExist() {
        List<String> err = refused("System.exit(1)");
        assertTrue(err.get(0).contains("unknown name 'System'"), err.get(0));
        assertTrue(err.get(0).contains("only x, y, pi, e and the functions sin, cos,"), err.get(0));
        assertEquals("  System.exit(1)", err.get(1));
        assertEquals("  ^^^^^^", err.get(2));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "rosenbrok, rosenbrock",
        "Rosenbrock, rosenbrock",
        "six-hump, six-hump-camel",
        "three-hump-camle, three-hump-camel",
        "ackly, ackley",
    })
    void aNearMissOfAnIdThatIsNoFormulaGetsDidYouMean(String typed, String id) {
        List<String> err = refused(typed);
        assertEquals(1, err.size(), String.join("\n", err));
        assertTrue(err.get(0).startsWith("gdlab eval: unknown function '" + typed + "' (did you mean '" + id
                + "'?)"), err.get(0));
    }

    @Test
    void aHyphenatedNameFarFromEveryIdIsABadFormula() {
        List<String> err = refused("foo-bar");
        assertEquals("gdlab eval: bad formula: unknown variable 'foo' (only x and y)", err.get(0));
    }

    @Test
    void aFormulaOf120001CharactersIsRefusedInThreeShortLines() {
        String text = "x" + "+x".repeat(60_000);
        List<String> err = refused(text);
        assertEquals("gdlab eval: bad formula: formula too long: 120001 characters (at most 10000)", err.get(0));
        // the excerpt ends the formula's first 10,000 characters and starts the rest
        assertTrue(err.get(1).startsWith("  …") && err.get(1).endsWith("…"), err.get(1));
        assertEquals(err.get(1).indexOf('…') + 1 + 19, err.get(2).indexOf('^'), "a third of 58 before the place");
    }

    @Test
    void everyRefusalOfAFormulaIsOneShortLineWithAtMostAShortExcerpt() {
        String[] inputs = {
            "x" + "+x".repeat(60_000),
            "x".repeat(800_000),
            "x+".repeat(2000) + "y".repeat(3000) + "+x",
            "x+".repeat(4000) + "(" + "x".repeat(10),
            "xy".repeat(4000),
            "1" + ".5".repeat(3000),
            "1e" + "9".repeat(5000),
            "sin(x) +\n cos(y) + $",
            "x + \u202e y $",
            "x\ty\u0007z",
            IntStream.rangeClosed(1, 499).mapToObj(k -> "(x+" + k + "y)").collect(Collectors.joining("*")),
            "",
            "   ",
        };
        for (String text : inputs) {
            List<String> err = refused(text);
            String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
            assertTrue(err.size() == 1 || err.size() == 3, shown + ":\n" + String.join("\n", err));
            assertTrue(err.get(0).length() <= MAX_LINE, shown + ": " + err.get(0).length() + " characters");
            for (String line : err.subList(1, err.size())) {
                assertTrue(line.length() <= MAX_EXCERPT, shown + ": " + line);
                assertTrue(line.chars().noneMatch(Character::isISOControl), shown + ": " + line);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"sqrt(x^2+y^2)^2", "hypot(x,y)^2"})
    void aSquaredDistanceRunsFromOneOneToTheMinimumInOneStep(String formula) {
        // C = x² + y²: w1 = (1, 1) − 0.5·(2, 2) = (0, 0), where C = 0 and ∇C = 0 < tol: converged. The cost
        // at (1, 1) is computed as typed, √2·√2 (and hypot(1, 1) = √2 rounded the same way)
        CliResult r = CliResult.run("run", "--function", formula, "--start", "1,1", "--lr", "0.5");
        assertEquals(0, r.status(), r.err());
        String cost = Double.toString(Math.sqrt(2) * Math.sqrt(2));
        assertEquals(List.of("step,x,y,cost,grad_x,grad_y,lr", "0,1.0,1.0," + cost + ",2.0,2.0,0.5",
                "1,0.0,0.0,0.0,0.0,0.0,0.5"), r.outLines());
    }

    @Test
    void ackleyTypedAsAFormulaAndStartedAtItsMinimumConverges() {
        String ackley = "-20exp(-0.2sqrt(0.5(x^2 + y^2))) - exp(0.5(cos(2pi x) + cos(2pi y))) + e + 20";
        CliResult r = CliResult.run("run", "--function", ackley, "--start", "0,0", "--steps", "10");
        assertEquals(0, r.status(), r.err());
        assertEquals(2, r.outLines().size(), r.out());
        String[] row = r.outLines().get(1).split(",");
        assertEquals("0.0", row[4], "grad_x");
        assertEquals("0.0", row[5], "grad_y");
    }

    private static List<String> refused(String function) {
        CliResult r = CliResult.run("eval", "--function", function, "--at", "1,1");
        assertEquals(2, r.status(), r.out() + r.err());
        assertEquals("", r.out());
        return r.errLines();
    }
}
