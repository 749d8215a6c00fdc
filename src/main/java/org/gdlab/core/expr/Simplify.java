package org.gdlab.core.expr;

import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gdlab.core.expr.Expr.Binary;
import org.gdlab.core.expr.Expr.BinaryOp;
import org.gdlab.core.expr.Expr.Call;
import org.gdlab.core.expr.Expr.Neg;
import org.gdlab.core.expr.Expr.Num;

/**
 * Smart constructors that simplify as they build, so that derivatives read like a student's own:
 * <ul>
 *   <li>constant folding of {@code + - *} (and of {@code / ^} when the result is short, e.g. 6/4 = 1.5
 *       but 1/3 stays), never to a non-finite number;</li>
 *   <li>identities 0 + a = a, a − 0 = a, 0 − a = −a, 0·a = 0, 0/a = 0, 1·a = a, a/1 = a, a^1 = a, a^0 = 1,
 *       1^a = 1, a − a = 0, −(−a) = a, ln(e) = 1, pow(a, b) = a^b;</li>
 *   <li>signs moved outwards and into coefficients: a + (−b) = a − b, (−a)·b = −(a·b), −(2x) = −2x,
 *       −(a − b) = b − a;</li>
 *   <li>coefficients collected in front: x·2 = 2x, 2·(3x) = 6x, a·(b/c) = (a·b)/c, like terms
 *       2x + 3x = 5x, like factors x·x = x^2, x^2·x^3 = x^5, a^(−n) = 1/a^n;</li>
 *   <li>powers of hypot, |u| and √u: hypot(u, v)^(2k) = (u² + v²)^k and |u|^(2k) = u^(2k) always
 *       (both sides are defined at the same points), √u^(2k) = u^k only when u ≥ 0 wherever it is defined
 *       (provably, from its form: squares, sums and products of non-negative parts, |u|, √u, exp, …), since
 *       otherwise it would give a value where √u has none;</li>
 *   <li>cancelling a factor u of a quotient (u/u = 1, u·v/u = v, u³/u = u²) only when that does not make the
 *       quotient defined where it was not: when u ≠ 0 wherever it is defined (provably, from its form), or
 *       when u = 0 only at points where the function being differentiated is itself not finite (see
 *       {@link #excludeZerosOf}).</li>
 * </ul>
 * A negative number is always built as {@code Neg(Num)}, as the parser reads {@code -2}. The rules 0·a = 0,
 * 0/a = 0 and a − a = 0 assume a is defined, as in any computer algebra system; at a point where a is not,
 * the unsimplified form would be an indeterminate form (0·∞, 0/0, ∞ − ∞), which the evaluation takes as 0
 * at a point where C is finite anyway ({@link CompiledFormula}).
 *
 * <p>Every node it returns is <b>canonical</b>: built once per operation and operands in this instance
 * (hash-consing), so two results are equal exactly when they are the same object and equality costs one
 * comparison. Every constructor call and every node built counts one step of its {@link Work}, so the work of
 * simplifying is bounded whatever the formula.
 *
 * <p>A {@linkplain #light() light} view shares the nodes but applies only constant folding and the
 * identities with 0 and 1: it never rebuilds a product or a sum, so differentiating through it keeps the
 * sharing of common subexpressions (the second derivatives, which nobody reads, cost as much as the
 * first ones instead of a factor n more).
 *
 * <p>Mutable (the table of nodes grows) and not thread-safe: one instance per formula.
 */
final class Simplify {

    /** The canonical leaves, shared by every instance (records are immutable). */
    static final Expr X = new Expr.Var(Expr.Variable.X);
    static final Expr Y = new Expr.Var(Expr.Variable.Y);
    static final Expr PI = new Expr.Const(Expr.Constant.PI);
    static final Expr E = new Expr.Const(Expr.Constant.E);

    private static final int TAG_NUM = 0;
    private static final int TAG_NEG = 1;
    private static final int TAG_BINARY = 2;
    private static final int TAG_CALL = 16;

