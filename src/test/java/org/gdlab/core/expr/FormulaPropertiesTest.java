package org.gdlab.core.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.SplittableRandom;
import org.gdlab.core.math.Sym2;
import org.gdlab.core.math.Vec2;
import org.junit.jupiter.api.Test;

/** Property tests over thousands of seeded random formulas and strings. */
class FormulaPropertiesTest {

    @Test
    void printingThenParsingGivesTheSameTreeForRandomTrees() {
        RandomFormulas gen = new RandomFormulas(1L, false);
        for (int i = 0; i < 5000; i++) {
            Expr e = gen.next(5);
            String text = Printer.print(e);
            assertEquals(e, Parser.parse(text), text);
        }
    }

    @Test
    void printingThenParsingGivesTheSameTreeForSimplifiedDerivatives() {
        RandomFormulas gen = new RandomFormulas(2L, false);
        for (int i = 0; i < 3000; i++) {
            FormulaSurface s = FormulaSurface.parse(Printer.print(gen.next(4)));
            assertEquals(s.derivativeX(), Parser.parse(s.derivativeXText()), s.derivativeXText());
            assertEquals(s.derivativeY(), Parser.parse(s.derivativeYText()), s.derivativeYText());
        }
    }

    @Test
    void parsedValueMatchesADirectTreeWalk() {
        RandomFormulas gen = new RandomFormulas(3L, false);
        SplittableRandom points = new SplittableRandom(4L);
        for (int i = 0; i < 3000; i++) {
            Expr e = gen.next(5);
            FormulaSurface s = FormulaSurface.parse(Printer.print(e));
            double x = points.nextDouble(-3, 3);
            double y = points.nextDouble(-3, 3);
            // the compiled program performs the same IEEE operations as the walk, except u^2 -> u*u, u^3 -> u*u*u
            double expected = Evaluate.at(e, x, y);
            double actual = s.value(x, y);
            if (Double.isNaN(expected)) {
                assertTrue(Double.isNaN(actual), Printer.print(e));
            } else {
                assertEquals(expected, actual, 1e-12 * Math.max(1, Math.abs(expected)), Printer.print(e));
            }
        }
    }

    /**
     * Gradient against central differences f'(x) ≈ (f(x+h) - f(x-h))/2h, error O(h²f''') + O(ε|f|/h). With
     * h = 1e-4 (1 + |x|) both are below ~1e-7 relative where f is smooth on the stencil. Points where the
     * step-h and step-h/2 estimates disagree by more than 1e-5 (a kink, a pole or a domain edge nearby)
     * are not "smooth" and are skipped; the test demands that most points are checked.
     */
    @Test
    void symbolicGradientAndHessianAgreeWithCentralDifferencesWhereSmooth() {
        RandomFormulas gen = new RandomFormulas(5L, true);
        SplittableRandom points = new SplittableRandom(6L);
        int checked = 0;
        int tried = 0;
        for (int i = 0; i < 2000; i++) {
            Expr e = gen.next(4);
            FormulaSurface s = FormulaSurface.parse(Printer.print(e));
            for (int k = 0; k < 3; k++) {
                double x = points.nextDouble(-2, 2);
                double y = points.nextDouble(-2, 2);
                tried++;
                if (checkAgainstFiniteDifferences(s, x, y)) {
                    checked++;
                }
            }
        }
        assertTrue(checked > tried / 3, "only " + checked + " of " + tried + " points were smooth and finite");
    }

    private static boolean checkAgainstFiniteDifferences(FormulaSurface s, double x, double y) {
        double f = s.value(x, y);
        Vec2 g = s.gradient(x, y);
        Sym2 h = s.hessian(x, y);
        if (!Double.isFinite(f) || !g.isFinite() || !h.isFinite() || Math.abs(f) > 1e6 || g.norm() > 1e6
                || Math.abs(h.xx()) + Math.abs(h.xy()) + Math.abs(h.yy()) > 1e6) {
            return false;
        }
        double hx = 1e-4 * (1 + Math.abs(x));
        double hy = 1e-4 * (1 + Math.abs(y));
        double[] dx = central(s, x, y, hx, 0);
        double[] dy = central(s, x, y, 0, hy);
        if (dx == null || dy == null) {
            return false;
        }
        double scale = 1 + Math.abs(f) + g.norm() + Math.abs(h.xx()) + Math.abs(h.xy()) + Math.abs(h.yy());
        double tol = 1e-5 * scale;
        if (Math.abs(dx[0] - dx[1]) > tol || Math.abs(dy[0] - dy[1]) > tol
                || Math.abs(dx[2] - dx[3]) > tol || Math.abs(dy[2] - dy[3]) > tol
                || Math.abs(dx[4] - dx[5]) > tol || Math.abs(dy[4] - dy[5]) > tol) {
            return false; // not resolved by the stencil: not smooth here
        }
        String where = s.text() + " at (" + x + ", " + y + ")";
        assertEquals(dx[1], g.x(), tol, "d/dx " + where);
        assertEquals(dy[1], g.y(), tol, "d/dy " + where);
        assertEquals(dx[3], h.xx(), tol, "d2/dx2 " + where);
        assertEquals(dy[3], h.xy(), tol, "d2/dxdy " + where);
        assertEquals(dy[5], h.yy(), tol, "d2/dy2 " + where);
        return true;
    }

