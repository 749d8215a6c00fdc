package org.gdlab.core.basin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import org.gdlab.core.batch.CancellationToken;
import org.gdlab.core.expr.FormulaSurface;
import org.gdlab.core.math.Sym2;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.optim.OptimizerKind;
import org.gdlab.core.sim.Converged;
import org.gdlab.core.sim.RunConfig;
import org.gdlab.core.sim.Simulation;
import org.gdlab.core.sim.Trajectory;
import org.gdlab.core.surface.CostFunction;
import org.gdlab.core.surface.Surface;
import org.gdlab.core.surface.SurfaceCatalog;
import org.gdlab.core.surface.ViewRect;
import org.gdlab.core.testing.TestFunctions;
import org.junit.jupiter.api.Test;

class BasinMapperTest {

    private static final Surface HIMMELBLAU = SurfaceCatalog.create("himmelblau");
    private static final RunConfig GD = RunConfig.of(HIMMELBLAU, Vec2.ZERO, OptimizerKind.GD, 0.01).withMaxSteps(500);
    /** 9 × 9 starts at the integers of [-4, 4]²: start (i, j) = (i − 4, j − 4). */
    private static final BasinSpec INTEGER_GRID = BasinSpec.of(HIMMELBLAU, GD, ViewRect.square(4), 9);

    private static BasinMap compute(BasinSpec spec, int threads) {
        return BasinMapper.compute(spec, threads, BasinListener.none(), CancellationToken.none());
    }

    private static String labelAt(BasinMap m, double x, double y) {
        return m.classAt((int) x + 4, (int) y + 4).orElseThrow().label();
    }

    @Test
    void himmelblauCornersLandInTheirKnownMinima() {
        BasinMap m = compute(INTEGER_GRID, 2);
        assertEquals("minimum 1 (3, 2)", labelAt(m, 4, 4));
        assertEquals("minimum 2 (-2.805118, 3.131313)", labelAt(m, -4, 4));
        assertEquals("minimum 3 (-3.77931, -3.283186)", labelAt(m, -4, -4));
        assertEquals("minimum 4 (3.584428, -1.848127)", labelAt(m, 4, -4));
    }

    @Test
    void everyCellIsTheKnownMinimumNearestToWhereTheSimulationEnds() {
        BasinMap m = compute(INTEGER_GRID, 2);
        List<Vec2> minima = INTEGER_GRID.knownMinima();
        for (int j = 0; j < 9; j++) {
            for (int i = 0; i < 9; i++) {
                Trajectory t = Simulation.run(GD.withStart(new Vec2(i - 4, j - 4)));
                assertTrue(t.end() instanceof Converged, "GD with α = 0.01 converges from every integer start");
                Vec2 end = t.point(t.size() - 1);
                int nearest = 0;
                for (int k = 1; k < minima.size(); k++) {
                    if (end.minus(minima.get(k)).norm() < end.minus(minima.get(nearest)).norm()) {
                        nearest = k;
                    }
                }
                // converged to |∇C| < 1e-8 with λmin ≥ 8 at every minimum: within 1e-8 of it, far inside 0.008
                assertTrue(end.minus(minima.get(nearest)).norm() < 1e-6);
                assertEquals(nearest, m.classId(i, j), "start (" + (i - 4) + ", " + (j - 4) + ")");
                assertEquals(t.end().step(), m.steps(i, j));
            }
        }
        assertFalse(m.cancelled());
        assertEquals(81, m.computedCount());
        double total = 0;
        for (BasinClass c : m.classes()) {
            total += m.share(c.id());
        }
        assertEquals(1, total, 1e-12);
    }

    @Test
    void aDivergentLearningRateIsClassifiedAsDiverged() {
        BasinSpec spec = BasinSpec.of(HIMMELBLAU, GD.withLearningRate(0.2), ViewRect.square(5), 16);
        BasinMap m = compute(spec, 2);
        int diverged = m.idOf(OutcomeKind.DIVERGED);
        assertEquals("diverged", m.classes().get(diverged).label());
        // from (5, 5) the first step alone has length 0.2·|∇C| ≈ 0.2·500 ≫ the view
        assertEquals(diverged, m.classId(15, 15));
        assertTrue(m.share(diverged) > 0.5, "share " + m.share(diverged));
        assertTrue(Simulation.run(spec.template().withStart(new Vec2(5, 5))).end() instanceof org.gdlab.core.sim.Diverged);
    }

    @Test
    void tooFewStepsAreClassifiedAsNotConverged() {
        BasinMap m = compute(BasinSpec.of(HIMMELBLAU, GD.withMaxSteps(3), ViewRect.square(4), 5), 1);
        int nc = m.idOf(OutcomeKind.NOT_CONVERGED);
        assertEquals(1.0, m.share(nc));
        assertEquals(3, m.steps(0, 0));
    }

