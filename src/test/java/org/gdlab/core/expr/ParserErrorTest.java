package org.gdlab.core.expr;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParserErrorTest {

    @ParameterizedTest(name = "[{0}]  ->  {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "sinn(x) | unknown function 'sinn' (did you mean 'sin'?) | 0 | 4",
        "Sin(x) | unknown function 'Sin' (did you mean 'sin'?) | 0 | 3",
        "sqr(x) | unknown function 'sqr' (did you mean 'sqrt'?) | 0 | 3",
        "foo(x) | unknown function 'foo' | 0 | 3",
        "x + z | unknown variable 'z' (only x and y) | 4 | 5",
        "xy | unknown variable 'xy' (only x and y; did you mean 'x*y'?) | 0 | 2",
        "X | unknown variable 'X' (only x and y; did you mean 'x'?) | 0 | 1",
        "3*(x+1 | missing ')' for the '(' at column 3 | 2 | 3",
        "sin(x | missing ')' for the '(' at column 4 | 3 | 4",
        "x * | operator '*' with nothing after it | 2 | 3",
        "x + | operator '+' with nothing after it | 2 | 3",
        "(x -) | operator '-' with nothing after it | 3 | 4",
        "* x | operator '*' with nothing before it | 0 | 1",
        "(^2) | operator '^' with nothing before it | 1 | 2",
        "x + * y | two operators in a row: '+' then '*' | 2 | 5",
        "\"   \" | empty formula: type an expression in x and y, e.g. x^2 + y^2 | 0 | 3",
        "x, y | a comma outside a function call | 1 | 2",
        "(x, y) | a comma outside a function call | 2 | 3",
        "atan2(x) | wrong number of arguments for atan2 (expects 2, got 1) | 0 | 8",
        "sin(x, y) | wrong number of arguments for sin (expects 1, got 2) | 0 | 9",
        "exp() | wrong number of arguments for exp (expects 1, got 0) | 0 | 5",
        "min(x,) | missing function argument before ')' | 6 | 7",
        "max(,y) | missing function argument before ',' | 4 | 5",
        "x $ y | unexpected character '$' | 2 | 3",
        "x² | unexpected character '²': superscripts are not supported, write x^2 | 1 | 2",
        "2×x | unexpected character '×': write '*' for multiplication | 1 | 2",
        "x ** 2 | use '^' for powers (x^2), not '**' | 2 | 4",
        "1/2x | implicit multiplication right after a division is ambiguous: write '*' or parentheses, e.g. 1/(2x) or (1/2)x | 1 | 4",
        "x 2 | missing operator before the number '2' | 2 | 3",
        "(x+1)2 | missing operator before the number '2' | 5 | 6",
        "sin x | function 'sin' needs its argument in parentheses, e.g. sin(x) | 0 | 3",
        "atan2 | function 'atan2' needs its argument in parentheses, e.g. atan2(x, y) | 0 | 5",
        "() | empty parentheses: put an expression inside '()' | 0 | 2",
        "x) | ')' without a matching '(' | 1 | 2",
        "1.2.3 | a number with two decimal points: '1.2.' | 0 | 4",
        ". | a lone '.' is not a number (write 0.5 or .5) | 0 | 1",
        "1e999 | number too large: '1e999' | 0 | 5",
        "System.exit(1) | unknown name 'System': a formula has only x, y, pi, e and the functions sin, cos, tan, asin, acos, atan, sinh, cosh, tanh, exp, log, ln, log10, log2, sqrt, cbrt, abs, sign, floor, ceil, min, max, pow, hypot, atan2 | 0 | 6",
        "x.y | a lone '.' is not a number (write 0.5 or .5) | 1 | 2",
        "x + ‮ | unexpected character U+202E | 4 | 5",
    })
    void reportsAPlainMessageAndTheRangeItRefersTo(String text, String message, int start, int end) {
        FormulaException e = assertThrows(FormulaException.class, () -> FormulaSurface.parse(text));
        assertAll(
                () -> assertEquals(message, e.getMessage()),
                () -> assertEquals(start, e.start(), "start"),
                () -> assertEquals(end, e.end(), "end"));
    }

    @Test
    void emptyStringIsAnEmptyFormula() {
        FormulaException e = assertThrows(FormulaException.class, () -> FormulaSurface.parse(""));
        assertEquals("empty formula: type an expression in x and y, e.g. x^2 + y^2", e.getMessage());
        assertEquals(0, e.start());
        assertEquals(0, e.end());
    }

    @Test
    void nullIsAFormulaExceptionToo() {
        assertThrows(FormulaException.class, () -> FormulaSurface.parse(null));
    }

    @Test
    void caretLineUnderlinesTheRange() {
        FormulaException e = assertThrows(FormulaException.class, () -> FormulaSurface.parse("x + sinn(y)"));
        assertEquals("    ^^^^", e.caretLine());
    }

    @Test
    void caretLineShowsOneCaretForAnEmptyRange() {
        assertEquals("  ^", new FormulaException("m", 2, 2).caretLine());
    }

    @Test
    void isAnIllegalArgumentException() {
        assertEquals(IllegalArgumentException.class, FormulaException.class.getSuperclass());
    }
}
