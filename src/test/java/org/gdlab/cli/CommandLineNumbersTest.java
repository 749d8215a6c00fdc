package org.gdlab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gdlab.core.testing.DefaultLocale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line reads and prints numbers with a decimal point only, whatever the default locale. */
class CommandLineNumbersTest {

    private static final String LOCALES = "org.gdlab.core.testing.DefaultLocale#TAGS";

    @ParameterizedTest
    @FieldSource(LOCALES)
    void pointsAndOptionsReadDecimalPointsUnderEveryLocale(String tag) {
        DefaultLocale.run(tag, () -> {
            assertArrayEquals(new double[] {-1.5, 0.25}, Numbers.parsePoint("-1.5,0.25", "--start"), 0);
            assertEquals(2.5e-3, Numbers.parseFinite("2.5e-3", "--lr"), 0);
            assertEquals(0.25, Numbers.parseOption("0.25"), 0);
            assertEquals("1.0E-5", Numbers.format(1e-5));
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"0,25", "1d", "0x1p3", "Infinity", "NaN", "1 000"})
    void decimalCommasAndJavaOnlyFormsAreRefused(String text) {
        BadInputException e = assertThrows(BadInputException.class, () -> Numbers.parseFinite(text, "parameter k"));
        assertTrue(e.getMessage().contains("decimal point"), e.getMessage());
        assertThrows(picocli.CommandLine.TypeConversionException.class, () -> Numbers.parseOption(text));
    }

    @ParameterizedTest
    @FieldSource(LOCALES)
    void aDecimalCommaInAnOptionIsRefusedInOneLine(String tag) {
        CliResult r = DefaultLocale.with(tag, () -> CliResult.run("run", "--function", "sphere", "--lr", "0,25"));
        assertEquals(GdLabCommand.BAD_INPUT, r.status(), r.err());
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.err().contains("--lr") && r.err().contains("decimal point"), r.err());
    }

    @ParameterizedTest
    @FieldSource(LOCALES)
    void aRunPrintsTheSameCsvUnderEveryLocale(String tag) {
        String[] args = {"run", "--function", "sphere", "--start", "0.5,-0.25", "--lr", "0.1", "--steps", "3"};
        CliResult expected = DefaultLocale.with("und", () -> CliResult.run(args)); // Locale.ROOT
        CliResult r = DefaultLocale.with(tag, () -> CliResult.run(args));
        assertEquals(0, r.status(), r.err());
        assertEquals(expected.out(), r.out());
        assertTrue(r.out().chars().allMatch(c -> c < 128) && r.out().contains("0.5,"), "ASCII digits and points: " + r.out());
    }
}
