package dev.notionsetup.cli;

import dev.notionsetup.term.Console;
import dev.notionsetup.term.Prepared;

import java.util.function.Supplier;

/**
 * The wizard's console, opened on a background thread while the main thread builds and parses the command
 * line (Main#opensTheConsoleFirst says when). {@link #get()} hands it over, or throws what opening it threw, as opening it on the
 * spot would have. A run that turns out not to be the wizard never takes it, and {@link #closeIfUnused()}
 * closes it again (JLine gives back the signal handlers it took).
 */
final class ConsoleInAdvance implements Supplier<Console> {
    private final Prepared<Console> opening;
    private volatile boolean taken;

    private ConsoleInAdvance(Prepared<Console> opening) {
        this.opening = opening;
    }

    /** Starts opening the console with {@code open}. */
    static ConsoleInAdvance start(Supplier<Console> open) {
        return new ConsoleInAdvance(Prepared.start("notion-setup: opening the terminal", open::get));
    }

    /** The console, once open. Called at most once, by the wizard. */
    @Override
    public Console get() {
        taken = true;
        return opening.get();
    }

    /** For a run that did not use the console: waits for it to be open, then closes it. */
    void closeIfUnused() {
        if (taken) {
            return;
        }
        Console console;
        try {
            console = opening.get();
        } catch (RuntimeException e) {
            return; // it never opened: nothing to close, and this run did not need it
        }
        console.close();
    }
}
