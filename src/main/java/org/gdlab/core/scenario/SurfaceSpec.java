package org.gdlab.core.scenario;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.gdlab.core.expr.FormulaSurface;
import org.gdlab.core.surface.Surface;
import org.gdlab.core.surface.SurfaceCatalog;

/**
 * Which surface a scenario shows: a built-in by id with parameters, a formula the user typed, or a model's
 * cost over a dataset ({@link Data}). All are
 * checked when constructed (an unknown id, a bad parameter or a formula that does not parse is an
 * {@link IllegalArgumentException} with a one-line message), so a spec that exists always creates.
 */
public sealed interface SurfaceSpec permits SurfaceSpec.Builtin, SurfaceSpec.Formula, SurfaceSpec.Data {

    /** @return a new surface (built-ins are cheap; a formula is parsed again, never executed as code) */
    Surface create();

    /**
     * A built-in surface of {@link SurfaceCatalog}.
     *
     * @param id a built-in id, e.g. "quadratic"
     * @param parameters parameter values by name (only those given; the rest take their defaults), kept
     *     sorted by name
     */
    record Builtin(String id, Map<String, Double> parameters) implements SurfaceSpec {

        /** @throws IllegalArgumentException for an unknown id, parameter or an out-of-range value */
        public Builtin {
            Objects.requireNonNull(id, "id");
            parameters = parameters == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(parameters));
            SurfaceCatalog.create(id, parameters);
        }

        /** @return the built-in with its default parameters */
        public static Builtin of(String id) {
            return new Builtin(id, Map.of());
        }

        @Override
        public Surface create() {
            return SurfaceCatalog.create(id, parameters);
        }
    }

    /**
     * A formula in x and y, in GD Lab's formula language.
     *
     * @param text the formula as typed
     */
    record Formula(String text) implements SurfaceSpec {

        /** @throws org.gdlab.core.expr.FormulaException (an IllegalArgumentException) if it does not parse */
        public Formula {
            Objects.requireNonNull(text, "text");
            FormulaSurface.parse(text);
        }

        @Override
        public Surface create() {
            return FormulaSurface.parse(text);
        }
    }

    /**
     * A model's cost over a dataset: a built-in dataset ({@code builtin:NAME}), a CSV file (a path, relative
     * to the scenario file's folder), or at most {@value #MAX_INLINE_POINTS} points written in the file.
     * The data is read once, when the spec is made, so a spec that exists always creates. Immutable; equal
     * when the source, the points, the model, the columns and the settings are equal (the folder a relative
     * path was read against is not part of it).
     */
    final class Data implements SurfaceSpec {

        /** The most points a scenario file may hold inline. */
        public static final int MAX_INLINE_POINTS = 1000;

        private final String ref;
        private final List<List<Double>> points;
        private final List<String> columns;
        private final org.gdlab.core.data.DataSpec spec;

        /**
         * @param ref         {@code builtin:NAME} or a CSV path; null when the points are inline
         * @param points      the inline points, each [x, y] or [x1, x2, y]; empty when ref is given
         * @param base        the folder a relative path is read against (null: the working folder)
         * @param model       the model's id
         * @param columns     a file's columns (features then target), or empty for the first numeric ones
         * @param standardize whether the features are scaled
         * @param l2          the logistic model's λ
         * @throws IllegalArgumentException with one sentence naming the problem
         */
        public Data(String ref, List<List<Double>> points, java.nio.file.Path base, String model, List<String> columns,
                boolean standardize, double l2) {
            if ((ref == null) == (points == null || points.isEmpty())) {
                throw new IllegalArgumentException("a dataset is either a reference or inline points, not both or neither");
            }
            this.ref = ref;
            this.points = points == null ? List.of() : points.stream().map(List::copyOf).toList();
            this.columns = columns == null ? List.of() : List.copyOf(columns);
            org.gdlab.core.data.Model m = org.gdlab.core.data.Model.fromId(model);
            org.gdlab.core.data.Dataset d = ref != null
                    ? org.gdlab.core.data.DataSources.load(ref, base, this.columns, m.features())
                    : inline(this.points, m.features());
            this.spec = new org.gdlab.core.data.DataSpec(d, m, standardize, l2);
            spec.cost(); // a constant feature under scaling is refused here
        }

        private static org.gdlab.core.data.Dataset inline(List<List<Double>> points, int features) {
            if (points.size() > MAX_INLINE_POINTS) {
                throw new IllegalArgumentException("at most " + MAX_INLINE_POINTS + " points may be written inline, got "
                        + points.size() + "; put them in a CSV file");
            }
            int n = points.size();
            double[][] cols = new double[features + 1][n];
            for (int i = 0; i < n; i++) {
                List<Double> p = points.get(i);
                if (p.size() != features + 1) {
                    throw new IllegalArgumentException("point " + (i + 1) + " has " + p.size() + " numbers; the model needs "
                            + (features + 1) + (features == 1 ? " (x, y)" : " (x1, x2, y)"));
                }
                for (int j = 0; j <= features; j++) {
                    cols[j][i] = p.get(j);
                }
            }
            return features == 1 ? org.gdlab.core.data.Dataset.of("inline", "x", "y", cols[0], cols[1])
                    : org.gdlab.core.data.Dataset.of("inline", "x1", "x2", "y", cols[0], cols[1], cols[2]);
        }

        /** @return {@code builtin:NAME} or the CSV path as written; null for inline points */
        public String ref() {
            return ref;
        }

        /** @return the inline points (empty when the data is a reference) */
        public List<List<Double>> points() {
            return points;
        }

        /** @return a file's chosen columns, or empty */
        public List<String> columns() {
            return columns;
        }

        /** @return the data settings, with the data as read */
        public org.gdlab.core.data.DataSpec spec() {
            return spec;
        }

        @Override
        public Surface create() {
            return spec.cost();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Data d && Objects.equals(ref, d.ref) && points.equals(d.points) && columns.equals(d.columns)
                    && spec.model() == d.spec.model() && spec.standardize() == d.spec.standardize()
                    && Double.compare(spec.l2(), d.spec.l2()) == 0;
        }

        @Override
        public int hashCode() {
            return Objects.hash(ref, points, columns, spec.model(), spec.standardize(), spec.l2());
        }

        @Override
        public String toString() {
            return "Data[" + (ref != null ? ref : points.size() + " inline points") + ", " + spec.model().id() + "]";
        }
    }
}
