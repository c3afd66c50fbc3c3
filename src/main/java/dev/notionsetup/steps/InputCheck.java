package dev.notionsetup.steps;

import java.util.List;

/**
 * Judges what was typed at an input step. Named in the flow by "format", so an input step stays generic
 * and a new kind of value is one new check.
 */
@FunctionalInterface
public interface InputCheck {

    Result check(String raw);

    sealed interface Result permits Accepted, Doubtful, Rejected {
    }

    /**
     * Usable. {@code corrections} say what was cleaned from the paste; {@code shownAs} is how the value may
     * be echoed (masked for secrets).
     */
    record Accepted(String value, List<String> corrections, String shownAs) implements Result {
    }

    /** Possibly usable: the user is warned and asked whether to use it anyway. */
    record Doubtful(String value, List<String> corrections, String shownAs, String warning) implements Result {
    }

    /** Unusable: one line of what is wrong, one of what to do. */
    record Rejected(String what, String fix) implements Result {
    }

    /** Accepts any non-blank line as typed. */
    InputCheck NON_BLANK = raw -> raw == null || raw.isBlank()
            ? new Rejected("Nothing was entered.", "Type a value and press Enter (b goes back, q quits).")
            : new Accepted(raw.strip(), List.of(), raw.strip());
}
