package org.gdlab.app.viewmodel;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gdlab.core.data.BuiltinDataset;
import org.gdlab.core.data.BuiltinDatasets;
import org.gdlab.core.data.DataCost;
import org.gdlab.core.data.DataSources;
import org.gdlab.core.data.DataSpec;
import org.gdlab.core.data.Model;

/**
 * The data-mode entries of the surface chooser: each built-in dataset with its own model, and the datasets
 * whose features differ in scale or are correlated also with feature scaling, so that the narrow valley and
 * the round bowl sit side by side. An entry's id is its cost's description id,
 * {@code data:NAME:MODEL} or {@code data:NAME:MODEL:standardized} ({@link DataCost#description()}).
 */
public final class DataChoices {

    private static final String PREFIX = "data:";
    private static final String SCALED = ":standardized";
    private static final List<String> SCALED_TOO = List.of("cars", "scales", "correlated");

    private DataChoices() {
    }

    /** @return the entries' ids, in the order of {@link BuiltinDatasets#all()} */
    public static List<String> ids() {
        List<String> out = new ArrayList<>();
        for (BuiltinDataset b : BuiltinDatasets.all()) {
            out.add(PREFIX + b.id() + ":" + b.model().id());
            if (SCALED_TOO.contains(b.id())) {
                out.add(PREFIX + b.id() + ":" + b.model().id() + SCALED);
            }
        }
        return out;
    }

    /** @return true when id is one of the entries */
    public static boolean has(String id) {
        return id != null && ids().contains(id);
    }

    /**
     * @return the data settings of an entry
     * @throws IllegalArgumentException for an id that is not an entry
     */
    public static DataSpec spec(String id) {
        if (!has(id)) {
            throw new IllegalArgumentException("not a data entry: " + id);
        }
        String[] parts = id.split(":");
        return new DataSpec(BuiltinDatasets.load(parts[1]), Model.fromId(parts[2]), parts.length == 4, DataSpec.DEFAULT_L2);
    }

    /** @return the entry that shows these settings: a built-in dataset with its own model and no λ, if any */
    public static Optional<String> idOf(String ref, List<String> columns, Model model, boolean standardize, double l2) {
        if (ref == null || !ref.startsWith(DataSources.BUILTIN) || !columns.isEmpty() || l2 != 0) {
            return Optional.empty();
        }
        String id = PREFIX + ref.substring(DataSources.BUILTIN.length()) + ":" + model.id() + (standardize ? SCALED : "");
        return has(id) ? Optional.of(id) : Optional.empty();
    }

    /**
     * @return true when id is an entry and d holds its dataset's points unchanged (same features and targets,
     *     in the same order): data edited in the window is no longer the entry's
     */
    public static boolean holds(String id, org.gdlab.core.data.Dataset d) {
        if (!has(id)) {
            return false;
        }
        org.gdlab.core.data.Dataset b = spec(id).data();
        if (b.size() != d.size() || b.features() != d.features() || !java.util.Arrays.equals(b.targets(), d.targets())) {
            return false;
        }
        for (int j = 0; j < b.features(); j++) {
            if (!java.util.Arrays.equals(b.feature(j), d.feature(j))) {
                return false;
            }
        }
        return true;
    }

    /** @return the reference a scenario file writes for an entry ({@code builtin:NAME}) */
    public static String ref(String id) {
        return DataSources.BUILTIN + id.split(":")[1];
    }
}
