package org.gdlab.core.expr;

import org.gdlab.core.expr.Expr.Binary;
import org.gdlab.core.expr.Expr.BinaryOp;

/**
 * Writes a tree back as formula text with as few parentheses as the grammar needs (plus a few for
 * readability: around a negative right operand, {@code a - (-b)}, {@code 2^(-x)}, and {@code -(-x)}).
 * A number times something that starts with a name or a parenthesis is written as an implicit product,
 * {@code 2x}, {@code -400x}, {@code 3(x + y)}; every other product keeps its {@code *}.
 *
 * <p>For every tree whose numbers are finite and non-negative (all trees from the parser and from
 * {@link Simplify}), {@code Parser.parse(print(e)).equals(e)}.
 */
final class Printer {

    private static final int NEG_PRECEDENCE = 3;
    private static final int ATOM_PRECEDENCE = 5;

    private Printer() {
    }

    /** @return the formula text of e */
    static String print(Expr e) {
        StringBuilder out = new StringBuilder();
        write(e, out);
        return out.toString();
    }

    /** @return the shortest text that parses back to exactly v (for finite v &ge; 0) */
    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    static int precedence(Expr e) {
        if (e instanceof Expr.Neg) {
            return NEG_PRECEDENCE;
        }
        if (e instanceof Binary b) {
            return b.op().precedence();
        }
        return ATOM_PRECEDENCE;
    }

    private static void write(Expr e, StringBuilder out) {
        e.accept(new Expr.Visitor<Void>() {
            @Override
            public Void num(Expr.Num n) {
                out.append(number(n.value()));
                return null;
            }

            @Override
            public Void var(Expr.Var v) {
                out.append(v.variable().id());
                return null;
            }

            @Override
            public Void constant(Expr.Const c) {
                out.append(c.constant().id());
                return null;
            }

            @Override
            public Void neg(Expr.Neg n) {
                out.append('-');
                Expr o = n.operand();
                writeWrapped(o, precedence(o) < NEG_PRECEDENCE || o instanceof Expr.Neg, out);
                return null;
            }

            @Override
            public Void binary(Binary b) {
                writeBinary(b, out);
                return null;
            }

            @Override
            public Void call(Expr.Call c) {
                out.append(c.function().id()).append('(');
                for (int i = 0; i < c.args().size(); i++) {
                    if (i > 0) {
                        out.append(", ");
                    }
                    write(c.arg(i), out);
                }
                out.append(')');
                return null;
            }
        });
    }

    private static void writeBinary(Binary b, StringBuilder out) {
        BinaryOp op = b.op();
        int p = op.precedence();
        Expr l = b.left();
        Expr r = b.right();
        if (op == BinaryOp.POW) {
            writeWrapped(l, precedence(l) <= p, out);
            out.append('^');
            writeWrapped(r, precedence(r) < p, out);
            return;
        }
        writeWrapped(l, precedence(l) < p, out);
        char first = firstChar(r);
        boolean wrapRight = precedence(r) <= p || first == '-';
        if (op == BinaryOp.MUL && Simplify.isNumber(l) && !(r instanceof Expr.Neg)
                && (wrapRight || (precedence(r) == ATOM_PRECEDENCE || r instanceof Binary rb && rb.op() == BinaryOp.POW)
                && (Character.isLetter(first) || first == '('))) {
            // implicit product: 2x, 2sin(x), 2x^2, 2(x + y)
        } else {
            switch (op) {
                case ADD, SUB -> out.append(' ').append(op.symbol()).append(' ');
                default -> out.append(op.symbol());
            }
        }
        writeWrapped(r, wrapRight, out);
    }

    /**
     * @return the first character of {@code print(e)}, found along e's left edge without printing it (so
     *         printing stays linear in the length of the text)
     */
    private static char firstChar(Expr e) {
        Expr at = e;
        while (true) {
            if (at instanceof Expr.Num n) {
                return number(n.value()).charAt(0);
            }
            if (at instanceof Expr.Var v) {
                return v.variable().id().charAt(0);
            }
            if (at instanceof Expr.Const c) {
                return c.constant().id().charAt(0);
            }
            if (at instanceof Expr.Neg) {
                return '-';
            }
            if (at instanceof Expr.Call c) {
                return c.function().id().charAt(0);
            }
            Binary b = (Binary) at;
            int p = b.op().precedence();
            boolean wrapLeft = b.op() == BinaryOp.POW ? precedence(b.left()) <= p : precedence(b.left()) < p;
            if (wrapLeft) {
                return '(';
            }
            at = b.left();
        }
    }

    private static void writeWrapped(Expr e, boolean wrap, StringBuilder out) {
        if (wrap) {
            out.append('(');
            write(e, out);
            out.append(')');
        } else {
            write(e, out);
        }
    }
}
