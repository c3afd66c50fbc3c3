package dev.notionsetup.term;

import dev.notionsetup.notion.TerminalText;
import dev.notionsetup.token.Secrets;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The Prompter rules (numbered choices, [Y/n], b/back, q/quit, re-asking on nonsense) on top of any
 * line source, so the real terminal and the scripted tests share one implementation.
 */
public final class LinePrompter implements Prompter {
    static final String NOT_HERE = "That looks like a token; it was not used here. Paste it only where the"
            + " token is asked for, with typing hidden.";
    /** How often a wait's progress is looked at; its count changes once a second. */
    private static final long TICK_MILLIS = 250;
    private final LineSource lines;
    private final Output out;
    private final ProgressLine progress;

    public LinePrompter(LineSource lines, Output out) {
        this(lines, out, null);
    }

    /** With {@code progress}, waits longer than a second show that they are going on. */
    public LinePrompter(LineSource lines, Output out, ProgressLine progress) {
        this.lines = lines;
        this.out = out;
        this.progress = progress;
    }

    @Override
    public void show(Tone tone, String text) {
        if (progress == null) {
            out.show(tone, text);
            return;
        }
        // A retry notice can arrive during a wait: the count's line goes first, so the two never share a line.
        synchronized (progress) {
            progress.clear();
            out.show(tone, text);
        }
    }

    @Override
    public <T> T during(String what, Supplier<T> work) {
        if (progress == null) {
            return work.get();
        }
        progress.start(what);
        Thread ticker = new Thread(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    Thread.sleep(TICK_MILLIS);
                    progress.tick();
                }
            } catch (InterruptedException e) {
                // The wait is over.
            }
        }, "notion-setup-progress");
        ticker.setDaemon(true);
        ticker.start();
        try {
            return work.get();
        } finally {
            ticker.interrupt();
            try {
                ticker.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            progress.stop();
        }
    }

    @Override
    public Answer<Integer> choose(String question, List<String> options) {
        out.show(Tone.PLAIN, question);
        for (int i = 0; i < options.size(); i++) {
            out.show(Tone.PLAIN, "  " + (i + 1) + ") " + options.get(i));
        }
        String range = options.size() == 1 ? "1" : "1-" + options.size();
        while (true) {
            String line = read("Choose " + range + " [1]: ");
            Optional<Answer<Integer>> nav = navigation(line);
            if (nav.isPresent()) {
                return nav.get();
            }
            Optional<Integer> picked = Replies.choice(line, options.size());
            if (picked.isPresent()) {
                return new Answer.Given<>(picked.get());
            }
            out.show(Tone.HINT, "Type a number from " + range + " and press Enter (b goes back, q quits).");
        }
    }

    @Override
    public Answer<Boolean> confirm(String question, boolean defaultYes) {
        String suffix = defaultYes ? " [Y/n] " : " [y/N] ";
        while (true) {
            String line = read(question + suffix);
            Optional<Answer<Boolean>> nav = navigation(line);
            if (nav.isPresent()) {
                return nav.get();
            }
            Optional<Boolean> yes = Replies.yesNo(line, defaultYes);
            if (yes.isPresent()) {
                return new Answer.Given<>(yes.get());
            }
            out.show(Tone.HINT, "Answer y or n and press Enter (b goes back, q quits).");
        }
    }

    @Override
    public Answer<Boolean> proceed(String prompt) {
        String line = read(prompt);
        Optional<Answer<Boolean>> nav = navigation(line);
        if (nav.isPresent()) {
            return nav.get();
        }
        String s = line == null ? "" : line.strip().toLowerCase(java.util.Locale.ROOT);
        return new Answer.Given<>(!(s.equals("s") || s.equals("skip") || s.equals("n") || s.equals("no")));
    }

    @Override
    public Answer<String> ask(String prompt) {
        String line = read(prompt);
        return LinePrompter.<String>navigation(line).orElseGet(() -> new Answer.Given<>(line));
    }

    @Override
    public Answer<String> askSecret(String prompt) {
        String line = lines.readSecret(TerminalText.forDisplay(prompt));
        return LinePrompter.<String>navigation(line).orElseGet(() -> new Answer.Given<>(line));
    }

    /**
     * Prompts can quote a name from the server or a file: they reach the terminal made safe, like all output.
     * A token pasted here, where typing is visible, is hidden after the fact where the terminal can rewrite
     * the line, never repeated, and never taken as the answer: the question is asked again.
     */
    private String read(String prompt) {
        String shown = TerminalText.forDisplay(prompt);
        while (true) {
            String line = lines.readLine(shown);
            // What redaction would change is what looks like a token: one definition, Secrets'. Only the
            // prefixed form: a random-looking run without it is also what a Notion URL's "Title-<id>" is.
            String masked = line == null ? null : Secrets.redact(line);
            if (line == null || masked.equals(line)) {
                return line;
            }
            boolean hidden = lines.replaceEchoedLine(shown, line, masked);
            out.show(Tone.WARNING, NOT_HERE);
            if (!hidden) {
                out.show(Tone.HINT, "It is still visible above; clear the screen (Ctrl-L, or `clear`) when you can.");
            }
        }
    }

    private static <T> Optional<Answer<T>> navigation(String line) {
        if (Replies.isBack(line)) {
            return Optional.of(new Answer.Back<>());
        }
        if (Replies.isQuit(line)) {
            return Optional.of(new Answer.Quit<>());
        }
        return Optional.empty();
    }
}
