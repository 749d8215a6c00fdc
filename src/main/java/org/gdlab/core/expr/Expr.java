package org.gdlab.core.expr;

import java.util.List;

/**
 * A formula C(x, y) as a tree: the closed family of expression nodes. Every node is an immutable record,
 * so two trees are {@code equals} exactly when they have the same shape and the same numbers.
 *
 * <p>The parser builds only non-negative {@link Num}s (a leading minus is a {@link Neg}); the simplifier
 * keeps that form, so a printed tree always parses back to an equal tree.
 *
 * <p>Java 17 has no pattern {@code switch} yet (it is a preview there), so passes over the tree implement
 * {@link Visitor}: one method per record, checked by the compiler like an exhaustive switch.
 */
public sealed interface Expr permits Expr.Num, Expr.Var, Expr.Const, Expr.Neg, Expr.Binary, Expr.Call {

    /** @return what {@code visitor} makes of this node */
    <R> R accept(Visitor<R> visitor);

    /**
     * A pass over expression trees: one method per kind of node.
     *
     * @param <R> what the pass produces
     */
    interface Visitor<R> {
        R num(Num n);

        R var(Var v);

        R constant(Const c);

        R neg(Neg n);

        R binary(Binary b);

        R call(Call c);
    }

    /**
     * A number literal.
     *
     * @param value a finite value; the parser only makes values &ge; 0
     */
    record Num(double value) implements Expr {
        public Num {
            if (value == 0) {
                value = 0.0; // one zero: -0.0 would not equal 0.0
            }
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.num(this);
        }
    }

    /** The variable x or y. */
    record Var(Variable variable) implements Expr {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.var(this);
        }
    }

    /** The named constant pi or e. */
    record Const(Constant constant) implements Expr {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.constant(this);
        }
    }

    /** Unary minus −operand. */
    record Neg(Expr operand) implements Expr {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.neg(this);
        }
    }

    /** A binary operation {@code left op right}. */
    record Binary(BinaryOp op, Expr left, Expr right) implements Expr {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.binary(this);
        }
    }

    /**
     * A call of a built-in function.
     *
     * @param function the function
     * @param args     exactly {@code function.arity()} arguments (immutable copy)
     */
    record Call(Builtin function, List<Expr> args) implements Expr {
        public Call {
            args = List.copyOf(args);
            if (args.size() != function.arity()) {
                throw new IllegalArgumentException(function.id() + " takes " + function.arity() + " arguments");
            }
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.call(this);
        }

        /** @return the i-th argument */
        public Expr arg(int i) {
            return args.get(i);
        }
    }

    /** The two variables of a cost C(x, y). */
    enum Variable {
        X("x"), Y("y");

        private final String id;

        Variable(String id) {
            this.id = id;
        }

        /** @return the name as typed */
        public String id() {
            return id;
        }
    }

    /** The named constants of the language. */
    enum Constant {
        PI("pi", Math.PI), E("e", Math.E);

        private final String id;
        private final double value;

        Constant(String id, double value) {
            this.id = id;
            this.value = value;
        }

        /** @return the name as typed */
        public String id() {
            return id;
        }

        /** @return its double value */
        public double value() {
            return value;
        }
    }

    /** The binary operators, with their binding strength (higher binds tighter). */
    enum BinaryOp {
        ADD("+", 1), SUB("-", 1), MUL("*", 2), DIV("/", 2), POW("^", 4);

        private final String symbol;
        private final int precedence;

        BinaryOp(String symbol, int precedence) {
            this.symbol = symbol;
            this.precedence = precedence;
        }

        /** @return the operator as typed */
        public String symbol() {
            return symbol;
        }

        /** @return 1 for + -, 2 for * /, 4 for ^ (unary minus is 3) */
        public int precedence() {
            return precedence;
        }
    }
}