    /** @return {value fd at step h, at h/2, ∂x-gradient fd h, h/2, ∂y-gradient fd h, h/2}, null if not finite */
    private static double[] central(FormulaSurface s, double x, double y, double sx, double sy) {
        double[] out = new double[6];
        for (int k = 0; k < 2; k++) {
            double ax = sx / (1 << k);
            double ay = sy / (1 << k);
            double span = 2 * (ax + ay);
            double fp = s.value(x + ax, y + ay);
            double fm = s.value(x - ax, y - ay);
            Vec2 gp = s.gradient(x + ax, y + ay);
            Vec2 gm = s.gradient(x - ax, y - ay);
            out[k] = (fp - fm) / span;
            out[2 + k] = (gp.x() - gm.x()) / span;
            out[4 + k] = (gp.y() - gm.y()) / span;
            if (!Double.isFinite(fp) || !Double.isFinite(fm) || !gp.isFinite() || !gm.isFinite()) {
                return null;
            }
        }
        return out;
    }

    @Test
    void randomStringsNeverThrowAnythingButFormulaException() {
        SplittableRandom random = new SplittableRandom(7L);
        String alphabet = "xyepi0123456789.+-*/^(),  sincoatnhlgqrbfmdw$²eE_";
        for (int i = 0; i < 20_000; i++) {
            int length = random.nextInt(25);
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < length; k++) {
                sb.append(random.nextInt(30) == 0 ? (char) random.nextInt(0x3000)
                        : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            parseExpectingOnlyFormulaException(sb.toString());
        }
    }

    @Test
    void mutatedValidFormulasNeverThrowAnythingButFormulaException() {
        SplittableRandom random = new SplittableRandom(8L);
        RandomFormulas gen = new RandomFormulas(9L, false);
        String pieces = "xy()+-*/^,.e1 ";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder(Printer.print(gen.next(4)));
            int edits = 1 + random.nextInt(3);
            for (int k = 0; k < edits && sb.length() > 0; k++) {
                int at = random.nextInt(sb.length());
                switch (random.nextInt(3)) {
                    case 0 -> sb.deleteCharAt(at);
                    case 1 -> sb.insert(at, pieces.charAt(random.nextInt(pieces.length())));
                    default -> sb.setCharAt(at, pieces.charAt(random.nextInt(pieces.length())));
                }
            }
            parseExpectingOnlyFormulaException(sb.toString());
        }
    }

    @Test
    void pathologicalInputsAreRefusedWithAMessage() {
        String[] inputs = {
            "-".repeat(9000) + "x",
            "x" + "^x".repeat(4000),
            "sin(".repeat(2000) + "x" + ")".repeat(2000),
            "x" + "*x".repeat(4999),
            "(".repeat(9999),
            "x" + "+".repeat(9999),
        };
        for (String text : inputs) {
            parseExpectingOnlyFormulaException(text);
        }
    }

    @Test
    void aLongProductAtTheDepthLimitIsHandledExactly() {
        String text = "x" + "*x".repeat(FormulaLimits.MAX_DEPTH / 2);
        try {
            FormulaSurface s = FormulaSurface.parse(text);
            assertEquals(1.0, s.value(1, 0), 0);
        } catch (FormulaException e) {
            assertTrue(e.getMessage().startsWith("formula too complex"), e.getMessage());
        }
    }

    private static void parseExpectingOnlyFormulaException(String text) {
        try {
            FormulaSurface s = FormulaSurface.parse(text);
            s.value(0.5, -0.5);
            s.gradient(0.5, -0.5);
            s.hessian(0.5, -0.5);
        } catch (FormulaException e) {
            assertTrue(e.start() >= 0 && e.start() <= e.end() && e.end() <= Math.max(text.length(), 0),
                    "range [" + e.start() + ", " + e.end() + ") for " + text);
            assertTrue(e.getMessage() != null && !e.getMessage().isBlank());
            assertTrue(!e.getMessage().contains("please report"), e.getMessage() + " for " + text);
        } catch (Throwable t) {
            fail("parse(\"" + text + "\") threw " + t, t);
        }
    }
}
