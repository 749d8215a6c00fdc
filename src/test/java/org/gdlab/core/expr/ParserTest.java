package org.gdlab.core.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParserTest {

    @ParameterizedTest(name = "{0}  ->  {1}")
    @CsvSource(delimiter = '|', value = {
        // numbers
        "3 | 3", "0.5 | 0.5", ".5 | 0.5", "1. | 1", "1e-3 | 0.001", "2.5E+4 | 25000", "1E2 | 100",
        // variables and constants
        "x | x", "y | y", "pi | pi", "e | e",
        // precedence and associativity
        "1 + 2 * 3 | (+ 1 (* 2 3))",
        "1 - 2 - 3 | (- (- 1 2) 3)",
        "8 / 4 / 2 | (/ (/ 8 4) 2)",
        "2^3^2 | (^ 2 (^ 3 2))",
        "-x^2 | (- (^ x 2))",
        "-2^2 | (- (^ 2 2))",
        "2^-x | (^ 2 (- x))",
        "x^-y^2 | (^ x (- (^ y 2)))",
        "--x | (- (- x))",
        "+x | x",
        "x - -y | (- x (- y))",
        "x * -y | (* x (- y))",
        "(x + y) * 2 | (* (+ x y) 2)",
        "((x)) | x",
        "-x*y | (* (- x) y)",
        "x^y*2 | (* (^ x y) 2)",
        // implicit multiplication
        "2x | (* 2 x)",
        "3(x+y) | (* 3 (+ x y))",
        "(x+1)(y-1) | (* (+ x 1) (- y 1))",
        "2pi x | (* (* 2 pi) x)",
        "2x^2 | (* 2 (^ x 2))",
        "x y | (* x y)",
        "2sin(x) | (* 2 (sin x))",
        "x(y+1) | (* x (+ y 1))",
        "-2x | (* (- 2) x)",
        "2x/y | (/ (* 2 x) y)",
        "2e | (* 2 e)",
        "2e^x | (* 2 (^ e x))",
        "2e-3 | 0.002",
        "2e - 3 | (- (* 2 e) 3)",
        "2exp(x) | (* 2 (exp x))",
        "x*2y | (* (* x 2) y)",
        // functions and whitespace
        "atan2(y, x) | (atan2 y x)",
        "min( x ,max(y,1) ) | (min x (max y 1))",
        "\t sqrt ( x ) \r | (sqrt x)",
        "ln(x) + log(x) + log10(x) + log2(x) | (+ (+ (+ (ln x) (log x)) (log10 x)) (log2 x))",
        "pow(x, 2) | (pow x 2)",
    })
    void parsesToTheExpectedTree(String text, String expected) {
        assertEquals(expected, Sexpr.parse(text));
    }

    @Test
    void everyBuiltinFunctionIsAcceptedWithItsArity() {
        for (Builtin f : Builtin.values()) {
            String args = f.arity() == 1 ? "(x)" : "(x, y)";
            assertEquals("(" + f.id() + (f.arity() == 1 ? " x)" : " x y)"), Sexpr.parse(f.id() + args));
        }
    }

    @Test
    void nestingAtTheLimitIsAccepted() {
        int n = FormulaLimits.MAX_NESTING - 1;
        String text = "(".repeat(n) + "x" + ")".repeat(n);
        assertEquals("x", Sexpr.parse(text));
    }

    @Test
    void nestingBeyondTheLimitIsRefusedWithoutStackOverflow() {
        String text = "(".repeat(4000) + "x" + ")".repeat(4000);
        FormulaException e = assertThrows(FormulaException.class, () -> Parser.parse(text));
        assertEquals(true, e.getMessage().startsWith("formula nested too deeply"));
    }

    @Test
    void aLongSumBeyondTheDepthLimitIsRefused() {
        String text = "x" + "+x".repeat(FormulaLimits.MAX_DEPTH + 1);
        FormulaException e = assertThrows(FormulaException.class, () -> Parser.parse(text));
        assertEquals(true, e.getMessage().startsWith("formula too deep"));
    }

    @Test
    void aFormulaOfMoreThanTenThousandCharactersIsRefused() {
        String text = "x" + " ".repeat(10_000);
        FormulaException e = assertThrows(FormulaException.class, () -> Parser.parse(text));
        assertEquals("formula too long: 10001 characters (at most 10000)", e.getMessage());
        assertEquals(10_000, e.start());
        assertEquals(10_001, e.end());
    }

    @Test
    void aFormulaOfExactlyTenThousandCharactersIsAccepted() {
        String text = "x" + " ".repeat(9_999);
        assertEquals("x", Sexpr.parse(text));
    }
}
