package org.gdlab.core.scenario;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.gdlab.core.expr.FormulaSurface;
import org.gdlab.core.surface.Surface;
import org.gdlab.core.surface.SurfaceCatalog;

/**
 * Which surface a scenario shows: a built-in by id with parameters, or a formula the user typed. Both are
 * checked when constructed (an unknown id, a bad parameter or a formula that does not parse is an
 * {@link IllegalArgumentException} with a one-line message), so a spec that exists always creates.
 */
public sealed interface SurfaceSpec permits SurfaceSpec.Builtin, SurfaceSpec.Formula {

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
}
