package org.gdlab.core.expr;

import java.util.List;
import java.util.SplittableRandom;
import org.gdlab.core.expr.Expr.BinaryOp;

/** Test helper: random expression trees from a seeded generator. */
final class RandomFormulas {

    private static final double[] NUMBERS = {0, 0.5, 1, 2, 3, 0.25, 1.5, 10, 0.001, 2.5e4, 0.1, 7};
    private static final Builtin[] SMOOTH = {Builtin.SIN, Builtin.COS, Builtin.TAN, Builtin.ATAN, Builtin.SINH,
        Builtin.COSH, Builtin.TANH, Builtin.EXP, Builtin.LOG, Builtin.LN, Builtin.LOG10, Builtin.LOG2,
        Builtin.SQRT, Builtin.CBRT, Builtin.ASIN, Builtin.ACOS, Builtin.HYPOT, Builtin.ATAN2, Builtin.POW};

    private final SplittableRandom random;
    private final boolean smoothOnly;

    RandomFormulas(long seed, boolean smoothOnly) {
        this.random = new SplittableRandom(seed);
        this.smoothOnly = smoothOnly;
    }

    Expr next(int depth) {
        if (depth <= 0 || random.nextInt(6) == 0) {
            return leaf();
        }
        int kind = random.nextInt(10);
        if (kind < 1) {
            return new Expr.Neg(next(depth - 1));
        }
        if (kind < 7) {
            BinaryOp op = BinaryOp.values()[random.nextInt(BinaryOp.values().length)];
            if (op == BinaryOp.POW && smoothOnly) {
                // keep powers tame: a small integer or half-integer exponent, or a positive base
                return random.nextBoolean()
                        ? new Expr.Binary(op, next(depth - 1), new Expr.Num(random.nextInt(5) * 0.5))
                        : new Expr.Binary(op, new Expr.Num(0.5 + random.nextInt(4)), next(depth - 1));
            }
            return new Expr.Binary(op, next(depth - 1), next(depth - 1));
        }
        Builtin f = smoothOnly ? SMOOTH[random.nextInt(SMOOTH.length)]
                : Builtin.values()[random.nextInt(Builtin.values().length)];
        if (f.arity() == 1) {
            return new Expr.Call(f, List.of(next(depth - 1)));
        }
        return new Expr.Call(f, List.of(next(depth - 1), next(depth - 1)));
    }

    private Expr leaf() {
        return switch (random.nextInt(7)) {
            case 0, 1 -> new Expr.Var(Expr.Variable.X);
            case 2, 3 -> new Expr.Var(Expr.Variable.Y);
            case 4 -> new Expr.Const(random.nextBoolean() ? Expr.Constant.PI : Expr.Constant.E);
            default -> new Expr.Num(NUMBERS[random.nextInt(NUMBERS.length)] * (random.nextInt(20) == 0 ? 1.37 : 1));
        };
    }
}
