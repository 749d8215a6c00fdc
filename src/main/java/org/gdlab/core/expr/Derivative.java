package org.gdlab.core.expr;

import static org.gdlab.core.expr.Simplify.add;
import static org.gdlab.core.expr.Simplify.call;
import static org.gdlab.core.expr.Simplify.div;
import static org.gdlab.core.expr.Simplify.isNumber;
import static org.gdlab.core.expr.Simplify.mul;
import static org.gdlab.core.expr.Simplify.neg;
import static org.gdlab.core.expr.Simplify.num;
import static org.gdlab.core.expr.Simplify.pow;
import static org.gdlab.core.expr.Simplify.sub;
import static org.gdlab.core.expr.Simplify.value;

import java.util.IdentityHashMap;
import java.util.Map;
import org.gdlab.core.expr.Expr.Binary;
import org.gdlab.core.expr.Expr.Call;
import org.gdlab.core.expr.Expr.Variable;

/**
 * Symbolic partial derivative ∂e/∂v, simplified as it is built (see {@link Simplify}).
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

    private final Variable variable;
    private final Map<Expr, Expr> memo = new IdentityHashMap<>();

    private Derivative(Variable variable) {
        this.variable = variable;
    }

    /** @return ∂e/∂v, simplified */
    static Expr of(Expr e, Variable v) {
        return new Derivative(v).d(e);
    }

    private Expr d(Expr e) {
        Expr known = memo.get(e);
        if (known != null) {
            return known;
        }
        Expr result = e.accept(new Expr.Visitor<Expr>() {
            @Override
            public Expr num(Expr.Num n) {
                return Simplify.num(0);
            }

            @Override
            public Expr var(Expr.Var v) {
                return Simplify.num(v.variable() == variable ? 1 : 0);
            }

            @Override
            public Expr constant(Expr.Const c) {
                return Simplify.num(0);
            }

            @Override
            public Expr neg(Expr.Neg n) {
                return Simplify.neg(d(n.operand()));
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
            case ADD -> add(d(u), d(v));
            case SUB -> sub(d(u), d(v));
            case MUL -> add(mul(d(u), v), mul(u, d(v)));
            case DIV -> {
                Expr du = d(u);
                Expr dv = d(v);
                if (isZero(dv)) {
                    yield div(du, v);
                }
                yield div(sub(mul(du, v), mul(u, dv)), pow(v, num(2)));
            }
            case POW -> powerRule(b, u, v);
        };
    }

    private Expr powerRule(Expr whole, Expr u, Expr v) {
        Expr du = d(u);
        Expr dv = d(v);
        if (isZero(dv)) {
            if (isZero(du)) {
                return num(0);
            }
            Expr lowered = isNumber(v) ? num(value(v) - 1) : sub(v, num(1));
            return mul(mul(v, pow(u, lowered)), du);
        }
        if (isZero(du)) {
            return mul(mul(whole, call(Builtin.LN, u)), dv);
        }
        return mul(whole, add(mul(dv, call(Builtin.LN, u)), div(mul(v, du), u)));
    }

    private Expr callRule(Call c) {
        Builtin f = c.function();
        Expr u = c.arg(0);
        if (f.arity() == 2) {
            return twoArgumentRule(c, f, u, c.arg(1));
        }
        Expr du = d(u);
        if (isZero(du)) {
            return num(0);
        }
        Expr outer = switch (f) {
            case SIN -> call(Builtin.COS, u);
            case COS -> neg(call(Builtin.SIN, u));
            case TAN -> div(num(1), pow(call(Builtin.COS, u), num(2)));
            case ASIN -> div(num(1), call(Builtin.SQRT, sub(num(1), pow(u, num(2)))));
            case ACOS -> neg(div(num(1), call(Builtin.SQRT, sub(num(1), pow(u, num(2))))));
            case ATAN -> div(num(1), add(num(1), pow(u, num(2))));
            case SINH -> call(Builtin.COSH, u);
            case COSH -> call(Builtin.SINH, u);
            case TANH -> sub(num(1), pow(c, num(2)));
            case EXP -> c;
            case LOG, LN -> div(num(1), u);
            case LOG10 -> div(num(1), mul(u, call(Builtin.LN, num(10))));
            case LOG2 -> div(num(1), mul(u, call(Builtin.LN, num(2))));
            case SQRT -> div(num(1), mul(num(2), c));
            case CBRT -> div(num(1), mul(num(3), pow(c, num(2))));
            case ABS -> call(Builtin.SIGN, u);
            case SIGN, FLOOR, CEIL -> num(0);
            case MIN, MAX, POW, HYPOT, ATAN2 -> throw new IllegalStateException("two-argument " + f.id());
        };
        return mul(outer, du);
    }

    private Expr twoArgumentRule(Call c, Builtin f, Expr a, Expr b) {
        Expr da = d(a);
        Expr db = d(b);
        if (isZero(da) && isZero(db)) {
            return num(0);
        }
        return switch (f) {
            case POW -> powerRule(c, a, b);
            case MIN, MAX -> {
                Expr s = call(Builtin.SIGN, sub(a, b));
                Expr towardA = f == Builtin.MIN ? sub(num(1), s) : add(num(1), s);
                Expr towardB = f == Builtin.MIN ? add(num(1), s) : sub(num(1), s);
                yield add(div(mul(da, towardA), num(2)), div(mul(db, towardB), num(2)));
            }
            case HYPOT -> div(add(mul(a, da), mul(b, db)), c);
            case ATAN2 -> div(sub(mul(b, da), mul(a, db)), add(pow(a, num(2)), pow(b, num(2))));
            default -> throw new IllegalStateException("one-argument " + f.id());
        };
    }

    private static boolean isZero(Expr e) {
        return isNumber(e) && value(e) == 0;
    }
}
