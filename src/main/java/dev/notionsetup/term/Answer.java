package dev.notionsetup.term;

/**
 * What the user answered at a prompt: a value, "b" (go back a step) or "q" (quit the setup).
 * Ctrl-C and Ctrl-D are not answers: they throw {@link UserInterrupt}.
 */
public sealed interface Answer<T> permits Answer.Given, Answer.Back, Answer.Quit {

    record Given<T>(T value) implements Answer<T> {
    }

    record Back<T>() implements Answer<T> {
    }

    record Quit<T>() implements Answer<T> {
    }
}
