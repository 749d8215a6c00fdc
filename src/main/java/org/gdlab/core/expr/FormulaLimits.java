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

    private FormulaLimits() {
    }
}
