package org.gdlab.app.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gdlab.app.viewmodel.DrainExecutor;
import org.gdlab.app.viewmodel.LabViewModel;
import org.gdlab.core.data.DataCost;
import org.gdlab.core.data.Model;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening a CSV file in the window: its columns are offered, the chosen ones shown, errors in one sentence. */
class CsvOpenModelTest {

    @TempDir
    Path dir;
    private final DrainExecutor jobs = new DrainExecutor();
    private LabViewModel lab;
    private CsvOpenModel csv;

    @BeforeEach
    void create() {
        lab = new LabViewModel(jobs.background());
        lab.plot().setPlotArea(64, 26, 700, 500);
        csv = new CsvOpenModel(lab);
        jobs.drain();
    }

    @Test
    void theChosenColumnsBecomeTheDataSurface() throws IOException {
        Path f = dir.resolve("houses.csv");
        Files.writeString(f, "id,size,price\n1,50,100\n2,70,150\n3,90,170\n");
        csv.choose(f);
        jobs.drain();
        assertEquals(List.of("id", "size", "price"), csv.choiceProperty().get().columns());
        csv.open(Model.LINEAR, List.of("size", "price"));
        jobs.drain();
        DataCost c = assertInstanceOf(DataCost.class, lab.surfaceProperty().get());
        assertEquals(3, c.points().size());
        assertEquals(70, c.points().x1(1));
        assertEquals(150, c.points().y(1));
        assertEquals("", csv.problemProperty().get());
    }

    @Test
    void aCellThatIsNotANumberIsOneSentenceWithItsLineAndTheWindowKeepsItsSurface() throws IOException {
        Path f = dir.resolve("bad.csv");
        Files.writeString(f, "size,price\n50,100\n70,lots\n");
        Object before = lab.surfaceProperty().get();
        csv.choose(f);
        jobs.drain();
        csv.open(Model.LINEAR, List.of("size", "price"));
        jobs.drain();
        String p = csv.problemProperty().get();
        assertEquals(true, p.contains("line 3"), p);
        assertFalse(p.contains("Exception"), p);
        assertFalse(p.contains("\n"), p);
        assertSame(before, lab.surfaceProperty().get());
    }

    @Test
    void aFileWithoutAHeaderOffersColumnIndexes() throws IOException {
        Path f = dir.resolve("plain.csv");
        Files.writeString(f, "1,2\n2,4\n");
        csv.choose(f);
        jobs.drain();
        assertEquals(List.of("1", "2"), csv.choiceProperty().get().columns());
    }

    @Test
    void aMissingFileIsRefusedInPlainWords() {
        csv.choose(dir.resolve("nothing.csv"));
        jobs.drain();
        assertEquals(true, csv.problemProperty().get().contains("no such file"), csv.problemProperty().get());
    }
}
