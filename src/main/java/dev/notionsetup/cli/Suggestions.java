package dev.notionsetup.cli;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "Did you mean …?" for a mistyped command or option: the name closest to what was typed, but only when it
 * is close enough to be a typo (a pasted token or a stray word gets no suggestion, which would only confuse),
 * the one option a cut-short option begins (--env), or the command meant by a word other tools use for it.
 */
final class Suggestions {
    /**
     * Words other tools use for what a command here does; "" is the tool itself (the wizard). Only where the
     * meaning is the same.
     */
    private static final Map<String, String> OTHER_WORDS = Map.of("verify", "validate", "check", "validate",
            "test", "validate", "login", "");

    private Suggestions() {
    }

    /** The first unmatched argument's closest name among {@code candidates}, if a few edits turn one into the other. */
    static Optional<String> closest(List<String> unmatched, List<String> candidates) {
        if (unmatched.isEmpty()) {
            return Optional.empty();
        }
        String typed = unmatched.get(0);
        int eq = typed.indexOf('=');
        String name = typed.startsWith("--") && eq > 0 ? typed.substring(0, eq) : typed;
        if (name.length() < 4) {
            return Optional.empty(); // "-x" is one letter from every short option: no guess is better than another
        }
        String meant = OTHER_WORDS.get(name);
        boolean amongCommands = candidates.stream().anyMatch(c -> !c.startsWith("-"));
        if (meant != null && amongCommands && (meant.isEmpty() || candidates.contains(meant))) {
            return Optional.of(meant);
        }
        List<String> begun = candidates.stream().filter(c -> name.startsWith("--") && c.startsWith(name)).toList();
        if (begun.size() == 1) {
            return Optional.of(begun.get(0));
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            if (candidate.startsWith("-") != name.startsWith("-")) {
                continue; // an option for an option, a command for a command
            }
            int distance = distance(name, candidate);
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        // A transposition or a missing letter or two; a third of the name for long ones.
        return best != null && bestDistance <= Math.max(2, name.length() / 3) ? Optional.of(best) : Optional.empty();
    }

    /** Edit distance (insertions, deletions, substitutions and swaps of neighbours each count one). */
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
