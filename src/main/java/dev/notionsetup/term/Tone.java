package dev.notionsetup.term;

/** What kind of line this is, so the output can style it (or not: NO_COLOR, dumb terminals, pipes). */
public enum Tone {
    PLAIN, HEADING, SUCCESS, WARNING, ERROR, HINT,
    /**
     * A command meant to be copied and pasted: never wrapped by us (a line break we add would split the
     * command when pasted; the terminal's own soft wrap pastes as one line) and never decorated.
     */
    COMMAND
}
