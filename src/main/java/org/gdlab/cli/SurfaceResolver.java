package org.gdlab.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gdlab.core.expr.FormulaException;
import org.gdlab.core.expr.FormulaSurface;
import org.gdlab.core.surface.Surface;
import org.gdlab.core.surface.SurfaceCatalog;

/**
 * Reads {@code --function}: a built-in id ({@code rosenbrock}) or a formula in x and y
 * ({@code "(1-x)^2 + 100(y-x^2)^2"}), plus {@code --param NAME=VALUE} for built-ins that have parameters.
 */
final class SurfaceResolver {

    private SurfaceResolver() {
    }

    /**
     * @throws BadInputException for an unknown id, a bad formula (with a caret line) or a bad parameter
     */
    static Surface resolve(String function, List<String> params) {
        String text = function.strip();
        Map<String, Double> values = parseParams(params);
        if (SurfaceCatalog.has(text)) {
            return SurfaceCatalog.create(text, values); // IllegalArgumentException -> status 2
        }
        if (text.matches("[A-Za-z][A-Za-z0-9]*(-[A-Za-z0-9]+)+")) {
            // a hyphenated name can only be meant as a built-in id
            SurfaceCatalog.create(text); // throws with "did you mean" and the list of ids
        }
        FormulaSurface formula;
        try {
            formula = FormulaSurface.parse(text);
        } catch (FormulaException e) {
            if (text.matches("[A-Za-z]+") && !text.contains("x") && !text.contains("y")) {
                // a single word with no variable is a mistyped id, not a formula
                SurfaceCatalog.create(text);
            }
            throw new BadInputException("bad formula: " + e.getMessage(),
                    "  " + function.strip() + System.lineSeparator() + "  " + e.caretLine());
        }
        if (!values.isEmpty()) {
            throw new BadInputException("--param applies only to built-in surfaces with parameters, not to a formula");
        }
        return formula;
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