    private final Work work;
    private final boolean light;
    private final Map<Key, Expr> nodes;
    private final Map<Expr, Integer> depths;
    private Set<Expr> excluded = Set.of();

    /** @param work counts the steps and bounds the depth of every node built */
    Simplify(Work work) {
        this(work, false, new HashMap<>(), new IdentityHashMap<>());
    }

    private Simplify(Work work, boolean light, Map<Key, Expr> nodes, Map<Expr, Integer> depths) {
        this.work = work;
        this.light = light;
        this.nodes = nodes;
        this.depths = depths;
    }

    /** @return a view with the same nodes and budget that only folds constants and drops 0 and 1 */
    Simplify light() {
        return new Simplify(work, true, nodes, depths);
    }

    /** @return e rebuilt bottom-up with the smart constructors: its canonical, simplified form */
    Expr simplify(Expr e) {
        return simplify(e, new IdentityHashMap<>());
    }

    private Expr simplify(Expr e, Map<Expr, Expr> memo) {
        Expr known = memo.get(e);
        if (known != null) {
            return known;
        }
        Expr s;
        if (e instanceof Neg n) {
            s = neg(simplify(n.operand(), memo));
        } else if (e instanceof Binary b) {
            s = binary(b.op(), simplify(b.left(), memo), simplify(b.right(), memo));
        } else if (e instanceof Call c) {
            Expr a = simplify(c.arg(0), memo);
            s = c.args().size() == 1 ? call(c.function(), a) : call(c.function(), List.of(a, simplify(c.arg(1), memo)));
        } else if (e instanceof Num n) {
            s = num(n.value());
        } else if (e instanceof Expr.Var v) {
            s = v.variable() == Expr.Variable.X ? X : Y;
        } else {
            s = ((Expr.Const) e).constant() == Expr.Constant.PI ? PI : E;
        }
        memo.put(e, s);
        return s;
    }

    // ---- the function's own undefined points ----

