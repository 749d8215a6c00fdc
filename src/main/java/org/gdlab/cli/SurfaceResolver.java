package org.gdlab.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gdlab.core.expr.FormulaException;
import org.gdlab.core.expr.FormulaSurface;
import org.gdlab.core.surface.EditDistance;
import org.gdlab.core.surface.Surface;
import org.gdlab.core.surface.SurfaceCatalog;

/**
 * Reads {@code --function}: a built-in id ({@code rosenbrock}) or a formula in x and y
 * ({@code "(1-x)^2 + 100(y-x^2)^2"}), plus {@code --param NAME=VALUE} for built-ins that have parameters.
 *
 * <p>The argument is a built-in id only when it is exactly one ({@code three-hump-camel}); anything else is
 * read as a formula ({@code x-y}, {@code e-x}, {@code y-x-2}, {@code z}). When it is not a valid formula
 * either and is close to an id ({@code rosenbrok}, {@code six-hump}), it is reported as an unknown id with
 * "did you mean …"; otherwise the formula's own error is reported, in one line, with an excerpt of at most
 * {@value #EXCERPT_WIDTH} characters of the formula around the place and a caret line under it.
 */
final class SurfaceResolver {

    /** The widest line of the excerpt and of its caret line, indentation included. */
    static final int EXCERPT_WIDTH = 60;
    /** The longest message, leaving room for the command's name in front of it within 300 characters. */
    private static final int MAX_MESSAGE = 280;
    private static final String INDENT = "  ";

    private SurfaceResolver() {
    }

    /**
     * @throws BadInputException for an unknown id, a bad formula (with an excerpt and a caret line) or a
     *                           bad parameter
     */
    static Surface resolve(String function, List<String> params) {
        String text = function.strip();
        Map<String, Double> values = parseParams(params);
        if (SurfaceCatalog.has(text)) {
            return SurfaceCatalog.create(text, values); // IllegalArgumentException -> status 2
        }
        FormulaSurface formula;
        try {
            formula = FormulaSurface.parse(text);
        } catch (FormulaException e) {
            Optional<String> id = nearestId(text);
            if (id.isPresent()) {
                throw unknownId(text, id.get());
            }
            FormulaException.Excerpt excerpt = e.excerpt(text, EXCERPT_WIDTH - INDENT.length());
            throw new BadInputException("bad formula: " + e.getMessage(),
                    INDENT + excerpt.formula() + System.lineSeparator() + INDENT + excerpt.carets());
        }
        if (!values.isEmpty()) {
            throw new BadInputException("--param applies only to built-in surfaces with parameters, not to a formula");
        }
        return formula;
    }

    /** @return the id that text is a near miss of (a typo, a different case, a prefix), if any */
    private static Optional<String> nearestId(String text) {
        int longest = SurfaceCatalog.ids().stream().mapToInt(String::length).max().orElse(0);
        if (text.length() > 2 * longest) {
            return Optional.empty(); // too far from every id to be a typo of one
        }
        return EditDistance.closest(text, SurfaceCatalog.ids());
    }

    private static BadInputException unknownId(String text, String id) {
        String message = "unknown function '" + text + "' (did you mean '" + id + "'?)";
        String withIds = message + "; valid: " + String.join(", ", SurfaceCatalog.ids());
        return new BadInputException(withIds.length() <= MAX_MESSAGE ? withIds
                : message + "; 'gdlab functions' lists them all");
    }

    private static Map<String, Double> parseParams(List<String> params) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (String p : params) {
            int eq = p.indexOf('=');
            if (eq <= 0) {
                throw new BadInputException("--param needs NAME=VALUE (for example kappa=100), got '" + p + "'");
            }
            String name = p.substring(0, eq).strip();
            values.put(name, Numbers.parseFinite(p.substring(eq + 1), "parameter " + name));
        }
        return values;
    }
}
