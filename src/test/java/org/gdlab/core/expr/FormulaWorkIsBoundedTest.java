package org.gdlab.core.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.gdlab.core.math.Vec2;
import org.junit.jupiter.api.Test;

/**
 * Accepting a formula counts its work (simplifier steps, nodes built, nodes compiled) and refuses it, naming
 * the limit, when that exceeds {@link FormulaLimits#MAX_WORK}; the formulas of issue 15 that took minutes
 * are within it. No test here measures time: the work is counted, the same on every machine.
 */
class FormulaWorkIsBoundedTest {

    /** @return "f(1)*f(2)*…*f(n)" with each k written in */
    private static String product(String factor, int n) {
        return IntStream.rangeClosed(1, n).mapToObj(k -> factor.replace("K", Integer.toString(k)))
                .collect(Collectors.joining("*"));
    }

    @Test
    void theProductOf200SinesIsAcceptedWithinTheBudgetAndDifferentiatedExactly() {
        String text = product("sin(Kx+y)", 200);
        assertEquals(2291, text.length());
        Work work = Work.forOneFormula();
        FormulaSurface s = FormulaSurface.parse(text, work);
        assertTrue(work.used() <= FormulaLimits.MAX_WORK, "steps " + work.used());
        // ∂/∂x ∏ sin(kx + y) = Σ_k k·cos(kx + y)·∏_{j≠k} sin(jx + y), with every sine non-zero at the point
        double x = 0.0123;
        double y = 1.3;
        double product = 1;
        double sumOfCotangents = 0; // ∂C/∂x = C·Σ k·cot(kx + y), ∂C/∂y = C·Σ cot(kx + y)
        double sumX = 0;
        for (int k = 1; k <= 200; k++) {
            double a = k * x + y;
            product *= Math.sin(a);
            sumX += k * Math.cos(a) / Math.sin(a);
            sumOfCotangents += Math.cos(a) / Math.sin(a);
        }
        Vec2 g = s.gradient(x, y);
        // 200 factors and 200 terms, each rounded: a few hundred ulps at most, so 1e-11 relative
        assertEquals(product * sumX, g.x(), 1e-11 * Math.abs(product * sumX));
        assertEquals(product * sumOfCotangents, g.y(), 1e-11 * Math.abs(product * sumOfCotangents));
    }

    @Test
    void theOtherSlowFormulasOfTheIssueAreAcceptedWithinTheBudget() {
        for (String text : new String[] {product("sin(Kx+y)", 225), product("(x+Ky)", 250)}) {
            Work work = Work.forOneFormula();
            FormulaSurface.parse(text, work);
            assertTrue(work.used() <= FormulaLimits.MAX_WORK, text.length() + " characters: " + work.used());
        }
    }

    @Test
    void aFormulaBeyondTheBudgetIsRefusedNamingTheLimit() {
        Work small = new Work(1_000, FormulaLimits.MAX_BUILT_DEPTH);
        FormulaException e = assertThrows(FormulaException.class,
                () -> FormulaSurface.parse(product("(x+Ky)", 20), small));
        assertEquals("formula too complex: accepting it takes more than 1,000 steps (simplifying,"
                + " differentiating and compiling it)", e.getMessage());
        assertEquals(1_001, small.used());
    }

    @Test
    void theLongestProductsAreRefusedAsTooComplexWithinTheBudget() {
        // 499 factors: the written-out derivative has ~500² products; refused by one of the two limits
        String text = product("(x+Ky)", 499);
        Work work = Work.forOneFormula();
        FormulaException e = assertThrows(FormulaException.class, () -> FormulaSurface.parse(text, work));
        String work500k = String.format(Locale.ROOT, "%,d steps", FormulaLimits.MAX_WORK);
        String parts = String.format(Locale.ROOT, "%,d parts", FormulaLimits.MAX_DERIVATIVE_NODES);
        assertTrue(e.getMessage().startsWith("formula too complex: ")
                && (e.getMessage().contains(work500k) || e.getMessage().contains(parts)), e.getMessage());
        assertTrue(work.used() <= FormulaLimits.MAX_WORK + 1, "steps " + work.used());
        assertEquals(0, e.start());
        assertEquals(text.length(), e.end());
    }

    @Test
    void nodesDeeperThanTheLimitAreRefusedBeforeTheyAreBuilt() {
        Work shallow = new Work(FormulaLimits.MAX_WORK, 40);
        FormulaException e = assertThrows(FormulaException.class,
                () -> FormulaSurface.parse(product("(x+Ky)", 30), shallow));
        assertEquals("formula too complex: its derivatives nest more than 40 operations deep", e.getMessage());
        assertTrue(shallow.deepest() <= 41, "deepest " + shallow.deepest());
    }

    @Test
    void noFormulaWithinTheParsersLimitsBuildsNodesDeeperThanTheLimit() {
        // the deepest shapes: a product chain at the depth limit, and signs and functions nested 100 deep
        String[] deep = {
            product("(x+Ky)", 249),
            "-".repeat(90) + product("(x+Ky)", 200),
            "sin(".repeat(90) + product("(x+Ky)", 150) + ")".repeat(90),
            "x" + "*sin(y)+x".repeat(249),
        };
        for (String text : deep) {
            Work work = Work.forOneFormula();
            try {
                FormulaSurface.parse(text, work);
            } catch (FormulaException e) {
                assertTrue(e.getMessage().startsWith("formula too complex: its exact derivative"), e.getMessage());
            }
            assertTrue(work.deepest() <= FormulaLimits.MAX_BUILT_DEPTH, "deepest " + work.deepest());
        }
    }

    @Test
    void theWorkOfEqualFormulasIsTheSame() {
        String text = product("sin(Kx+y)", 50);
        Work first = Work.forOneFormula();
        Work second = Work.forOneFormula();
        FormulaSurface.parse(text, first);
        FormulaSurface.parse(text, second);
        assertEquals(first.used(), second.used());
    }
}
