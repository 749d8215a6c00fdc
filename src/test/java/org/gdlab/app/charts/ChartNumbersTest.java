package org.gdlab.app.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.text.AttributedCharacterIterator;
import java.util.ArrayList;
import java.util.List;
import org.gdlab.core.testing.DefaultLocale;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.Tick;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** JFreeChart's tick labels through ChartNumbers: Latin digits, a point and no grouping under every locale. */
class ChartNumbersTest {

    private static final String LOCALES = "org.gdlab.core.testing.DefaultLocale#TAGS";

    @ParameterizedTest
    @FieldSource(LOCALES)
    void formatWritesTheProgramsNumberForm(String tag) {
        DefaultLocale.run(tag, () -> {
            var f = ChartNumbers.format();
            assertEquals("0.5", f.format(0.5));
            assertEquals("0.3", f.format(0.1 + 0.2));
            assertEquals("12000", f.format(12000.0));
            assertEquals("12000", f.format(12000L));
            assertEquals("1e-5", f.format(1e-5));
            assertEquals("2.5e7", f.format(2.5e7));
            assertEquals("-0.0002", f.format(-2e-4));
        });
    }

    @ParameterizedTest
    @FieldSource(LOCALES)
    void stepAxisLabelsAreWholeNumbersWithoutGrouping(String tag) {
        List<String> labels = DefaultLocale.with(tag, () -> {
            NumberAxis a = new NumberAxis("step k");
            ChartNumbers.linear(a, true);
            a.setRange(0, 25000);
            return labels(a);
        });
        assertTrue(labels.contains("20000"), labels.toString());
        labels.forEach(l -> assertTrue(l.matches("[0-9]+"), l));
    }

    @ParameterizedTest
    @FieldSource(LOCALES)
    void valueAxisLabelsHaveAPoint(String tag) {
        List<String> labels = DefaultLocale.with(tag, () -> {
            NumberAxis a = new NumberAxis("α");
            ChartNumbers.linear(a, false);
            a.setRange(0, 0.5);
            return labels(a);
        });
        assertTrue(labels.contains("0.25") || labels.contains("0.2"), labels.toString());
        labels.forEach(l -> assertTrue(DefaultLocale.hasOnlyPointDecimals(l) && !l.contains(","), l));
    }

    @ParameterizedTest
    @FieldSource(LOCALES)
    void logAxisLabelsArePowersOfTenInLatinDigits(String tag) {
        List<String> labels = DefaultLocale.with(tag, () -> {
            LogAxis a = new LogAxis("C");
            a.setBase(10);
            ChartNumbers.log(a);
            a.setRange(1e-12, 1e3);
            return labels(a);
        });
        assertFalse(labels.isEmpty());
        assertTrue(labels.contains("10-9") || labels.contains("10-6"), labels.toString());
        labels.forEach(l -> assertTrue(l.matches("10-?[0-9.]+"), l));
    }

    /** @return the major tick labels the axis draws along the bottom of a 600×400 area */
    private static List<String> labels(ValueAxis a) {
        Graphics2D g = new BufferedImage(600, 400, BufferedImage.TYPE_INT_ARGB).createGraphics();
        try {
            List<String> out = new ArrayList<>();
            for (Object o : a.refreshTicks(g, new AxisState(), new Rectangle2D.Double(0, 0, 600, 400), RectangleEdge.BOTTOM)) {
                Tick t = (Tick) o;
                if (t instanceof ValueTick v && v.getTickType() != org.jfree.chart.axis.TickType.MAJOR) {
                    continue;
                }
                out.add(text(t));
            }
            return out;
        } finally {
            g.dispose();
        }
    }

    private static String text(Tick t) {
        if (t.getText() != null) {
            return t.getText();
        }
        if (t instanceof org.jfree.chart.axis.LogTick lt && lt.getAttributedLabel() != null) {
            StringBuilder sb = new StringBuilder();
            AttributedCharacterIterator it = lt.getAttributedLabel().getIterator();
            for (char c = it.first(); c != AttributedCharacterIterator.DONE; c = it.next()) {
                sb.append(c);
            }
            return sb.toString();
        }
        return "";
    }

    @org.junit.jupiter.api.Test
    void logAxisExponentsNearAWholePowerReadAsThatPower() {
        // 10^(-0.2 + 0.2) summed in floating point: the exponent of 10⁰ arrives as a rounding residue
        assertEquals("0", ChartNumbers.exponent(-2.892982399660000e-16));
        assertEquals("-1", ChartNumbers.exponent(-1 + 3e-16));
        assertEquals("-0.2", ChartNumbers.exponent(-0.19999999999999998));
        assertEquals("-0.4", ChartNumbers.exponent(-0.4));
    }
}
