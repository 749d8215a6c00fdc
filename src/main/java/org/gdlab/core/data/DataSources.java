package org.gdlab.core.data;

import java.nio.file.Path;
import java.util.List;

/**
 * Where a dataset comes from, as written on the command line and in scenario files: {@code builtin:NAME}
 * (one of {@link BuiltinDatasets}) or a CSV file's path (relative paths against a base folder: the working
 * folder, or the scenario file's folder).
 */
public final class DataSources {

    /** The prefix of a built-in dataset's reference. */
    public static final String BUILTIN = "builtin:";

    private DataSources() {
    }

    /**
     * @param ref      {@code builtin:NAME} or a path
     * @param base     the folder a relative path is read against
     * @param columns  for a file: features then target (names or 1-based indexes), or empty for the first
     *                 numeric columns; a built-in has its own columns and refuses others
     * @param features how many features the model reads
     * @throws IllegalArgumentException with one sentence naming the problem
     */
    public static Dataset load(String ref, Path base, List<String> columns, int features) {
        String t = ref.strip();
        if (t.startsWith(BUILTIN)) {
            if (!columns.isEmpty()) {
                throw new IllegalArgumentException("a built-in dataset has its own columns; choose columns only for a CSV file");
            }
            return BuiltinDatasets.load(t.substring(BUILTIN.length()));
        }
        Path p = Path.of(t);
        return CsvData.read(p.isAbsolute() || base == null ? p : base.resolve(p), columns, features);
    }
}
