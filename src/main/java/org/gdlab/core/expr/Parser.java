package org.gdlab.core.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gdlab.core.expr.Expr.BinaryOp;
import org.gdlab.core.expr.Token.Type;

/**
 * The recursive-descent parser of the formula language, one method per grammar rule:
 * <pre>
 *   formula    → expression END
 *   expression → term ( ( "+" | "-" ) term )*
 *   term       → unary ( ( "*" | "/" ) unary | implicit )*
 *   implicit   → power                         (only when the next token is a name or "(")
 *   unary      → ( "-" | "+" ) unary | power
 *   power      → primary ( "^" unary )?          (so ^ is right-associative and -x^2 = -(x^2))
 *   primary    → NUMBER | NAME | NAME "(" arguments ")" | "(" expression ")"
 *   arguments  → expression ( "," expression )*
 * </pre>
 * An implicit product has the same precedence as {@code *}; it is refused right after a division
 * ({@code 1/2x}), where students disagree on its meaning.
 */
final class Parser {

    private final String text;
    private final List<Token> tokens;
    private int current;
    private int nesting;

    private Parser(String text) {
        this.text = text;
        this.tokens = Lexer.tokenize(text);
    }

    /**
     * @return the tree of {@code text}
     * @throws FormulaException for any text that is not a formula of the language, or too large
     */
    static Expr parse(String text) {
        if (text == null) {
            throw new FormulaException("empty formula: no text given", 0, 0);
        }
        if (text.length() > FormulaLimits.MAX_LENGTH) {
            throw new FormulaException("formula too long: " + text.length() + " characters (at most "
                    + FormulaLimits.MAX_LENGTH + ")", FormulaLimits.MAX_LENGTH, text.length());
        }
        if (text.isBlank()) {
            throw new FormulaException("empty formula: type an expression in x and y, e.g. x^2 + y^2",
                    0, text.length());
        }
        Expr e = new Parser(text).formula();
        checkDepth(e, text);
        return e;
    }

    private Expr formula() {
        Expr e = expression();
        Token t = peek();
        switch (t.type()) {
            case END -> {
                return e;
            }
            case RIGHT_PAREN -> throw error("')' without a matching '('", t);
            case COMMA -> throw error("a comma outside a function call", t);
            case NUMBER -> throw error("missing operator before the number " + FormulaException.quote(t.text()), t);
            default -> throw error("unexpected " + FormulaException.quote(t.text()), t);
        }
    }

    private Expr expression() {
        Expr left = term();
        while (match(Type.PLUS, Type.MINUS)) {
            BinaryOp op = previous().type() == Type.PLUS ? BinaryOp.ADD : BinaryOp.SUB;
            left = new Expr.Binary(op, left, term());
        }
        return left;
    }

    private Expr term() {
        Expr left = unary();
        Token lastDivision = null;
        while (true) {
            if (match(Type.STAR, Type.SLASH)) {
                boolean divide = previous().type() == Type.SLASH;
                lastDivision = divide ? previous() : null;
                left = new Expr.Binary(divide ? BinaryOp.DIV : BinaryOp.MUL, left, unary());
            } else if (check(Type.NAME) || check(Type.LEFT_PAREN)) {
                int factorStart = peek().start();
                Expr right = implicit();
                if (lastDivision != null) {
                    throw new FormulaException("implicit multiplication right after a division is ambiguous: "
                            + "write '*' or parentheses, e.g. 1/(2x) or (1/2)x", lastDivision.start(),
                            Math.max(previous().end(), factorStart + 1));
                }
                left = new Expr.Binary(BinaryOp.MUL, left, right);
            } else {
                return left;
            }
        }
    }

    private Expr implicit() {
        return power();
    }

    private Expr unary() {
        if (++nesting > FormulaLimits.MAX_NESTING) {
            Token t = peek();
            throw new FormulaException("formula nested too deeply (more than " + FormulaLimits.MAX_NESTING
                    + " levels of parentheses, functions, signs and powers)", t.start(), Math.max(t.end(), t.start()));
        }
        try {
            if (match(Type.MINUS)) {
                return new Expr.Neg(unary());
            }
            if (match(Type.PLUS)) {
                return unary();
            }
            return power();
        } finally {
            nesting--;
        }
    }

    private Expr power() {
        Expr base = primary();
        if (match(Type.CARET)) {
            return new Expr.Binary(BinaryOp.POW, base, unary());
        }
        return base;
    }

    private Expr primary() {
        Token t = peek();
        switch (t.type()) {
            case NUMBER -> {
                advance();
                return new Expr.Num(t.number());
            }
            case NAME -> {
                advance();
                return name(t);
            }
            case LEFT_PAREN -> {
                advance();
                if (check(Type.RIGHT_PAREN)) {
                    throw new FormulaException("empty parentheses: put an expression inside '()'",
                            t.start(), peek().end());
                }
                Expr inside = expression();
                closeParen(t, null);
                return inside;
            }
            default -> throw missingOperand(t);
        }
    }

