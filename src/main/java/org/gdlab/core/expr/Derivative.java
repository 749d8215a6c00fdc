package org.gdlab.core.expr;


import java.util.IdentityHashMap;
import java.util.Map;
import org.gdlab.core.expr.Expr.Binary;
import org.gdlab.core.expr.Expr.Call;
import org.gdlab.core.expr.Expr.Variable;

/**
 * Symbolic partial derivative ∂e/∂v, simplified as it is built by a {@link Simplify} (which counts the
 * work). Memoised by node: a subexpression shared in e is differentiated once, and its derivative is shared.
 *
 * <p>Rules: sum, product, quotient and chain rule; (u^c)' = c·u^(c−1)·u' for an exponent c without x and y,
 * (c^v)' = c^v·ln(c)·v' for a base without x and y, else (u^v)' = u^v·(v'·ln(u) + v·u'/u).
 * sin' = cos, cos' = −sin, tan' = 1/cos², asin' = 1/√(1−u²), acos' = −1/√(1−u²), atan' = 1/(1+u²),
 * sinh' = cosh, cosh' = sinh, tanh' = 1 − tanh², exp' = exp, log' = ln' = 1/u, log10' = 1/(u·ln 10),
 * log2' = 1/(u·ln 2), sqrt' = 1/(2√u), cbrt' = 1/(3·cbrt(u)²), hypot(a,b)' = (a·a' + b·b')/hypot(a,b),
 * atan2(a,b)' = (b·a' − a·b')/(a² + b²).
 *
 * <p>Kinks, by the convention "at a kink, the average of the two one-sided derivatives":
 * abs' = sign(u) (so 0 at u = 0); sign' = floor' = ceil' = 0 (also at the jumps, where C has no
 * derivative); min(a,b)' = a'·(1 − s)/2 + b'·(1 + s)/2 and max(a,b)' = a'·(1 + s)/2 + b'·(1 − s)/2 with
 * s = sign(a − b): the branch that is active, and the mean of both where a = b.
 */
final class Derivative {

    private final Simplify s;
    private final Variable variable;
    private final Map<Expr, Expr> memo = new IdentityHashMap<>();

    private Derivative(Simplify s, Variable variable) {
        this.s = s;
        this.variable = variable;
    }

    /**
     * @param s builds the result (and made e: e must be canonical in it, or in the instance it is a view of)
     * @return ∂e/∂v, simplified by s
     */
    static Expr of(Simplify s, Expr e, Variable v) {
        return new Derivative(s, v).d(e);
    }

    private Expr d(Expr e) {
        Expr known = memo.get(e);
        if (known != null) {
            return known;
        }
        Expr result = e.accept(new Expr.Visitor<Expr>() {
            @Override
            public Expr num(Expr.Num n) {
                return s.num(0);
            }

            @Override
            public Expr var(Expr.Var v) {
                return s.num(v.variable() == variable ? 1 : 0);
            }

            @Override
            public Expr constant(Expr.Const c) {
                return s.num(0);
            }

            @Override
            public Expr neg(Expr.Neg n) {
                return s.neg(d(n.operand()));
            }

            @Override
            public Expr binary(Binary b) {
                return binaryRule(b);
            }

            @Override
            public Expr call(Call c) {
                return callRule(c);
            }
        });
        memo.put(e, result);
        return result;
    }

    private Expr binaryRule(Binary b) {
        Expr u = b.left();
        Expr v = b.right();
        return switch (b.op()) {
            case ADD -> s.add(d(u), d(v));
            case SUB -> s.sub(d(u), d(v));
            case MUL -> s.add(s.mul(d(u), v), s.mul(u, d(v)));
            case DIV -> {
                Expr du = d(u);
                Expr dv = d(v);
                if (isZero(dv)) {
                    yield s.div(du, v);
                }
                yield s.div(s.sub(s.mul(du, v), s.mul(u, dv)), s.pow(v, s.num(2)));
            }
            case POW -> powerRule(b, u, v);
        };
    }

