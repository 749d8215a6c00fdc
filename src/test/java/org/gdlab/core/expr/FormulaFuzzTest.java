package org.gdlab.core.expr;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * 12,500 generated formulas, each of which must end in one of two ways within its work budget: accepted
 * (then value, gradient and Hessian evaluate without an exception), or refused with a
 * {@link FormulaException} whose message is one plain line short enough for a 300-character error line,
 * whose range lies within the text and whose excerpt fits its width. Nothing else may be thrown, no
 * "please report" message may appear, and the steps counted never pass {@link FormulaLimits#MAX_WORK} nor
 * any node {@link FormulaLimits#MAX_BUILT_DEPTH}. 7,500 come from a random grammar
 * ({@link RandomFormulaTexts}), 5,000 are mutations of valid formulas (characters deleted, inserted,
 * replaced, pieces doubled or cut). Fixed seeds; nothing is timed.
 */
class FormulaFuzzTest {

    /** A message and the command line's "gdlab eval: bad formula: " in front of it stay within 300. */
    private static final int MAX_MESSAGE = 250;
    private static final int EXCERPT = 58;
    private static final String PIECES = "xy()+-*/^,.e1 0.5pisqrtcoexabmnh2\t\n$²×πz";

    private int accepted;
    private int refused;
    private int tooComplex;

    @Test
    void generatedFormulasAreAcceptedOrCleanlyRefusedWithinTheirBudget() {
        RandomFormulaTexts grammar = new RandomFormulaTexts(81L);
        List<String> valid = new ArrayList<>(BuiltInSurfacesAsFormulasTest.FORMULAS.values());
        for (int i = 0; i < 5_500; i++) {
            String text = grammar.next();
            if (check(text, Work.forOneFormula()) && text.length() < 2_000) {
                valid.add(text);
            }
        }
        assertTrue(accepted >= 4_000, "of the grammar's 5,500 formulas only " + accepted + " were accepted");
        SplittableRandom random = new SplittableRandom(82L);
        int acceptedBefore = accepted;
        for (int i = 0; i < 5_000; i++) {
            check(mutate(valid.get(random.nextInt(valid.size())), random), Work.forOneFormula());
        }
        int mutantsRefused = 5_000 - (accepted - acceptedBefore);
        assertTrue(mutantsRefused >= 1_500, "of the 5,000 mutants only " + mutantsRefused + " were refused");
    }

    /**
     * 2,000 more formulas of the grammar, each with a budget of 20 to 1,020 steps and a depth of 3 to 33,
     * so that the budget runs out in every stage of accepting a formula (simplifying, differentiating,
     * compiling): the refusal is as clean there as anywhere.
     */
    @Test
    void aBudgetThatRunsOutAnywhereGivesACleanRefusal() {
        RandomFormulaTexts grammar = new RandomFormulaTexts(83L);
        SplittableRandom budgets = new SplittableRandom(84L);
        for (int i = 0; i < 2_000; i++) {
            check(grammar.next(), new Work(20 + budgets.nextInt(1_000), 3 + budgets.nextInt(30)));
        }
        assertTrue(tooComplex >= 300 && accepted >= 100, tooComplex + " refused as too complex, " + accepted
                + " accepted");
    }

    private static String mutate(String text, SplittableRandom random) {
        StringBuilder sb = new StringBuilder(text);
        int edits = 1 + random.nextInt(4);
        for (int k = 0; k < edits; k++) {
            int at = sb.length() == 0 ? 0 : random.nextInt(sb.length());
            switch (random.nextInt(6)) {
                case 0 -> {
                    if (sb.length() > 0) {
                        sb.deleteCharAt(at);
                    }
                }
                case 1 -> sb.insert(at, random.nextInt(10) == 0 ? (char) random.nextInt(0x3000)
                        : PIECES.charAt(random.nextInt(PIECES.length())));
                case 2 -> {
                    if (sb.length() > 0) {
                        sb.setCharAt(at, PIECES.charAt(random.nextInt(PIECES.length())));
                    }
                }
                case 3 -> { // double a piece: grows products and nests
                    int end = Math.min(sb.length(), at + 1 + random.nextInt(40));
                    sb.insert(at, sb.substring(at, end));
                }
                case 4 -> sb.setLength(at); // cut the end off
                default -> { // swap two neighbours
                    if (at + 1 < sb.length()) {
                        char c = sb.charAt(at);
                        sb.setCharAt(at, sb.charAt(at + 1));
                        sb.setCharAt(at + 1, c);
                    }
                }
            }
        }
        return sb.toString();
    }

    /** @return whether the text was accepted; fails the test for anything but the two clean endings */
    private boolean check(String text, Work work) {
        try {
            FormulaSurface s = FormulaSurface.parse(text, work);
            withinBudget(text, work);
            s.value(0.5, -0.5);
            s.gradient(0, 0);
            s.hessian(0.5, -0.5);
            accepted++;
            return true;
        } catch (FormulaException e) {
            withinBudget(text, work);
            String message = e.getMessage();
            String shown = shown(text);
            assertTrue(message != null && !message.isBlank() && message.length() <= MAX_MESSAGE,
                    shown + ": " + message);
            assertTrue(message.chars().noneMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT),
                    shown + ": a control character in " + message);
            assertTrue(!message.contains("please report"), shown + ": " + message);
            assertTrue(e.start() <= e.end() && e.end() <= text.length(), shown + ": range " + e.start() + ", " + e.end());
            FormulaException.Excerpt x = e.excerpt(text, EXCERPT);
            assertTrue(x.formula().length() <= EXCERPT && x.carets().length() <= EXCERPT, shown);
            assertTrue(x.formula().chars().noneMatch(Character::isISOControl), shown + ": " + x.formula());
            refused++;
            if (message.startsWith("formula too complex")) {
                tooComplex++;
            }
            return false;
        } catch (Throwable t) {
            fail("parse(\"" + shown(text) + "\") threw " + t, t);
            return false;
        }
    }

    private static void withinBudget(String text, Work work) {
        assertTrue(work.used() <= work.limit() + 1, shown(text) + ": " + work.used() + " steps");
        assertTrue(work.deepest() <= work.maxDepth() + 1, shown(text) + ": depth " + work.deepest());
    }

    private static String shown(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "… (" + text.length() + " characters)" : text;
    }
}