    @Test
    void resultsAreIdenticalWithOneAndTwoThreads() {
        CostFunction doubleWell = TestFunctions.of((x, y) -> (x * x - 1) * (x * x - 1) + y * y,
                (x, y) -> new Vec2(4 * x * (x * x - 1), 2 * y), (x, y) -> new Sym2(12 * x * x - 4, 0, 2));
        BasinSpec himmelblau = BasinSpec.of(HIMMELBLAU, GD.withLearningRate(0.02), ViewRect.square(5), 40);
        BasinSpec unlisted = new BasinSpec(RunConfig.of(doubleWell, Vec2.ZERO, OptimizerKind.MOMENTUM, 0.01), ViewRect.square(2),
                33, 21, List.of(), 0.01);
        for (BasinSpec spec : List.of(himmelblau, unlisted)) {
            BasinMap one = compute(spec, 1);
            BasinMap two = compute(spec, 2);
            assertArrayEquals(one.classIds(), two.classIds());
            assertArrayEquals(one.stepCounts(), two.stepCounts());
            assertEquals(one.classes(), two.classes());
        }
    }

    @Test
    void lockstepRowsGiveTheSameMapAsOneRunAtATime() {
        Surface formula = FormulaSurface.parse("(x^2 + y - 11)^2 + (x + y^2 - 7)^2");
        Surface trig = FormulaSurface.parse("sin(x)cos(y) + 0.1(x^2+y^2)");
        List<BasinSpec> specs = List.of(
                // α = 0.02 on [-6, 6]²: converged, diverged and exhausted cells in one map
                BasinSpec.of(formula, RunConfig.of(formula, Vec2.ZERO, OptimizerKind.GD, 0.02).withMaxSteps(300), ViewRect.square(6), 31),
                BasinSpec.of(HIMMELBLAU, GD.withOptimizerDefaults(OptimizerKind.NESTEROV).withLearningRate(0.004).withClip(30),
                        ViewRect.square(6), 27),
                BasinSpec.of(trig, RunConfig.of(trig, Vec2.ZERO, OptimizerKind.MOMENTUM, 0.2).withMaxSteps(200), ViewRect.square(8), 25),
                BasinSpec.of(HIMMELBLAU, GD.withNoise(0.2), ViewRect.square(4), 9));
        for (BasinSpec spec : specs) {
            BasinMap lockstep = compute(spec, 2);
            BasinMap perRun = BasinMapper.compute(spec, 2, BasinListener.none(), CancellationToken.none(), BasinMapper::perRun);
            assertArrayEquals(perRun.classIds(), lockstep.classIds());
            assertArrayEquals(perRun.stepCounts(), lockstep.stepCounts());
            assertEquals(perRun.classes(), lockstep.classes());
        }
        BasinMap mixed = compute(specs.get(0), 2);
        assertTrue(mixed.count(mixed.idOf(OutcomeKind.DIVERGED)) > 0);
        assertTrue(mixed.classes().size() > mixed.idOf(OutcomeKind.NOT_CONVERGED) + 1, "some runs converged");
        assertTrue(mixed.count(mixed.idOf(OutcomeKind.NOT_CONVERGED)) > 0);
    }

    @Test
    void unlistedMinimaAreClusteredIntoOneClassEach() {
        CostFunction doubleWell = TestFunctions.of((x, y) -> (x * x - 1) * (x * x - 1) + y * y,
                (x, y) -> new Vec2(4 * x * (x * x - 1), 2 * y), (x, y) -> new Sym2(12 * x * x - 4, 0, 2));
        // x = 0 is not on this grid (x_i = −2 + 4i/20 hits 0 at i = 10, so use 20 columns: x_i = −2 + 4i/19)
        BasinSpec spec = new BasinSpec(RunConfig.of(doubleWell, Vec2.ZERO, OptimizerKind.GD, 0.05), ViewRect.square(2),
                20, 7, List.of(), 0.01);
        BasinMap m = compute(spec, 2);
        List<BasinClass> found = m.classes().subList(2, m.classes().size());
        assertEquals(2, found.size(), found.toString());
        for (BasinClass c : found) {
            assertEquals(OutcomeKind.OTHER_MINIMUM, c.kind());
            assertEquals(1, Math.abs(c.at().x()), 1e-6);
        }
        // the first start (−2, −2) reaches (−1, 0) first, so it gets the first found id
        assertEquals("other minimum (-1, 0)", m.classAt(0, 0).orElseThrow().label());
        assertEquals("other minimum (1, 0)", m.classAt(19, 6).orElseThrow().label());
        assertEquals(0.5, m.share(2));
    }

