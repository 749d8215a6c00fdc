package org.gdlab.core.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** "Did you mean ...?" hints for unknown names, by edit distance and by splitting run-together names. */
final class Suggest {

    private static final List<String> ATOMS = List.of("x", "y", "pi", "e");

    private Suggest() {
    }

    /** @return {@code " (did you mean 'sin'?)"} or {@code ""} */
    static String function(String name) {
        String best = closest(name, Builtin.ids());
        return best == null ? "" : " (did you mean '" + best + "'?)";
    }

    /** @return {@code "; did you mean 'x*y'?"} or {@code ""}, to append inside the parenthesis */
    static String variable(String name) {
        String split = split(name);
        if (split != null) {
            return "; did you mean '" + split + "'?";
        }
        String best = closest(name, ATOMS);
        return best == null ? "" : "; did you mean '" + best + "'?";
    }

    /**
     * @return e.g. {@code "x*y"} for {@code "xy"}, {@code "2*pi"} never; null when name is no such run, or
     *         longer than 12 characters (a suggestion must stay short)
     */
    static String split(String name) {
        if (name.length() > 12) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        int i = 0;
        outer:
        while (i < name.length()) {
            for (String atom : List.of("pi", "x", "y", "e")) {
                if (name.startsWith(atom, i)) {
                    parts.add(atom);
                    i += atom.length();
                    continue outer;
                }
            }
            return null;
        }
        return parts.size() >= 2 ? String.join("*", parts) : null;
    }

    private static String closest(String name, List<String> candidates) {
        String lower = name.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(lower, c);
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        int allowed = name.length() <= 2 ? (lower.equals(best) ? 1 : 0) : name.length() <= 4 ? 1 : 2;
        return bestDistance <= allowed ? best : null;
    }

    /** Levenshtein distance, with a transposition of neighbours counting 1 (optimal string alignment). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
