package dev.notionsetup.envfile;

import java.util.Objects;

/**
 * What an assignment line says: its key, the value a dotenv reader gets, and where the value's characters
 * (quotes included) sit in the line's text, so an edit can replace exactly those and keep everything else.
 *
 * @param exported   whether the line starts with {@code export }, as shell-style files do
 * @param valueStart index in the line's text of the first character of the value token
 * @param valueEnd   index just after the value token (after the closing quote for quoted values)
 * @param plain      whether every major reader reads the line as an assignment: {@code KEY=} with only
 *                   spaces and tabs around; {@code KEY: value} or a non-breaking space, {@code \v} or
 *                   {@code \f} around the name or the {@code =} are assignments to some readers only
 */
record EnvAssignment(String key, String value, boolean exported, int valueStart, int valueEnd, boolean plain) {
    EnvAssignment {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        if (valueStart < 0 || valueEnd < valueStart) {
            throw new IllegalArgumentException("value span " + valueStart + ".." + valueEnd);
        }
    }

    EnvAssignment(String key, String value, boolean exported, int valueStart, int valueEnd) {
        this(key, value, exported, valueStart, valueEnd, true);
    }
}
