package org.gdlab.core.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Schedules at chosen steps against their closed forms, worked out here. Tolerance 1e-15 on rates of order
 * 0.1: each closed form is one pow/cos and a couple of multiplications, a few ulps at most.
 */
class SchedulesTest {

    private static final double A = 0.1;
    private static final double TOL = 1e-15;

    @Test
    void constantIgnoresTheStep() {
        Schedule s = Schedules.parse("constant");
        assertEquals(A, s.rate(A, 0));
        assertEquals(A, s.rate(A, 123456));
        assertSame(Schedules.constant(), s);
    }

    @Test
    void stepDecayMultipliesByGEveryNSteps() {
        Schedule s = Schedules.parse("step:10:0.5");
        assertEquals(0.1, s.rate(A, 0), TOL);
        assertEquals(0.1, s.rate(A, 9), TOL);       // ⌊9/10⌋ = 0
        assertEquals(0.05, s.rate(A, 10), TOL);     // ⌊10/10⌋ = 1
        assertEquals(0.025, s.rate(A, 29), TOL);    // ⌊29/10⌋ = 2
        assertEquals(0.0125, s.rate(A, 30), TOL);
    }

    @Test
    void exponentialDecayIsAlphaTimesGToTheT() {
        Schedule s = Schedules.parse("exp:0.9");
        assertEquals(0.1, s.rate(A, 0), TOL);
        assertEquals(0.09, s.rate(A, 1), TOL);
        assertEquals(0.1 * 0.729, s.rate(A, 3), TOL);
    }

    @Test
    void inverseTimeDecayIsAlphaOverOnePlusKt() {
        Schedule s = Schedules.parse("inv:0.5");
        assertEquals(0.1, s.rate(A, 0), TOL);
        assertEquals(0.1 / 3, s.rate(A, 4), TOL);     // 1 + 0.5·4 = 3
        assertEquals(0.1 / 51, s.rate(A, 100), TOL);  // 1 + 50
    }

    @Test
    void cosineGoesFromAlphaToMinOverTAndStaysThere() {
        Schedule s = Schedules.parse("cosine:90:0.01");
        assertEquals(0.1, s.rate(A, 0), TOL);
        // t = T/3: cos(π/3) = 1/2, so MIN + (α − MIN)·(1 + 1/2)/2 = 0.01 + 0.09·0.75
        assertEquals(0.0775, s.rate(A, 30), TOL);
        // t = T/2: cos(π/2) = 0, so MIN + (α − MIN)/2 = 0.01 + 0.045
        assertEquals(0.055, s.rate(A, 45), TOL);
        assertEquals(0.01, s.rate(A, 90), TOL);
        assertEquals(0.01, s.rate(A, 1000), TOL);
    }

    @Test
    void cosineMinDefaultsToZero() {
        Schedule s = Schedules.parse("cosine:10");
        assertEquals(0.05, s.rate(A, 5), TOL);
        assertEquals(0.0, s.rate(A, 10), TOL);
        assertEquals(0.0, s.rate(A, 11), TOL);
    }

    @Test
    void warmupRampsLinearlyOverWStepsThenFollowsTheSchedule() {
        Schedule s = Schedules.withWarmup(Schedules.parse("step:10:0.5"), 4);
        assertEquals(0.025, s.rate(A, 0), TOL);   // ·1/4
        assertEquals(0.05, s.rate(A, 1), TOL);    // ·2/4
        assertEquals(0.1, s.rate(A, 3), TOL);     // ·4/4
        assertEquals(0.1, s.rate(A, 4), TOL);     // warm-up over
        assertEquals(0.05, s.rate(A, 10), TOL);   // the step schedule as before
        assertEquals("step:10:0.5+warmup:4", s.toString());
    }

    @Test
    void warmupOfZeroOrOneStepChangesNothing() {
        Schedule base = Schedules.parse("exp:0.5");
        assertSame(base, Schedules.withWarmup(base, 0));
        assertSame(base, Schedules.withWarmup(base, 1));
        assertThrows(IllegalArgumentException.class, () -> Schedules.withWarmup(base, -1));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "step:10:0.5    | step:10:0.5",
        " STEP:10:0.5   | step:10:0.5",
        "exp:0.99       | exp:0.99",
        "inv:2          | inv:2",
        "cosine:200     | cosine:200",
        "cosine:200:0.001 | cosine:200:0.001",
        "constant       | constant",
    })
    void specsPrintBack(String spec, String printed) {
        assertEquals(printed, Schedules.parse(spec).toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "step:10           | schedule 'step:10' needs two numbers: step:N:G",
        "step:10:0.5:3     | schedule 'step:10:0.5:3' needs two numbers: step:N:G",
        "exp               | schedule 'exp' needs one number: exp:G",
        "inv:1:2           | schedule 'inv:1:2' needs one number: inv:K",
        "cosine            | schedule 'cosine' needs one or two numbers: cosine:T[:MIN]",
        "constant:3        | schedule 'constant:3' needs no numbers: constant",
        "exp:abc           | schedule 'exp:abc': G = 'abc' is not a finite number",
        "exp:0,5           | schedule 'exp:0,5': G = '0,5' is not a finite number",
        "exp:0.5d          | schedule 'exp:0.5d': G = '0.5d' is not a finite number",
        "exp:0             | schedule 'exp:0': G must be > 0",
        "step:0:0.5        | schedule 'step:0:0.5': N = '0' must be a whole number ≥ 1",
        "step:2.5:0.5      | schedule 'step:2.5:0.5': N = '2.5' must be a whole number ≥ 1",
        "inv:-1            | schedule 'inv:-1': K must be ≥ 0",
        "cosine:100:-0.1   | schedule 'cosine:100:-0.1': MIN must be ≥ 0",
        "linear:3          | unknown schedule 'linear:3'; valid: constant, step:N:G, exp:G, inv:K, cosine:T[:MIN]",
    })
    void malformedSpecsFailWithOneClearLine(String spec, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Schedules.parse(spec));
        assertEquals(message, e.getMessage());
    }

    @Test
    void emptySpecIsRejected() {
        assertEquals("empty schedule; valid: constant, step:N:G, exp:G, inv:K, cosine:T[:MIN]",
                assertThrows(IllegalArgumentException.class, () -> Schedules.parse(" ")).getMessage());
    }
}
