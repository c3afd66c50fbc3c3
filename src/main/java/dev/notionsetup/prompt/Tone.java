package dev.notionsetup.prompt;

/** What kind of line this is, so the output can style it (or not: NO_COLOR, dumb terminals, pipes). */
public enum Tone {
    PLAIN, HEADING, SUCCESS, WARNING, ERROR, HINT
}