    /**
     * Records where the function c (canonical, built by this instance) is not finite because of a zero:
     * c contains w in a denominator, or ln(w), log10(w), log2(w), on a path to its root along which a
     * non-finite value stays non-finite (sums, products, numerators, positive powers, √, |·|, sin, …; not
     * through exp, tanh, atan, sign, min, max, a denominator or a variable exponent, which can turn ±∞
     * into a finite number). Then c is ±∞ or NaN wherever such a w, or a factor of it, is 0, and a
     * quotient inside c's derivatives may cancel it.
     */
    void excludeZerosOf(Expr c) {
        excluded = Collections.newSetFromMap(new IdentityHashMap<>());
        propagate(c, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    /** e is not finite ⇒ c is not finite; so is everything below e along the same kind of path. */
    private void propagate(Expr e, Set<Expr> visited) {
        if (!visited.add(e)) {
            return;
        }
        work.step();
        if (e instanceof Neg n) {
            propagate(n.operand(), visited);
        } else if (e instanceof Binary b) {
            switch (b.op()) {
                case ADD, SUB, MUL -> {
                    propagate(b.left(), visited);
                    propagate(b.right(), visited);
                }
                case DIV -> {
                    exclude(b.right());
                    propagate(b.left(), visited);
                }
                case POW -> {
                    if (isNumber(b.right()) && value(b.right()) > 0) {
                        propagate(b.left(), visited);
                    }
                }
            }
        } else if (e instanceof Call c) {
            switch (c.function()) {
                case LOG, LN, LOG10, LOG2 -> {
                    exclude(c.arg(0));
                    propagate(c.arg(0), visited);
                }
                case SQRT, CBRT, ABS, SIN, COS, TAN, SINH, COSH, ASIN, ACOS, FLOOR, CEIL ->
                        propagate(c.arg(0), visited);
                case HYPOT -> {
                    propagate(c.arg(0), visited);
                    propagate(c.arg(1), visited);
                }
                default -> { }
            }
        }
    }

    /** c is not finite wherever w = 0, hence wherever a factor of w is 0. */
    private void exclude(Expr w) {
        if (!excluded.add(w)) {
            return;
        }
        work.step();
        if (w instanceof Neg n) {
            exclude(n.operand());
        } else if (w instanceof Binary b) {
            if (b.op() == BinaryOp.MUL) {
                exclude(b.left());
                exclude(b.right());
            } else if (b.op() == BinaryOp.DIV || b.op() == BinaryOp.POW && isNumber(b.right()) && value(b.right()) > 0) {
                exclude(b.left());
            }
        } else if (w instanceof Call c && (c.function() == Builtin.ABS || c.function() == Builtin.SQRT
                || c.function() == Builtin.CBRT)) {
            exclude(c.arg(0));
        }
    }

    /** @return true when cancelling u from a quotient defines nothing new: u ≠ 0, or u = 0 only where c is not finite */
    private boolean mayCancel(Expr u) {
        work.step();
        if (excluded.contains(u) || nonZero(u)) {
            return true;
        }
        if (u instanceof Neg n) {
            return mayCancel(n.operand());
        }
        if (u instanceof Binary b) {
            return switch (b.op()) {
                case MUL -> mayCancel(b.left()) && mayCancel(b.right());
                case DIV -> mayCancel(b.left());
                case POW -> isNumber(b.right()) && value(b.right()) > 0 && mayCancel(b.left());
                default -> false;
            };
        }
        return u instanceof Call c && (c.function() == Builtin.ABS || c.function() == Builtin.SQRT
                || c.function() == Builtin.CBRT) && mayCancel(c.arg(0));
    }

    // ---- signs, from the form ----

    /** @return true when e ≥ 0 wherever e is defined, as its form shows */
    private boolean nonNegative(Expr e) {
        work.step();
        if (e instanceof Num || e instanceof Expr.Const) {
            return true;
        }
        if (e instanceof Binary b) {
            return switch (b.op()) {
                case ADD, MUL, DIV -> nonNegative(b.left()) && nonNegative(b.right());
                case POW -> isEvenInteger(b.right()) || nonNegative(b.left());
                case SUB -> false;
            };
        }
        if (e instanceof Call c) {
            return switch (c.function()) {
                case ABS, SQRT, EXP, COSH, HYPOT, ACOS -> true;
                case CBRT, SINH, TANH, ATAN, FLOOR, CEIL, SIGN -> nonNegative(c.arg(0));
                case MIN -> nonNegative(c.arg(0)) && nonNegative(c.arg(1));
                case MAX -> nonNegative(c.arg(0)) || nonNegative(c.arg(1));
                default -> false;
            };
        }
        return false;
    }

    /** @return true when e &gt; 0 wherever e is defined, as its form shows */
    private boolean positive(Expr e) {
        work.step();
        if (e instanceof Num n) {
            return n.value() > 0;
        }
        if (e instanceof Expr.Const) {
            return true;
        }
        if (e instanceof Binary b) {
            return switch (b.op()) {
                case ADD -> positive(b.left()) && nonNegative(b.right()) || nonNegative(b.left()) && positive(b.right());
                case MUL, DIV -> positive(b.left()) && positive(b.right());
                case POW -> positive(b.left());
                case SUB -> false;
            };
        }
        if (e instanceof Call c) {
            return switch (c.function()) {
                case EXP, COSH -> true;
                case SQRT, CBRT, SINH, TANH, ATAN -> positive(c.arg(0));
                case ABS -> nonZero(c.arg(0));
                case HYPOT -> nonZero(c.arg(0)) || nonZero(c.arg(1));
                default -> false;
            };
        }
        return false;
    }

    /** @return true when e ≠ 0 wherever e is defined, as its form shows */
    private boolean nonZero(Expr e) {
        work.step();
        if (e instanceof Num n) {
            return n.value() != 0;
        }
        if (e instanceof Expr.Const) {
            return true;
        }
        if (e instanceof Neg n) {
            return nonZero(n.operand());
        }
        if (e instanceof Binary b) {
            return switch (b.op()) {
                case MUL -> nonZero(b.left()) && nonZero(b.right());
                case DIV, POW -> nonZero(b.left());
                case ADD -> positive(e);
                case SUB -> false;
            };
        }
        if (e instanceof Call c) {
            return switch (c.function()) {
                case EXP, COSH -> true;
                case ABS, SQRT, CBRT, SINH, TANH, ATAN -> nonZero(c.arg(0));
                case HYPOT -> nonZero(c.arg(0)) || nonZero(c.arg(1));
                default -> false;
            };
        }
        return false;
    }

    private static boolean isEvenInteger(Expr e) {
        return isNumber(e) && value(e) % 2 == 0;
    }

    // ---- numbers ----

    /** @return the number v as the parser would read it: {@code Num} if v &ge; 0, else {@code Neg(Num)} */
    Expr num(double v) {
        if (v < 0) {
            return makeNeg(makeNum(-v));
        }
        return makeNum(v);
    }

    /** @return true for a {@code Num} or a {@code Neg(Num)} */
    static boolean isNumber(Expr e) {
        return e instanceof Num || e instanceof Neg n && n.operand() instanceof Num;
    }

    /** @return the value of a number (see {@link #isNumber}) */
    static double value(Expr e) {
        return e instanceof Num n ? n.value() : -((Num) ((Neg) e).operand()).value();
    }

    private static boolean is(Expr e, double v) {
        return isNumber(e) && value(e) == v;
    }

    private static boolean isInteger(Expr e) {
        return isNumber(e) && value(e) == Math.rint(value(e));
    }

    private static boolean shortNumber(double r) {
        if (!Double.isFinite(r)) {
            return false;
        }
        return r == Math.rint(r) ? Math.abs(r) < 1e15 : Double.toString(Math.abs(r)).length() <= 8;
    }

    // ---- operators ----

    Expr binary(BinaryOp op, Expr a, Expr b) {
        return switch (op) {
            case ADD -> add(a, b);
            case SUB -> sub(a, b);
            case MUL -> mul(a, b);
            case DIV -> div(a, b);
            case POW -> pow(a, b);
        };
    }

    Expr neg(Expr a) {
        work.step();
        if (isNumber(a)) {
            return num(-value(a));
        }
        if (a instanceof Neg n) {
            return n.operand();
        }
        if (!light && a instanceof Binary b) {
            if (b.op() == BinaryOp.MUL || b.op() == BinaryOp.DIV) {
                // the sign goes to the leftmost factor: -(2x*y) = -2x*y, -(x/y) = -x/y
                return make(b.op(), neg(b.left()), b.right());
            }
            if (b.op() == BinaryOp.SUB) {
                return make(BinaryOp.SUB, b.right(), b.left());
            }
        }
        return makeNeg(a);
    }

    Expr add(Expr a, Expr b) {
        work.step();
        if (isNumber(a) && isNumber(b) && Double.isFinite(value(a) + value(b))) {
            return num(value(a) + value(b));
        }
        if (is(a, 0)) {
            return b;
        }
        if (is(b, 0)) {
            return a;
        }
        if (light) {
            return make(BinaryOp.ADD, a, b);
        }
        if (isNegative(b)) {
            return sub(a, neg(b));
        }
        if (a instanceof Neg n) {
            return sub(b, n.operand());
        }
        Expr like = likeTerms(a, b, 1);
        return like != null ? like : make(BinaryOp.ADD, a, b);
    }

    Expr sub(Expr a, Expr b) {
        work.step();
        if (isNumber(a) && isNumber(b) && Double.isFinite(value(a) - value(b))) {
            return num(value(a) - value(b));
        }
        if (is(b, 0)) {
            return a;
        }
        if (is(a, 0)) {
            return neg(b);
        }
        if (light) {
            return make(BinaryOp.SUB, a, b);
        }
        if (a == b) {
            return num(0);
        }
        if (isNegative(b)) {
            return add(a, neg(b));
        }
        Expr like = likeTerms(a, b, -1);
        return like != null ? like : make(BinaryOp.SUB, a, b);
    }

    /** @return true when e starts with a minus sign: −n, −u, −2x·y, −x/y (the leftmost factor is negative) */
    private boolean isNegative(Expr e) {
        work.step();
        if (isNumber(e)) {
            return value(e) < 0;
        }
        if (e instanceof Neg) {
            return true;
        }
        return e instanceof Binary b && (b.op() == BinaryOp.MUL || b.op() == BinaryOp.DIV) && isNegative(b.left());
    }

    /** c1·t ± c2·t = (c1 ± c2)·t when both sides have the same non-numeric part t; else null. */
    private Expr likeTerms(Expr a, Expr b, int sign) {
        if (isNumber(a) || isNumber(b)) {
            return null;
        }
        double ca = coefficient(a);
        double cb = coefficient(b);
        Expr ta = rest(a);
        Expr tb = rest(b);
        if (ta != tb) {
            return null;
        }
        double c = ca + sign * cb;
        return Double.isFinite(c) ? mul(num(c), ta) : null;
    }

    private static double coefficient(Expr e) {
        return e instanceof Binary b && b.op() == BinaryOp.MUL && isNumber(b.left()) ? value(b.left()) : 1;
    }

    private static Expr rest(Expr e) {
        return e instanceof Binary b && b.op() == BinaryOp.MUL && isNumber(b.left()) ? b.right() : e;
    }

    Expr mul(Expr a, Expr b) {
        work.step();
        if (isNumber(a) && isNumber(b) && Double.isFinite(value(a) * value(b))) {
            return num(value(a) * value(b));
        }
        if (is(a, 0) || is(b, 0)) {
            return num(0);
        }
        if (is(a, 1)) {
            return b;
        }
        if (is(b, 1)) {
            return a;
        }
        if (is(a, -1)) {
            return neg(b);
        }
        if (is(b, -1)) {
            return neg(a);
        }
        if (light) {
            return make(BinaryOp.MUL, a, b);
        }
        if (isNumber(b)) {
            return isNumber(a) ? make(BinaryOp.MUL, a, b) : mul(b, a);
        }
        if (b instanceof Neg n) {
            return neg(mul(a, n.operand()));
        }
        if (isNumber(a)) {
            if (b instanceof Binary bb && isNumber(bb.left())
                    && (bb.op() == BinaryOp.MUL || bb.op() == BinaryOp.DIV)
                    && Double.isFinite(value(a) * value(bb.left()))) {
                return binary(bb.op(), num(value(a) * value(bb.left())), bb.right());
            }
            if (b instanceof Binary bb && bb.op() == BinaryOp.MUL) {
                return make(BinaryOp.MUL, mul(a, bb.left()), bb.right());   // 2·(x·y) = 2x·y
            }
            if (b instanceof Binary bb && bb.op() == BinaryOp.DIV) {
                return div(mul(a, bb.left()), bb.right());                   // 2·(x/y) = 2x/y
            }
            return make(BinaryOp.MUL, a, b);
        }
        if (a instanceof Neg n) {
            return neg(mul(n.operand(), b));
        }
        if (a instanceof Binary ab && ab.op() == BinaryOp.MUL && isNumber(ab.left())) {
            return mul(ab.left(), mul(ab.right(), b));
        }
        if (b instanceof Binary bb && bb.op() == BinaryOp.MUL && isNumber(bb.left())) {
            return mul(bb.left(), mul(a, bb.right()));
        }
        if (a instanceof Binary ab && ab.op() == BinaryOp.DIV) {
            return div(mul(ab.left(), b), ab.right());
        }
        if (b instanceof Binary bb && bb.op() == BinaryOp.DIV) {
            return div(mul(a, bb.left()), bb.right());
        }
        if (b instanceof Binary bb && bb.op() == BinaryOp.MUL) {
            return mul(mul(a, bb.left()), bb.right());   // a·(p·q) = (a·p)·q, read left to right
        }
        Expr like = likeFactors(a, b, 1);
        if (like != null) {
            return like;
        }
        if (a instanceof Binary ab && ab.op() == BinaryOp.MUL) {
            Expr merged = likeFactors(ab.right(), b, 1);
            if (merged != null) {
                return mul(ab.left(), merged);
            }
        }
        return make(BinaryOp.MUL, a, b);
    }

    Expr div(Expr a, Expr b) {
        work.step();
        if (isNumber(a) && isNumber(b) && shortNumber(value(a) / value(b))) {
            return num(value(a) / value(b));
        }
        if (is(b, 1)) {
            return a;
        }
        if (is(b, -1)) {
            return neg(a);
        }
        if (is(a, 0) && !isNumber(b)) {
            return num(0);
        }
        if (light) {
            return make(BinaryOp.DIV, a, b);
        }
        if (a == b && !isNumber(b) && mayCancel(b)) {
            return num(1);
        }
        if (a instanceof Neg n && !isNumber(a)) {
            return neg(div(n.operand(), b));
        }
        if (b instanceof Neg n && !isNumber(b)) {
            return neg(div(a, n.operand()));
        }
        if (isNumber(b) && value(b) < 0) {
            return neg(div(a, num(-value(b))));
        }
        if (isNumber(b) && a instanceof Binary ab && ab.op() == BinaryOp.MUL && isNumber(ab.left())
                && shortNumber(value(ab.left()) / value(b))) {
            return mul(num(value(ab.left()) / value(b)), ab.right());
        }
        if (a instanceof Binary ab && ab.op() == BinaryOp.DIV) {
            return div(ab.left(), mul(ab.right(), b));
        }
        if (b instanceof Binary bb && bb.op() == BinaryOp.MUL && isNumber(bb.left()) && value(bb.left()) > 0) {
            double ca = coefficient(a);
            double ratio = ca / value(bb.left());
            if (shortNumber(ratio)) {
                return mul(num(ratio), div(rest(a), bb.right()));   // 4u/(2v) = 2(u/v)
            }
        }
        if (b instanceof Binary bb && bb.op() == BinaryOp.DIV) {
            return div(mul(a, bb.right()), bb.left());
        }
        Expr like = likeFactors(a, b, -1);
        if (like != null) {
            return like;
        }
        if (a instanceof Binary ab && ab.op() == BinaryOp.MUL) {
            Expr merged = likeFactors(ab.right(), b, -1);
            if (merged != null) {
                return mul(ab.left(), merged);      // (p·u)/u = p
            }
            merged = likeFactors(ab.left(), b, -1);
            if (merged != null) {
                return mul(merged, ab.right());     // (u·p)/u = p
            }
        }
        return make(BinaryOp.DIV, a, b);
    }

    /**
     * u^m · u^n = u^(m+n), u^m / u^n = u^(m−n) for numeric m, n and a non-numeric u; else null. A quotient
     * with m ≥ n removes every zero of u from the denominator, so it is taken only when {@link #mayCancel}.
     */
    private Expr likeFactors(Expr a, Expr b, int sign) {
        if (isNumber(a) || isNumber(b)) {
            return null;
        }
        Expr ua = base(a);
        Expr ub = base(b);
        if (ua != ub) {
            return null;
        }
        double m = exponent(a) + sign * exponent(b);
        if (!Double.isFinite(m) || sign < 0 && m >= 0 && !mayCancel(ua)) {
            return null;
        }
        if (m < 0) {
            return div(num(1), pow(ua, num(-m)));
        }
        return pow(ua, num(m));
    }

    private static Expr base(Expr e) {
        return e instanceof Binary b && b.op() == BinaryOp.POW && isNumber(b.right()) ? b.left() : e;
    }

    private static double exponent(Expr e) {
        return e instanceof Binary b && b.op() == BinaryOp.POW && isNumber(b.right()) ? value(b.right()) : 1;
    }

    Expr pow(Expr a, Expr b) {
        work.step();
        if (isNumber(a) && isNumber(b) && shortNumber(Math.pow(value(a), value(b)))) {
            return num(Math.pow(value(a), value(b)));
        }
        if (is(b, 0)) {
            return num(1);
        }
        if (is(b, 1)) {
            return a;
        }
        if (is(a, 1)) {
            return num(1);
        }
        if (is(a, 0) && isNumber(b) && value(b) > 0) {
            return num(0);
        }
        if (light) {
            return make(BinaryOp.POW, a, b);
        }
        if (isNumber(b) && value(b) < 0 && !isNumber(a)) {
            return div(num(1), pow(a, num(-value(b))));
        }
        if (isEvenInteger(b) && a instanceof Call c) {
            double half = value(b) / 2;
            Expr u = c.arg(0);
            switch (c.function()) {
                case HYPOT: // hypot(u, v)^2k = (u² + v²)^k: the same points are defined
                    return pow(add(pow(u, num(2)), pow(c.arg(1), num(2))), num(half));
                case ABS:   // |u|^2k = u^2k
                    return pow(u, b);
                case SQRT:  // √u^2k = u^k, but only where √u is defined everywhere u is
                    if (nonNegative(u)) {
                        return pow(u, num(half));
                    }
                    break;
                default:
                    break;
            }
        }
        if (a instanceof Binary ab && ab.op() == BinaryOp.POW && isInteger(ab.right()) && isInteger(b)
                && shortNumber(value(ab.right()) * value(b))) {
            return pow(ab.left(), num(value(ab.right()) * value(b)));
        }
        return make(BinaryOp.POW, a, b);
    }

    Expr call(Builtin f, List<Expr> args) {
        work.step();
        if ((f == Builtin.LN || f == Builtin.LOG) && args.get(0) == E) {
            return num(1);
        }
        if (f == Builtin.POW && !light) {
            return pow(args.get(0), args.get(1));
        }
        return makeCall(f, args.get(0), args.size() > 1 ? args.get(1) : null);
    }

    Expr call(Builtin f, Expr arg) {
        return call(f, List.of(arg));
    }

    // ---- canonical nodes ----

    private Expr makeNum(double v) {
        return node(new Key(TAG_NUM, Double.doubleToLongBits(v == 0 ? 0.0 : v), null, null));
    }

    private Expr makeNeg(Expr a) {
        return node(new Key(TAG_NEG, 0, a, null));
    }

    private Expr make(BinaryOp op, Expr a, Expr b) {
        return node(new Key(TAG_BINARY + op.ordinal(), 0, a, b));
    }

    private Expr makeCall(Builtin f, Expr a, Expr b) {
        return node(new Key(TAG_CALL + f.ordinal(), 0, a, b));
    }

    private Expr node(Key key) {
        Expr known = nodes.get(key);
        if (known != null) {
            return known;
        }
        work.step();
        int depth = 1 + Math.max(depth(key.a), depth(key.b));
        work.checkDepth(depth);
        Expr built;
        if (key.tag == TAG_NUM) {
            built = new Num(Double.longBitsToDouble(key.bits));
        } else if (key.tag == TAG_NEG) {
            built = new Neg(key.a);
        } else if (key.tag < TAG_CALL) {
            built = new Binary(BinaryOp.values()[key.tag - TAG_BINARY], key.a, key.b);
        } else {
            Builtin f = Builtin.values()[key.tag - TAG_CALL];
            built = new Call(f, key.b == null ? List.of(key.a) : List.of(key.a, key.b));
        }
        nodes.put(key, built);
        depths.put(built, depth);
        return built;
    }

    private int depth(Expr e) {
        if (e == null) {
            return -1;
        }
        Integer d = depths.get(e);
        return d == null ? 0 : d;
    }

    /** A node's operation and operands, compared by identity: the operands are canonical already. */
    private static final class Key {
        final int tag;
        final long bits;
        final Expr a;
        final Expr b;
        private final int hash;

        Key(int tag, long bits, Expr a, Expr b) {
            this.tag = tag;
            this.bits = bits;
            this.a = a;
            this.b = b;
            this.hash = ((tag * 31 + Long.hashCode(bits)) * 31 + System.identityHashCode(a)) * 31
                    + System.identityHashCode(b);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.tag == tag && k.bits == bits && k.a == a && k.b == b;
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
