package org.gdlab.core.expr;

import java.util.Locale;

/**
 * The work budget of accepting one formula. Parsing is linear in the text, but simplification,
 * differentiation and compilation can grow faster than the text (a product of n factors has a derivative of
 * n products of n − 1 factors), so each of them counts its steps here: every call of a simplifying
 * constructor, every node built and every node compiled is one step. Counting steps instead of time makes
 * the limit the same on every machine, so a formula is accepted or refused the same way everywhere.
 *
 * <p>Also bounds the depth of every node built, so that the recursive passes over the trees (differentiation,
 * printing, compiling) never run out of stack.
 *
 * <p>Mutable and not thread-safe: one budget per acceptance of one formula.
 */
final class Work {

    /** Thrown when a budget runs out; {@link FormulaSurface#parse} turns it into a {@link FormulaException}. */
    static final class Exceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Exceeded(String message) {
            super(message, null, false, false);
        }
    }

    private final long limit;
    private final int maxDepth;
    private long used;
    private int deepest;

    /**
     * @param limit    the most steps allowed
     * @param maxDepth the deepest node allowed (operations from the node down to its deepest leaf)
     */
    Work(long limit, int maxDepth) {
        this.limit = limit;
        this.maxDepth = maxDepth;
    }

    /** @return the budget of {@link FormulaLimits} */
    static Work forOneFormula() {
        return new Work(FormulaLimits.MAX_WORK, FormulaLimits.MAX_BUILT_DEPTH);
    }

    /** @return a budget that never runs out (for tests of the passes themselves) */
    static Work unlimited() {
        return new Work(Long.MAX_VALUE, Integer.MAX_VALUE);
    }

    /**
     * Counts one step.
     *
     * @throws Exceeded when that is more than the limit
     */
    void step() {
        if (++used > limit) {
            throw new Exceeded(String.format(Locale.ROOT, "formula too complex: accepting it takes more than %,d"
                    + " steps (simplifying, differentiating and compiling it)", limit));
        }
    }

    /**
     * @param depth the depth of a node about to be built
     * @throws Exceeded when it is deeper than allowed
     */
    void checkDepth(int depth) {
        deepest = Math.max(deepest, depth);
        if (depth > maxDepth) {
            throw new Exceeded(String.format(Locale.ROOT, "formula too complex: its derivatives nest more than %,d"
                    + " operations deep", maxDepth));
        }
    }

    /** @return the most steps allowed */
    long limit() {
        return limit;
    }

    /** @return the deepest node allowed */
    int maxDepth() {
        return maxDepth;
    }

    /** @return the depth of the deepest node built so far */
    int deepest() {
        return deepest;
    }

    /** @return the steps counted so far */
    long used() {
        return used;
    }
}