    @Test
    void aConvergedSaddleIsNotCalledAMinimum() {
        // GD on x² − y² from the row y = 0 slides into the saddle; every other row leaves the radius
        BasinSpec spec = new BasinSpec(RunConfig.of(TestFunctions.saddle(), Vec2.ZERO, OptimizerKind.GD, 0.1)
                .withEscapeBound(100), ViewRect.square(1), 4, 3, List.of(), 0.01);
        BasinMap m = compute(spec, 1);
        for (int i = 0; i < 4; i++) {
            assertEquals(OutcomeKind.SADDLE_OR_MAXIMUM, m.classAt(i, 1).orElseThrow().kind());
            assertEquals(OutcomeKind.DIVERGED, m.classAt(i, 0).orElseThrow().kind());
        }
        assertEquals("saddle or maximum (0, 0)", m.classAt(0, 1).orElseThrow().label());
    }

    @Test
    void progressiveCallbacksCoverEveryRowExactlyOnce() {
        BasinSpec spec = BasinSpec.of(HIMMELBLAU, GD, ViewRect.square(5), 37);
        AtomicIntegerArray seen = new AtomicIntegerArray(37);
        ConcurrentLinkedQueue<BasinRow> rows = new ConcurrentLinkedQueue<>();
        BasinMap m = BasinMapper.compute(spec, 2, row -> {
            seen.incrementAndGet(row.row());
            rows.add(row);
        }, CancellationToken.none());
        for (int j = 0; j < 37; j++) {
            assertEquals(1, seen.get(j), "row " + j);
        }
        assertEquals(37, rows.stream().mapToInt(BasinRow::rowsDone).max().orElseThrow());
        for (BasinRow r : rows) {
            assertEquals(37, r.classIds().length);
            for (int i = 0; i < 37; i++) {
                if (r.classIds()[i] != BasinRow.PENDING) {
                    assertEquals(m.classId(i, r.row()), r.classIds()[i]);
                }
                assertEquals(m.steps(i, r.row()), r.steps()[i]);
            }
        }
    }

    @Test
    void cancellingFromTheFirstRowStopsTheRest() {
        CancellationToken token = new CancellationToken();
        BasinSpec spec = BasinSpec.of(HIMMELBLAU, GD, ViewRect.square(5), 64);
        BasinMap m = BasinMapper.compute(spec, 2, row -> token.cancel(), token);
        assertTrue(m.cancelled());
        // each of the two workers finishes at most the row it holds when the flag goes up
        assertTrue(m.rowsDone() <= 2, "rows done " + m.rowsDone());
        assertEquals(64L * m.rowsDone(), m.computedCount());
        long notComputed = java.util.Arrays.stream(m.classIds()).filter(id -> id == BasinMap.NOT_COMPUTED).count();
        assertEquals(64L * (64 - m.rowsDone()), notComputed);
    }

    @Test
    void cancellationStopsTheBasinWork() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicLong gradients = new AtomicLong();
        CostFunction slow = new CostFunction() {
            public double value(double x, double y) {
                return HIMMELBLAU.value(x, y);
            }

            public Vec2 gradient(double x, double y) {
                gradients.incrementAndGet();
                started.countDown();
                return HIMMELBLAU.gradient(x, y);
            }

            public Sym2 hessian(double x, double y) {
                return HIMMELBLAU.hessian(x, y);
            }
        };
        // 256² starts × 10⁶ tiny steps: unthinkable to finish, so only cancellation can end it
        RunConfig crawl = RunConfig.of(slow, Vec2.ZERO, OptimizerKind.GD, 1e-12).withMaxSteps(1_000_000).withTolerance(0);
        BasinSpec spec = new BasinSpec(crawl, ViewRect.square(5), 256, 256, HIMMELBLAU.description().knownPoints(), 0.01);
        CancellationToken token = new CancellationToken();
        ExecutorService background = Executors.newSingleThreadExecutor();
        try {
            Future<BasinMap> f = background.submit(() -> BasinMapper.compute(spec, 2, BasinListener.none(), token));
            started.await();
            token.cancel();
            BasinMap m = f.get();
            assertTrue(m.cancelled());
            // finishing even one row would take 256 × 10⁶ steps after the flag went up; the whole map 65536 × 10⁶
            assertTrue(m.rowsDone() < 256);
            assertTrue(gradients.get() < 256L * 256 * 1_000_000);
            assertNotEquals(0, gradients.get());
        } finally {
            background.shutdownNow();
        }
    }
}
