package org.gdlab.app.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.gdlab.app.charts.ChartData;
import org.gdlab.app.charts.ChartsViewModel;
import org.gdlab.app.race.RaceViewModel;
import org.gdlab.app.race.RunModel;
import org.gdlab.app.viewmodel.DrainExecutor;
import org.gdlab.app.viewmodel.LabViewModel;
import org.gdlab.core.optim.OptimizerKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * In data mode the window calls the cost J wherever it writes about it (the banner, a raced run's legend
 * tooltip, the update panel, the hover readout, the charts' labels), as the data panel does; on a surface, C.
 */
class DataWordsTest {

    private static final Pattern C_ALONE = Pattern.compile("(?<![\\p{L}\\p{N}_])C(?![\\p{L}\\p{N}_])");
    private static final Pattern J_ALONE = Pattern.compile("(?<![\\p{L}\\p{N}_])J(?![\\p{L}\\p{N}_])");

    private final DrainExecutor jobs = new DrainExecutor();
    private LabViewModel lab;
    private RaceViewModel race;
    private ChartsViewModel charts;

    @BeforeEach
    void create() {
        lab = new LabViewModel(jobs.background());
        lab.plot().setPlotArea(64, 26, 700, 500);
        race = new RaceViewModel(lab);
        charts = new ChartsViewModel(race);
        jobs.drain();
    }

    private void assertSaysOnly(String letter, String text) {
        Pattern other = letter.equals("J") ? C_ALONE : J_ALONE;
        Pattern own = letter.equals("J") ? J_ALONE : C_ALONE;
        assertFalse(other.matcher(text).find(), text);
        assertTrue(own.matcher(text).find(), text);
    }

    private void checkAll(String letter) {
        RunModel r = race.addRun(OptimizerKind.MOMENTUM, 1e-3);
        jobs.drain();
        assertSaysOnly(letter, lab.bannerProperty().get());
        assertSaysOnly(letter, r.outcomeSentence());
        lab.playback().seek(2);
        assertSaysOnly(letter, lab.updateTextProperty().get());
        lab.plot().hover(300, 250);
        assertSaysOnly(letter, lab.plot().hoverTextProperty().get());
        charts.refresh();
        jobs.drain();
        ChartData d = charts.dataProperty().get();
        assertTrue(d.costLabel().startsWith(letter), d.costLabel());
        assertEquals("|∇" + letter + "|", d.gradientLabel());
        String formula = lab.formulaShownProperty().get();
        assertTrue(formula.startsWith(letter.equals("J") ? "J(w, b) = " : "C(x, y) = "), formula);
    }

    @Test
    void onDataTheCostIsJ() {
        lab.surfaceIdProperty().set("data:cars:linear");
        jobs.drain();
        checkAll("J");
    }

    @Test
    void onASurfaceTheCostIsC() {
        lab.surfaceIdProperty().set("quadratic");
        jobs.drain();
        checkAll("C");
    }
}
