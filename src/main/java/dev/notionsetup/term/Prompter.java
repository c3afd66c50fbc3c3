package dev.notionsetup.term;

import java.util.List;
import java.util.function.Supplier;

/**
 * The seam between the flow and the terminal. Every question is answered with a line and Enter; every
 * method also understands "b"/"back" and "q"/"quit". Implementations: the JLine terminal, and scripted
 * fakes in tests.
 */
public interface Prompter extends Output {

    /** Numbered options; the answer is the zero-based index. Enter alone picks the first. */
    Answer<Integer> choose(String question, List<String> options);

    /** A yes/no question; Enter alone gives {@code defaultYes}. */
    Answer<Boolean> confirm(String question, boolean defaultYes);

    /** Waits for Enter (answer true) or a "s"/"skip" (answer false); for "Press Enter to open it…". */
    Answer<Boolean> proceed(String prompt);

    /** A line of visible text. */
    Answer<String> ask(String prompt);

    /** A line read with the input hidden; the raw text may still need cleaning. */
    Answer<String> askSecret(String prompt);

    /** Does {@code work} (a request), showing that it is being waited for when it takes more than a second. */
    default <T> T during(String what, Supplier<T> work) {
        return work.get();
    }
}
