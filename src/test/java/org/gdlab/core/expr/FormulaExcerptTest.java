package org.gdlab.core.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The excerpt of a formula under an error message: short, one line, with the caret under the place. */
class FormulaExcerptTest {

    @Test
    void aShortFormulaIsShownWholeWithCaretsUnderTheRange() {
        FormulaException e = assertThrows(FormulaException.class, () -> FormulaSurface.parse("x + sinn(y)"));
        assertEquals(new FormulaException.Excerpt("x + sinn(y)", "    ^^^^"), e.excerpt("x + sinn(y)", 58));
    }

    @Test
    void theEndOfAFormulaGetsACaretAfterItsLastCharacter() {
        FormulaException e = assertThrows(FormulaException.class, () -> FormulaSurface.parse("sin(x"));
        assertEquals("missing ')' for the '(' at column 4", e.getMessage());
        FormulaException end = new FormulaException("the formula ends too early", 5, 5);
        assertEquals(new FormulaException.Excerpt("sin(x", "     ^"), end.excerpt("sin(x", 58));
    }

    @Test
    void aLongFormulaIsCutAroundThePlaceWithAThirdOfTheWidthBefore() {
        String text = "a".repeat(100) + "$" + "b".repeat(100);
        FormulaException.Excerpt x = new FormulaException("m", 100, 101).excerpt(text, 30);
        // a third of 30 = 10 characters before the place, then the rest of the 30 less the two '…'
        assertEquals("…" + "a".repeat(10) + "$" + "b".repeat(17) + "…", x.formula());
        assertEquals(" ".repeat(11) + "^", x.carets());
    }

    @Test
    void aPlaceNearTheEndShowsAsMuchBeforeItAsFits() {
        String text = "a".repeat(100) + "$";
        FormulaException.Excerpt x = new FormulaException("m", 100, 101).excerpt(text, 30);
        assertEquals("…" + "a".repeat(28) + "$", x.formula());
        assertEquals(" ".repeat(29) + "^", x.carets());
        FormulaException.Excerpt end = new FormulaException("m", 101, 101).excerpt(text, 30);
        assertEquals("…" + "a".repeat(27) + "$", end.formula());
        assertEquals(" ".repeat(29) + "^", end.carets());
    }

    @Test
    void controlAndInvisibleCharactersAreShownAsSpaces() {
        String text = "x\t+\ny\u202e+\u0007z";
        assertEquals("x + y + z", new FormulaException("m", 8, 9).excerpt(text, 58).formula());
    }

    @Test
    void theExcerptFitsItsWidthAndTheCaretIsUnderThePlaceForAnyRange() {
        SplittableRandom random = new SplittableRandom(71L);
        for (int i = 0; i < 20_000; i++) {
            int length = random.nextInt(300);
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < length; k++) {
                sb.append((char) ('a' + random.nextInt(26)));
            }
            String text = sb.toString();
            int width = 8 + random.nextInt(70);
            int start = random.nextInt(length + 1);
            int end = start + random.nextInt(length - start + 1);
            FormulaException.Excerpt x = new FormulaException("m", start, end).excerpt(text, width);
            String where = length + " characters, [" + start + ", " + end + "), width " + width;
            assertTrue(x.formula().length() <= width, where + ": " + x.formula());
            assertTrue(x.carets().length() <= width, where + ": " + x.carets());
            int column = x.carets().indexOf('^');
            assertTrue(column >= 0 && x.carets().substring(column).chars().allMatch(c -> c == '^'), where);
            if (start < length) {
                assertEquals(text.charAt(start), x.formula().charAt(column), where);
            } else {
                assertEquals(x.formula().length(), column, where);
            }
            boolean whole = x.formula().equals(text);
            assertTrue(whole || x.formula().contains("…"), where);
            if (!whole && start < length) {
                // the caret covers the range as far as the excerpt shows it
                int shown = x.carets().length() - column;
                assertTrue(shown >= 1 && shown <= Math.max(1, end - start), where);
            }
        }
    }

    @Test
    void messagesQuoteAtMostTwentyFourCharactersOfTheFormula() {
        FormulaException e = assertThrows(FormulaException.class, () -> FormulaSurface.parse("x + " + "q".repeat(500)));
        assertEquals("unknown variable '" + "q".repeat(23) + "…' (only x and y)", e.getMessage());
        FormulaException n = assertThrows(FormulaException.class, () -> FormulaSurface.parse("1e" + "9".repeat(400)));
        assertEquals("number too large: '1e" + "9".repeat(21) + "…'", n.getMessage());
    }
}
