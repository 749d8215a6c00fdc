package org.gdlab.core.expr;

/** Test helper: the value of a tree by a plain recursive walk (the reference for the compiled program). */
final class Evaluate {

    private Evaluate() {
    }

    static double at(Expr e, double x, double y) {
        if (e instanceof Expr.Num n) {
            return n.value();
        }
        if (e instanceof Expr.Var v) {
            return v.variable() == Expr.Variable.X ? x : y;
        }
        if (e instanceof Expr.Const c) {
            return c.constant().value();
        }
        if (e instanceof Expr.Neg n) {
            return -at(n.operand(), x, y);
        }
        if (e instanceof Expr.Binary b) {
            double l = at(b.left(), x, y);
            double r = at(b.right(), x, y);
            return switch (b.op()) {
                case ADD -> l + r;
                case SUB -> l - r;
                case MUL -> l * r;
                case DIV -> l / r;
                case POW -> Math.pow(l, r);
            };
        }
        Expr.Call c = (Expr.Call) e;
        double a = at(c.arg(0), x, y);
        return c.function().arity() == 1 ? c.function().apply(a) : c.function().apply(a, at(c.arg(1), x, y));
    }
}
