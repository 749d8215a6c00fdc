package org.gdlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BadInputTest {

    private static CliResult refused(String... args) {
        CliResult r = CliResult.run(args);
        assertEquals(2, r.status(), r.out() + r.err());
        assertEquals("", r.out());
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
        return r;
    }

    private static CliResult refusedInOneLine(String... args) {
        CliResult r = refused(args);
        assertEquals(1, r.errLines().size(), r.err());
        return r;
    }

    @Test
    void unknownFunctionIdListsTheValidOnesAndSuggests() {
        CliResult r = refusedInOneLine("run", "--function", "rosenbrok");
        assertTrue(r.err().contains("rosenbrock"), r.err());
        assertTrue(r.err().contains("himmelblau"), r.err());
    }

    @Test
    void unknownHyphenatedIdIsAnUnknownFunction() {
        CliResult r = refusedInOneLine("eval", "--function", "six-hump", "--at", "0,0");
        assertTrue(r.err().contains("six-hump-camel"), r.err());
    }

    @Test
    void unknownOptimizerListsTheValidOnes() {
        CliResult r = refusedInOneLine("run", "--function", "sphere", "--optimizer", "sgd");
        assertTrue(r.err().contains("momentum") && r.err().contains("newton"), r.err());
    }

    @Test
    void malformedNumberIsRefused() {
        CliResult r = refusedInOneLine("run", "--function", "sphere", "--lr", "fast");
        assertTrue(r.err().contains("--lr"), r.err());
    }

    @Test
    void malformedPointIsRefused() {
        CliResult r = refusedInOneLine("run", "--function", "sphere", "--start", "1;2");
        assertTrue(r.err().contains("--start"), r.err());
        refusedInOneLine("eval", "--function", "sphere", "--at", "1,abc");
    }

    @Test
    void nonPositiveLearningRateIsRefused() {
        CliResult r = refusedInOneLine("run", "--function", "sphere", "--lr", "0");
        assertTrue(r.err().contains("--lr: the learning rate α must be a finite number > 0"), r.err());
        refusedInOneLine("run", "--function", "sphere", "--lr", "-0.1");
    }

    @Test
    void negativeStepsAreRefused() {
        CliResult r = refusedInOneLine("run", "--function", "sphere", "--steps", "-5");
        assertTrue(r.err().contains("--steps"), r.err());
    }

    @Test
    void unknownParameterIsRefused() {
        CliResult r = refusedInOneLine("run", "--function", "quadratic", "--param", "kapa=3");
        assertTrue(r.err().contains("kappa"), r.err());
        refusedInOneLine("run", "--function", "sphere", "--param", "kappa=3");
    }

    @Test
    void unknownOptionIsRefused() {
        refusedInOneLine("run", "--function", "sphere", "--learning-rate", "0.1");
    }

    @Test
    void badScheduleIsRefused() {
        refusedInOneLine("run", "--function", "sphere", "--schedule", "step:10");
    }

    @Test
    void badFormulaShowsTheMessageWithACaretUnderTheColumn() {
        CliResult r = refused("eval", "--function", "sinn(x) + y", "--at", "0,0");
        assertEquals(3, r.errLines().size(), r.err());
        assertTrue(r.errLines().get(0).contains("sinn"), r.err());
        String formulaLine = r.errLines().get(1);
        String caretLine = r.errLines().get(2);
        assertEquals(formulaLine.indexOf("sinn"), caretLine.indexOf('^'), r.err());
    }
}
