package org.gdlab.core.expr;

/**
 * The sizes of formula that GD Lab accepts. Larger input is refused with a {@link FormulaException}, so
 * that no input can exhaust the stack or the memory.
 */
public final class FormulaLimits {

    /** At most this many characters. */
    public static final int MAX_LENGTH = 10_000;

    /**
     * At most this many nested levels of parentheses, function calls, signs and powers, e.g.
     * {@code sin(sin(...))} or {@code ((((x))))}.
     */
    public static final int MAX_NESTING = 100;

    /**
     * At most this many operations on the longest path from the whole formula to a number or variable;
     * a sum {@code x + x + ... + x} of n terms is n − 1 deep.
     */
    public static final int MAX_DEPTH = 500;

    /** The exact derivatives may have at most this many nodes (else the formula is "too complex"). */
    public static final long MAX_DERIVATIVE_NODES = 200_000;

    /**
     * Accepting a formula (simplifying it, differentiating it twice, compiling it) may take at most this many
     * steps: calls of the simplifier's constructors, nodes built and nodes compiled. Counted, not timed, so
     * the same formula is accepted or refused on every machine; the most work this allows takes well under a
     * second.
     */
    public static final long MAX_WORK = 500_000;

    /**
     * No node of a simplified formula or of its derivatives may be deeper than this (operations from the node
     * down to its deepest number or variable), so that no pass over them runs out of stack.
     */
    public static final int MAX_BUILT_DEPTH = 1_200;

    private FormulaLimits() {
    }
}
