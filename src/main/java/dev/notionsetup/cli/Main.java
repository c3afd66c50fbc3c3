package dev.notionsetup.cli;

import dev.notionsetup.browser.BrowseResult;
import dev.notionsetup.notion.Sleeper;
import dev.notionsetup.prompt.JLineTerminal;

import java.nio.file.Path;

/** The process entry point: real streams, real environment, real terminal. Everything else is in the factory. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Dependencies deps = new Dependencies(System.getenv(), System.in, System.out, System.err,
                Path.of("").toAbsolutePath(), Terminals.stdinAndStdoutAreTerminals(), JLineTerminal::open,
                env -> url -> new BrowseResult.Unavailable("browser support is not wired yet"), Sleeper.SYSTEM);
        int code = CommandLineFactory.create(deps).execute(args);
        System.out.flush();
        System.exit(code);
    }
}
