package org.gdlab.core.surface;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Levenshtein distance and "did you mean" suggestions for error messages: the one implementation, used for
 * surface, parameter and optimizer names.
 */
public final class EditDistance {

    private EditDistance() {
    }

    /** @return the least number of single-character insertions, deletions and substitutions from a to b */
    public static int between(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int subst = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(subst, Math.min(prev[j], cur[j - 1]) + 1);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /**
     * @return the candidate closest to {@code typed} (ignoring case), if it is within max(2, len/3) edits
     *         (ties go to the earlier candidate); otherwise the only candidate that starts with a typed
     *         prefix of at least 3 characters ("six-hump" suggests "six-hump-camel")
     */
    public static Optional<String> closest(String typed, Collection<String> candidates) {
        String t = typed.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = between(t, c.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        int limit = Math.max(2, t.length() / 3);
        if (best != null && bestDistance <= limit) {
            return Optional.of(best);
        }
        if (t.length() < 3) {
            return Optional.empty();
        }
        List<String> extending = candidates.stream().filter(c -> c.toLowerCase(Locale.ROOT).startsWith(t)).toList();
        return extending.size() == 1 ? Optional.of(extending.get(0)) : Optional.empty();
    }
}
