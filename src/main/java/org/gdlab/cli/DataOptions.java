package org.gdlab.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gdlab.core.data.BuiltinDatasets;
import org.gdlab.core.data.DataCost;
import org.gdlab.core.data.DataSources;
import org.gdlab.core.data.DataSpec;
import org.gdlab.core.data.Dataset;
import org.gdlab.core.data.Model;
import picocli.CommandLine.Option;

/**
 * The data options shared by {@code run} and {@code eval} (a picocli mixin): {@code --data},
 * {@code --model}, the columns ({@code --x --y}, or {@code --x1 --x2 --y} for linear2), {@code --standardize}
 * and {@code --l2}. They make a {@link DataSpec}, which checks itself; its sentence is printed after the
 * option's name with exit status 2.
 */
final class DataOptions {

    @Option(names = "--data", paramLabel = "FILE.csv|builtin:NAME",
            description = "fit a model to data instead of running on a surface: a CSV file or a built-in dataset (see 'gdlab datasets')")
    String data;

    @Option(names = "--model", paramLabel = "linear|logistic|linear2",
            description = "the model (default: the built-in dataset's own model; linear for a file)")
    String model;

    @Option(names = "--x", paramLabel = "COL", description = "the feature column (header name or 1-based index; default: the first numeric column)")
    String x;

    @Option(names = "--x1", paramLabel = "COL", description = "linear2's first feature column")
    String x1;

    @Option(names = "--x2", paramLabel = "COL", description = "linear2's second feature column")
    String x2;

    @Option(names = "--y", paramLabel = "COL", description = "the target column (default: the next numeric column)")
    String y;

    @Option(names = "--standardize", description = "scale the features: (x − mean)/std for linear and logistic, x/rms(x) for linear2; parameters are then in scaled units")
    boolean standardize;

    @Option(names = "--l2", paramLabel = "λ", description = "L2 penalty (λ/2)·w² of the logistic model (default: 0)")
    Double l2;

    /** @return true when --data was given */
    boolean given() {
        return data != null;
    }

    /**
     * @return the data cost the options describe
     * @throws BadInputException naming the option and the problem
     */
    DataCost cost() {
        Model m = model(data.strip());
        List<String> columns = columns(m);
        Dataset d;
        try {
            d = DataSources.load(data, Path.of(""), columns, m.features());
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--data: " + e.getMessage());
        }
        DataSpec spec;
        try {
            spec = new DataSpec(d, m, standardize, l2 == null ? DataSpec.DEFAULT_L2 : l2);
        } catch (IllegalArgumentException e) { // λ out of range or on another model; labels; feature count
            String option = l2 != null && e.getMessage().contains("λ") ? "--l2" : "--data";
            throw new BadInputException(option + ": " + e.getMessage());
        }
        try {
            return spec.cost();
        } catch (IllegalArgumentException e) { // only scaling can refuse here: a constant feature
            throw new BadInputException("--standardize: " + e.getMessage());
        }
    }

    private Model model(String ref) {
        if (model != null) {
            try {
                return Model.fromId(model);
            } catch (IllegalArgumentException e) {
                throw new BadInputException("--model: " + e.getMessage());
            }
        }
        if (ref.startsWith(DataSources.BUILTIN)) {
            return BuiltinDatasets.find(ref.substring(DataSources.BUILTIN.length())).map(b -> b.model()).orElse(Model.LINEAR);
        }
        return Model.LINEAR;
    }

    private List<String> columns(Model m) {
        List<String> out = new ArrayList<>();
        if (m.features() == 1) {
            if (x1 != null || x2 != null) {
                throw new BadInputException("--x1 and --x2 are for linear2; the " + m.id() + " model takes --x and --y");
            }
            if ((x == null) != (y == null)) {
                throw new BadInputException("give --x and --y together (or neither, for the first two numeric columns)");
            }
            if (x != null) {
                out.add(x);
                out.add(y);
            }
        } else {
            if (x != null) {
                throw new BadInputException("linear2 reads two features: use --x1 and --x2 (with --y), not --x");
            }
            if ((x1 == null) != (x2 == null) || (x1 == null) != (y == null)) {
                throw new BadInputException("give --x1, --x2 and --y together (or none, for the first three numeric columns)");
            }
            if (x1 != null) {
                out.add(x1);
                out.add(x2);
                out.add(y);
            }
        }
        return out;
    }
}
