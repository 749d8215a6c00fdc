package org.gdlab.core.expr;

import java.util.stream.Collectors;

/** Test helper: a tree as a fully parenthesised prefix form, e.g. {@code (+ x (* 2 y))}. */
final class Sexpr {

    private Sexpr() {
    }

    static String of(Expr e) {
        if (e instanceof Expr.Num n) {
            return Printer.number(n.value());
        }
        if (e instanceof Expr.Var v) {
            return v.variable().id();
        }
        if (e instanceof Expr.Const c) {
            return c.constant().id();
        }
        if (e instanceof Expr.Neg n) {
            return "(- " + of(n.operand()) + ")";
        }
        if (e instanceof Expr.Binary b) {
            return "(" + b.op().symbol() + " " + of(b.left()) + " " + of(b.right()) + ")";
        }
        Expr.Call c = (Expr.Call) e;
        return "(" + c.function().id() + " " + c.args().stream().map(Sexpr::of).collect(Collectors.joining(" "))
                + ")";
    }

    static String parse(String text) {
        return of(Parser.parse(text));
    }
}