    private Expr name(Token name) {
        String id = name.text();
        Optional<Builtin> fn = Builtin.byId(id);
        if (fn.isPresent()) {
            if (!check(Type.LEFT_PAREN)) {
                throw error("function '" + id + "' needs its argument in parentheses, e.g. " + id
                        + (fn.get().arity() == 1 ? "(x)" : "(x, y)"), name);
            }
            return call(name, fn.get());
        }
        for (Expr.Variable v : Expr.Variable.values()) {
            if (v.id().equals(id)) {
                return new Expr.Var(v);
            }
        }
        for (Expr.Constant c : Expr.Constant.values()) {
            if (c.id().equals(id)) {
                return new Expr.Const(c);
            }
        }
        if (check(Type.LEFT_PAREN)) {
            throw error("unknown function " + FormulaException.quote(id) + Suggest.function(id), name);
        }
        throw error("unknown variable " + FormulaException.quote(id) + " (only x and y" + Suggest.variable(id) + ")", name);
    }

    private Expr call(Token name, Builtin fn) {
        Token open = advance();
        List<Expr> args = new ArrayList<>();
        if (!check(Type.RIGHT_PAREN)) {
            do {
                args.add(expression());
            } while (match(Type.COMMA));
        }
        closeParen(open, fn);
        if (args.size() != fn.arity()) {
            throw new FormulaException("wrong number of arguments for " + fn.id() + " (expects " + fn.arity()
                    + ", got " + args.size() + ")", name.start(), previous().end());
        }
        return new Expr.Call(fn, args);
    }

    private void closeParen(Token open, Builtin fn) {
        if (match(Type.RIGHT_PAREN)) {
            return;
        }
        Token t = peek();
        if (t.type() == Type.COMMA && fn == null) {
            throw error("a comma outside a function call", t);
        }
        if (t.type() == Type.NUMBER) {
            throw error("missing operator before the number " + FormulaException.quote(t.text()), t);
        }
        throw new FormulaException("missing ')' for the '(' at column " + (open.start() + 1),
                open.start(), open.end());
    }

    private FormulaException missingOperand(Token t) {
        Token before = current > 0 ? previous() : null;
        if (before != null && before.isOperator()) {
            if (t.isOperator()) {
                return new FormulaException("two operators in a row: '" + before.text() + "' then '" + t.text()
                        + "'", before.start(), t.end());
            }
            return error("operator '" + before.text() + "' with nothing after it", before);
        }
        return switch (t.type()) {
            case STAR, SLASH, CARET -> error("operator '" + t.text() + "' with nothing before it", t);
            case COMMA -> error(isInsideCall() ? "missing function argument before ','"
                    : "a comma outside a function call", t);
            case RIGHT_PAREN -> error(isInsideCall() ? "missing function argument before ')'"
                    : "')' without a matching '('", t);
            case END -> new FormulaException("the formula ends too early", t.start(), t.end());
            default -> error("unexpected " + FormulaException.quote(t.text()), t);
        };
    }

    /** @return true when the innermost open parenthesis before the current token belongs to a call */
    private boolean isInsideCall() {
        int depth = 0;
        for (int i = current - 1; i >= 0; i--) {
            Type type = tokens.get(i).type();
            if (type == Type.RIGHT_PAREN) {
                depth++;
            } else if (type == Type.LEFT_PAREN) {
                if (depth == 0) {
                    return isCallParen(i);
                }
                depth--;
            }
        }
        return false;
    }

    private boolean isCallParen(int index) {
        return index > 0 && tokens.get(index - 1).type() == Type.NAME
                && Builtin.byId(tokens.get(index - 1).text()).isPresent();
    }

    private static void checkDepth(Expr e, String text) {
        if (Exprs.depth(e, FormulaLimits.MAX_DEPTH + 1) > FormulaLimits.MAX_DEPTH) {
            throw new FormulaException("formula too deep: more than " + FormulaLimits.MAX_DEPTH
                    + " operations nested inside each other", 0, text.length());
        }
    }

    private FormulaException error(String message, Token t) {
        return new FormulaException(message, t.start(), t.end());
    }

    private boolean match(Type... types) {
        for (Type type : types) {
            if (check(type)) {
                advance();
                return true;
            }
        }
        return false;
    }

    private boolean check(Type type) {
        return peek().type() == type;
    }

    private Token advance() {
        Token t = peek();
        if (t.type() != Type.END) {
            current++;
        }
        return t;
    }

    private Token peek() {
        return tokens.get(current);
    }

    private Token previous() {
        return tokens.get(current - 1);
    }
}
