package org.gdlab.app.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gdlab.app.viewmodel.DrainExecutor;
import org.gdlab.app.viewmodel.LabViewModel;
import org.gdlab.core.data.DataCost;
import org.gdlab.core.data.Optimum;
import org.gdlab.core.math.Vec2;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The λ field of the logistic model, without JavaFX. */
class PenaltyModelTest {

    private final DrainExecutor jobs = new DrainExecutor();
    private LabViewModel lab;
    private PenaltyModel penalty;

    @BeforeEach
    void create() {
        lab = new LabViewModel(jobs.background());
        lab.plot().setPlotArea(64, 26, 400, 300);
        penalty = new PenaltyModel(lab);
        jobs.drain();
    }

    private DataCost cost() {
        return (DataCost) lab.surfaceProperty().get();
    }

    private void choose(String id) {
        lab.surfaceIdProperty().set(id);
        jobs.drain();
    }

    @Test
    void shownForLogisticOnly() {
        choose("data:cars:linear");
        assertFalse(penalty.shownProperty().get());
        choose("data:overlapping:logistic");
        assertTrue(penalty.shownProperty().get());
        assertEquals("0", penalty.textProperty().get());
    }

    @Test
    void aNewLambdaChangesTheCostAndTheOptimumWhoseGradientIncludesTheTerm() {
        choose("data:overlapping:logistic");
        DataCost before = cost();
        penalty.set("0.5");
        jobs.drain();
        DataCost after = cost();
        assertEquals(0.5, after.spec().l2(), 0);
        Optimum o = after.optimum();
        Vec2 at = o.at();
        // J_λ = J_0 + (λ/2)w²: the value differs by exactly (λ/2)w² at any point
        assertEquals(before.value(at.x(), at.y()) + 0.25 * at.x() * at.x(), after.value(at.x(), at.y()), 1e-12);
        // the optimum of J_λ: ∇J_0 + (λw, 0) = 0
        Vec2 g0 = before.gradient(at.x(), at.y());
        assertEquals(0, g0.x() + 0.5 * at.x(), 1e-9);
        assertEquals(0, g0.y(), 1e-9);
        assertEquals("", penalty.problemProperty().get());
    }

    @Test
    void aNegativeOrNonNumericLambdaIsRefusedInOneSentenceAndKept() {
        choose("data:overlapping:logistic");
        DataCost before = cost();
        penalty.set("-1");
        jobs.drain();
        assertTrue(penalty.problemProperty().get().contains("≥ 0"), penalty.problemProperty().get());
        assertEquals(before, cost());
        assertEquals("0", penalty.textProperty().get());
        penalty.set("abc");
        jobs.drain();
        assertTrue(penalty.problemProperty().get().startsWith("λ must be a number"));
        assertEquals(before, cost());
    }
}
