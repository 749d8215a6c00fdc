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
        String right = print(r);
        boolean wrapRight = precedence(r) <= p || right.startsWith("-");
        if (op == BinaryOp.MUL && Simplify.isNumber(l) && !(r instanceof Expr.Neg)
                && (wrapRight || (precedence(r) == ATOM_PRECEDENCE || r instanceof Binary rb && rb.op() == BinaryOp.POW)
                && (Character.isLetter(right.charAt(0)) || right.charAt(0) == '('))) {
            // implicit product: 2x, 2sin(x), 2x^2, 2(x + y)
        } else {
            switch (op) {
                case ADD, SUB -> out.append(' ').append(op.symbol()).append(' ');
                default -> out.append(op.symbol());
            }
        }
        if (wrapRight) {
            out.append('(').append(right).append(')');
        } else {
            out.append(right);
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
