package dev.notionsetup.testing;

import dev.notionsetup.term.Console;
import dev.notionsetup.term.UserInterrupt;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * A console that answers prompts from a script, the way a person would type lines and press Enter.
 * {@link #CTRL_C} in the script stands for Ctrl-C at that prompt. The transcript holds everything shown,
 * prompts included, but never what was typed at a hidden prompt (as on a real screen).
 */
public final class ScriptedConsole implements Console {
    public static final String CTRL_C = "\u0003<ctrl-c>";
    private boolean rewrites = true;

    private final Deque<Object> script;
    private final StringWriter screen = new StringWriter();
    private final PrintWriter writer = new PrintWriter(screen, true);
    private final List<String> prompts = new ArrayList<>();
    private boolean closed;
    private BiFunction<String, String, String> answerer;

    /**
     * A person who decides as they go: {@code answerer} is given each prompt and the screen so far, and
     * returns the line to type ({@link #CTRL_C} for Ctrl-C).
     */
    public static ScriptedConsole answering(BiFunction<String, String, String> answerer) {
        ScriptedConsole console = new ScriptedConsole();
        console.answerer = answerer;
        return console;
    }

    /** Lines to type, in order; a {@link Runnable} in between runs then (e.g. "the user shares a page now"). */
    public ScriptedConsole(Object... lines) {
        this.script = new ArrayDeque<>(List.of(lines));
    }

    @Override
    public String readLine(String prompt) {
        return answer(prompt, false);
    }

    @Override
    public String readSecret(String prompt) {
        return answer(prompt, true);
    }

    private String answer(String prompt, boolean hidden) {
        prompts.add(prompt);
        writer.print(prompt);
        if (answerer != null) {
            script.add(answerer.apply(prompt, screen.toString()));
        }
        if (script.isEmpty()) {
            throw new AssertionError("the script ran out at prompt '" + prompt + "'; screen so far:\n" + screen);
        }
        while (script.peek() instanceof Runnable action) {
            script.pop();
            action.run();
        }
        if (script.isEmpty()) {
            throw new AssertionError("the script ran out at prompt '" + prompt + "'; screen so far:\n" + screen);
        }
        String line = (String) script.pop();
        if (line.equals(CTRL_C)) {
            writer.println("^C");
            throw new UserInterrupt(UserInterrupt.STOPPED);
        }
        writer.println(hidden ? "*".repeat(line.length()) : line);
        return line;
    }

    /** A plain terminal ({@code TERM=dumb}): what was echoed stays echoed. */
    public ScriptedConsole plain() {
        rewrites = false;
        return this;
    }

    /** As a real terminal does with the cursor: the echoed prompt and answer are replaced on the screen. */
    @Override
    public boolean replaceEchoedLine(String prompt, String line, String shown) {
        if (!rewrites) {
            return false;
        }
        String echoed = prompt + line + System.lineSeparator();
        writer.flush();
        StringBuffer buffer = screen.getBuffer();
        int at = buffer.lastIndexOf(echoed);
        if (at < 0) {
            throw new AssertionError("rewrote a line that is not on the screen: " + prompt);
        }
        buffer.replace(at, at + echoed.length(), prompt + shown + System.lineSeparator());
        return true;
    }

    @Override
    public PrintWriter writer() {
        return writer;
    }

    @Override
    public int width() {
        return 0;
    }

    @Override
    public boolean supportsColor() {
        return false;
    }

    /** What the real terminal would print if a signal ended the process now. */
    public Supplier<String> exitNotice = () -> null;

    @Override
    public void onUnexpectedExit(Supplier<String> notice) {
        this.exitNotice = notice;
    }

    @Override
    public void close() {
        closed = true;
    }

    public String screen() {
        return screen.toString();
    }

    public List<String> prompts() {
        return List.copyOf(prompts);
    }

    public int unusedLines() {
        return script.size();
    }

    public boolean closed() {
        return closed;
    }
}
