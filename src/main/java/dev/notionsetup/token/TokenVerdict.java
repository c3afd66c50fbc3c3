package dev.notionsetup.token;

/** Whether a cleaned token may be sent to Notion. Texts never contain the token itself. */
public sealed interface TokenVerdict permits TokenVerdict.Acceptable, TokenVerdict.UnknownPrefix, TokenVerdict.Invalid {

    /** Starts with ntn_ or secret_ and has a plausible shape. */
    record Acceptable() implements TokenVerdict {
    }

    /** Plausible but not a prefix we know; the user may choose to use it anyway. */
    record UnknownPrefix(String warning) implements TokenVerdict {
    }

    /** Cannot be a token: {@code what} happened, {@code fix} says what to do. */
    record Invalid(String what, String fix) implements TokenVerdict {
    }
}
