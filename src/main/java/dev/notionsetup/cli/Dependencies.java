package dev.notionsetup.cli;

import dev.notionsetup.browser.Browser;
import dev.notionsetup.notion.Sleeper;
import dev.notionsetup.prompt.Console;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Everything the tool takes from the outside world, passed in so that tests run the real command line with
 * captured streams, a scripted console, a fake browser and a sleeper that does not sleep.
 *
 * @param terminal whether stdin and stdout are both a terminal (the wizard may prompt)
 * @param console  opens the interactive console; called only by the wizard
 * @param browsers builds the browser opener from the environment
 */
public record Dependencies(Map<String, String> env, InputStream stdin, PrintStream stdout, PrintStream stderr,
                           Path workingDir, boolean terminal, Supplier<Console> console,
                           Function<Map<String, String>, Browser> browsers, Sleeper sleeper) {

    public Dependencies {
        env = Map.copyOf(env);
    }

    /** Names only: the environment may hold NOTION_API_KEY, and a record's own toString would print its value. */
    @Override
    public String toString() {
        return "Dependencies[env=" + new java.util.TreeSet<>(env.keySet()) + ", workingDir=" + workingDir
                + ", terminal=" + terminal + "]";
    }

    /** "Non-interactive" as design.md defines it, before looking at token options: no TTY, or CI is set. */
    public boolean canPrompt() {
        String ci = env.get("CI");
        return terminal && (ci == null || ci.isEmpty() || ci.equalsIgnoreCase("false"));
    }
}
