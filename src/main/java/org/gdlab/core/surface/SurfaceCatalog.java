package org.gdlab.core.surface;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.gdlab.core.surface.builtin.Ackley;
import org.gdlab.core.surface.builtin.Banana;
import org.gdlab.core.surface.builtin.Beale;
import org.gdlab.core.surface.builtin.Booth;
import org.gdlab.core.surface.builtin.Cliff;
import org.gdlab.core.surface.builtin.GoldsteinPrice;
import org.gdlab.core.surface.builtin.Himmelblau;
import org.gdlab.core.surface.builtin.Matyas;
import org.gdlab.core.surface.builtin.McCormick;
import org.gdlab.core.surface.builtin.MonkeySaddle;
import org.gdlab.core.surface.builtin.Quadratic;
import org.gdlab.core.surface.builtin.Rastrigin;
import org.gdlab.core.surface.builtin.Rosenbrock;
import org.gdlab.core.surface.builtin.Saddle;
import org.gdlab.core.surface.builtin.SixHumpCamel;
import org.gdlab.core.surface.builtin.Sphere;
import org.gdlab.core.surface.builtin.StyblinskiTang;
import org.gdlab.core.surface.builtin.ThreeHumpCamel;
import org.gdlab.core.surface.builtin.Valley;

/**
 * The built-in surfaces by id, in the order of issue 2's table: sphere, quadratic, rosenbrock, banana,
 * himmelblau, beale, booth, matyas, three-hump-camel, six-hump-camel, goldstein-price, mccormick, rastrigin,
 * ackley, styblinski-tang, saddle, monkey-saddle, cliff, valley.
 *
 * <p>Ids are matched exactly (lower case). Only {@code quadratic} has parameters ({@code kappa}, {@code theta});
 * a parameter that is not given takes its default. Every failure is an {@link IllegalArgumentException}
 * whose message is one sentence naming the valid choices, e.g.
 * {@code unknown function 'sphre' (did you mean 'sphere'?); valid: sphere, quadratic, ...}.
 */
public final class SurfaceCatalog {

    private static final Map<String, Supplier<Surface>> FIXED = new LinkedHashMap<>();

    static {
        FIXED.put(Sphere.ID, Sphere::new);
        FIXED.put(Quadratic.ID, Quadratic::new);
        FIXED.put(Rosenbrock.ID, Rosenbrock::new);
        FIXED.put(Banana.ID, Banana::new);
        FIXED.put(Himmelblau.ID, Himmelblau::new);
        FIXED.put(Beale.ID, Beale::new);
        FIXED.put(Booth.ID, Booth::new);
        FIXED.put(Matyas.ID, Matyas::new);
        FIXED.put(ThreeHumpCamel.ID, ThreeHumpCamel::new);
        FIXED.put(SixHumpCamel.ID, SixHumpCamel::new);
        FIXED.put(GoldsteinPrice.ID, GoldsteinPrice::new);
        FIXED.put(McCormick.ID, McCormick::new);
        FIXED.put(Rastrigin.ID, Rastrigin::new);
        FIXED.put(Ackley.ID, Ackley::new);
        FIXED.put(StyblinskiTang.ID, StyblinskiTang::new);
        FIXED.put(Saddle.ID, Saddle::new);
        FIXED.put(MonkeySaddle.ID, MonkeySaddle::new);
        FIXED.put(Cliff.ID, Cliff::new);
        FIXED.put(Valley.ID, Valley::new);
    }

    private static final List<String> IDS = List.copyOf(FIXED.keySet());

    private SurfaceCatalog() {
    }

    /** @return the built-in ids, in the table order */
    public static List<String> ids() {
        return IDS;
    }

    /**
     * @return the name people read for a built-in ("Rosenbrock", "Six-hump camel", "Ill-conditioned
     *     quadratic"), the id itself for anything else. A built-in with parameters is named without their
     *     values: the surface chooser shows this name whatever κ and θ are now (its description's name, with
     *     the values, would read κ = 10 on a lesson that set κ = 25)
     */
    public static String displayName(String id) {
        return has(id) ? NAMES.computeIfAbsent(id, k -> withoutValues(k, create(k).description().name())) : String.valueOf(id);
    }

    private static String withoutValues(String id, String name) {
        return parameters(id).isEmpty() ? name : name.replaceFirst(" \\(.*\\)$", "");
    }

    private static final Map<String, String> NAMES = new java.util.concurrent.ConcurrentHashMap<>();

    /** @return true when {@code id} names a built-in (exact match) */
    public static boolean has(String id) {
        return id != null && FIXED.containsKey(id);
    }

    /**
     * @return the parameters the surface accepts: [] for most, [kappa, theta] for quadratic
     * @throws IllegalArgumentException for an unknown id
     */
    public static List<ParameterSpec> parameters(String id) {
        requireKnown(id);
        return Quadratic.ID.equals(id) ? Quadratic.PARAMETERS : List.of();
    }

    /**
     * @return the built-in with its default parameters
     * @throws IllegalArgumentException for an unknown id
     */
    public static Surface create(String id) {
        return create(id, Map.of());
    }

    /**
     * @param params parameter values by name (null or empty: all defaults); names not accepted by the
     *               surface are an error, as are values outside the parameter's range
     * @return the built-in with those parameters
     * @throws IllegalArgumentException for an unknown id, an unknown parameter or an out-of-range value
     */
    public static Surface create(String id, Map<String, Double> params) {
        List<ParameterSpec> specs = parameters(id);
        Map<String, Double> given = params == null ? Map.of() : params;
        for (Map.Entry<String, Double> e : given.entrySet()) {
            checkParameter(id, specs, e.getKey(), e.getValue());
        }
        if (Quadratic.ID.equals(id)) {
            return new Quadratic(valueOf(given, Quadratic.KAPPA), valueOf(given, Quadratic.THETA));
        }
        return FIXED.get(id).get();
    }

    private static double valueOf(Map<String, Double> given, ParameterSpec spec) {
        Double v = given.get(spec.name());
        return v == null ? spec.defaultValue() : v;
    }

    private static void checkParameter(String id, List<ParameterSpec> specs, String name, Double value) {
        if (specs.isEmpty()) {
            throw new IllegalArgumentException("function '" + id + "' takes no parameters, got '" + name
                    + "' (only 'quadratic' has parameters: kappa, theta)");
        }
        ParameterSpec spec = specs.stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
        List<String> names = specs.stream().map(ParameterSpec::name).toList();
        if (spec == null) {
            String typed = String.valueOf(name);
            throw new IllegalArgumentException("unknown parameter '" + typed + "' for function '" + id + "'"
                    + suggestion(typed, names) + "; valid: " + String.join(", ", names));
        }
        if (value == null || !(value >= spec.min() && value <= spec.max())) {
            throw new IllegalArgumentException("parameter " + name + " of '" + id + "' must be in ["
                    + plain(spec.min()) + ", " + plain(spec.max()) + "], got " + value);
        }
    }

    private static void requireKnown(String id) {
        if (!has(id)) {
            String typed = String.valueOf(id);
            throw new IllegalArgumentException("unknown function '" + typed + "'" + suggestion(typed, IDS)
                    + "; valid: " + String.join(", ", IDS));
        }
    }

    private static String suggestion(String typed, List<String> candidates) {
        return EditDistance.closest(typed, candidates).map(s -> " (did you mean '" + s + "'?)").orElse("");
    }

    private static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
