package org.gdlab.app.data;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.gdlab.app.viewmodel.LabViewModel;
import org.gdlab.app.viewmodel.LatestWins;
import org.gdlab.core.data.CsvData;
import org.gdlab.core.data.DataCost;
import org.gdlab.core.data.DataSpec;
import org.gdlab.core.data.Model;

/**
 * File ▸ Open data (CSV)…: a file is chosen, its first line is read (on the background worker) to offer its
 * columns ({@link #choiceProperty()}: the header's names, or "1", "2", … when the first line is data), the
 * person picks the model and the columns (features, then the target), and the file is read
 * ({@link CsvData#read}, at most {@value CsvData#MAX_ROWS} rows) and its cost built, again off the JavaFX
 * thread; then it is shown ({@link LabViewModel#showData}). Any problem is one plain sentence, with the line
 * number for a bad cell ({@link #problemProperty()}, also in the status line); the window keeps what it showed.
 *
 * <p>Mutable; confined to the JavaFX thread.
 */
public final class CsvOpenModel {

    /** the head of the status line's sentence when a CSV file cannot be opened */
    public static final String FAILURE = "Could not open the data";

    /** A file and the columns it offers. */
    public record Choice(Path file, List<String> columns) {
    }

    private final LabViewModel lab;
    private final LatestWins<Choice> headerWorker;
    private final LatestWins<DataCost> readWorker;
    private final ReadOnlyObjectWrapper<Choice> choice = new ReadOnlyObjectWrapper<>(this, "choice");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    public CsvOpenModel(LabViewModel lab) {
        this.lab = lab;
        this.headerWorker = lab.background().latestWins(FAILURE);
        this.readWorker = lab.background().latestWins(FAILURE);
    }

    /** A file was chosen: read its first line and offer its columns (or say why it cannot be read). */
    public void choose(Path file) {
        problem.set("");
        choice.set(null);
        headerWorker.submitJob(ctx -> new Choice(file, columns(file)), choice::set, problem::set);
    }

    /** @return the names of the file's columns: the header's cells, or 1 … n when the first line is data */
    static List<String> columns(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no such file: " + file);
        }
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser p = CSVParser.parse(r, CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).get())) {
            for (CSVRecord first : p) {
                List<String> cells = first.toList();
                boolean header = cells.stream().anyMatch(c -> org.gdlab.core.math.NumberText.parse(c).isEmpty());
                List<String> out = new ArrayList<>();
                for (int i = 0; i < cells.size(); i++) {
                    out.add(header && !cells.get(i).isEmpty() ? cells.get(i) : Integer.toString(i + 1));
                }
                return out;
            }
        } catch (java.nio.charset.MalformedInputException e) {
            throw new IllegalArgumentException(file.getFileName() + " is not UTF-8 text");
        }
        throw new IllegalArgumentException(file.getFileName() + " is empty");
    }

    /**
     * Read the chosen file's columns (features, then the target; a name or a 1-based index each) for the
     * model and show its cost.
     *
     * @return false when the choice is incomplete (the problem says why); true when the reading was started
     */
    public boolean open(Model model, List<String> columns) {
        Choice c = choice.get();
        if (c == null) {
            problem.set("choose a CSV file first");
            return false;
        }
        if (columns.size() != model.features() + 1 || columns.stream().anyMatch(s -> s == null || s.isBlank())) {
            problem.set("the " + model.id() + " model needs " + (model.features() + 1) + " columns: "
                    + (model.features() == 1 ? "x" : "x1, x2") + " and the target y");
            return false;
        }
        problem.set("");
        List<String> cols = List.copyOf(columns);
        readWorker.submitJob(ctx -> DataSpec.of(CsvData.read(c.file(), cols, model.features()), model).cost(),
                lab::showData, problem::set);
        return true;
    }

    /** @return the file chosen and its columns, null until its first line was read */
    public ReadOnlyObjectProperty<Choice> choiceProperty() {
        return choice.getReadOnlyProperty();
    }

    /** @return why the file cannot be opened, in one sentence; "" when nothing went wrong */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