    private Expr powerRule(Expr whole, Expr u, Expr v) {
        Expr du = d(u);
        Expr dv = d(v);
        if (isZero(dv)) {
            if (isZero(du)) {
                return s.num(0);
            }
            Expr lowered = Simplify.isNumber(v) ? s.num(Simplify.value(v) - 1) : s.sub(v, s.num(1));
            return s.mul(s.mul(v, s.pow(u, lowered)), du);
        }
        if (isZero(du)) {
            return s.mul(s.mul(whole, s.call(Builtin.LN, u)), dv);
        }
        return s.mul(whole, s.add(s.mul(dv, s.call(Builtin.LN, u)), s.div(s.mul(v, du), u)));
    }

    private Expr callRule(Call c) {
        Builtin f = c.function();
        Expr u = c.arg(0);
        if (f.arity() == 2) {
            return twoArgumentRule(c, f, u, c.arg(1));
        }
        Expr du = d(u);
        if (isZero(du)) {
            return s.num(0);
        }
        Expr outer = switch (f) {
            case SIN -> s.call(Builtin.COS, u);
            case COS -> s.neg(s.call(Builtin.SIN, u));
            case TAN -> s.div(s.num(1), s.pow(s.call(Builtin.COS, u), s.num(2)));
            case ASIN -> s.div(s.num(1), s.call(Builtin.SQRT, s.sub(s.num(1), s.pow(u, s.num(2)))));
            case ACOS -> s.neg(s.div(s.num(1), s.call(Builtin.SQRT, s.sub(s.num(1), s.pow(u, s.num(2))))));
            case ATAN -> s.div(s.num(1), s.add(s.num(1), s.pow(u, s.num(2))));
            case SINH -> s.call(Builtin.COSH, u);
            case COSH -> s.call(Builtin.SINH, u);
            case TANH -> s.sub(s.num(1), s.pow(c, s.num(2)));
            case EXP -> c;
            case LOG, LN -> s.div(s.num(1), u);
            case LOG10 -> s.div(s.num(1), s.mul(u, s.call(Builtin.LN, s.num(10))));
            case LOG2 -> s.div(s.num(1), s.mul(u, s.call(Builtin.LN, s.num(2))));
            case SQRT -> s.div(s.num(1), s.mul(s.num(2), c));
            case CBRT -> s.div(s.num(1), s.mul(s.num(3), s.pow(c, s.num(2))));
            case ABS -> s.call(Builtin.SIGN, u);
            case SIGN, FLOOR, CEIL -> s.num(0);
            case MIN, MAX, POW, HYPOT, ATAN2 -> throw new IllegalStateException("two-argument " + f.id());
        };
        return s.mul(outer, du);
    }

    private Expr twoArgumentRule(Call c, Builtin f, Expr a, Expr b) {
        Expr da = d(a);
        Expr db = d(b);
        if (isZero(da) && isZero(db)) {
            return s.num(0);
        }
        return switch (f) {
            case POW -> powerRule(c, a, b);
            case MIN, MAX -> {
                Expr sign = s.call(Builtin.SIGN, s.sub(a, b));
                Expr towardA = f == Builtin.MIN ? s.sub(s.num(1), sign) : s.add(s.num(1), sign);
                Expr towardB = f == Builtin.MIN ? s.add(s.num(1), sign) : s.sub(s.num(1), sign);
                yield s.add(s.div(s.mul(da, towardA), s.num(2)), s.div(s.mul(db, towardB), s.num(2)));
            }
            case HYPOT -> s.div(s.add(s.mul(a, da), s.mul(b, db)), c);
            case ATAN2 -> s.div(s.sub(s.mul(b, da), s.mul(a, db)), s.add(s.pow(a, s.num(2)), s.pow(b, s.num(2))));
            default -> throw new IllegalStateException("one-argument " + f.id());
        };
    }

    private static boolean isZero(Expr e) {
        return Simplify.isNumber(e) && Simplify.value(e) == 0;
    }
}
