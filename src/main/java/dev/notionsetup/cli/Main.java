package dev.notionsetup.cli;

import dev.notionsetup.envfile.EnvFile;
import dev.notionsetup.envfile.EnvFileException;
import dev.notionsetup.envfile.UnfinishedWrites;

import dev.notionsetup.term.Consoles;

import java.io.PrintStream;
import java.util.Map;

/**
 * The process entry point: the real outside world handed to the command line, which parses the arguments
 * (all but a lone version option).
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (printedVersionOnly(args, System.out)) {
            return;
        }
        int code = run(args);
        System.out.flush();
        System.exit(code);
    }

    /**
     * A lone version option is answered without building the command line: scripts ask for it most, and it
     * needs nothing of picocli's model of every command, which is most of a start. The names are the model's own
     * ({@link VersionProvider#NAMES}); MainTest holds the answer to the one picocli gives.
     */
    static boolean printedVersionOnly(String[] args, PrintStream out) {
        if (args.length != 1 || !VersionProvider.NAMES.contains(args[0])) {
            return false;
        }
        for (String line : new VersionProvider().getVersion()) {
            out.println(line);
        }
        return true;
    }

    private static int run(String[] args) {
        try {
            // In the POSIX locale a non-ASCII working folder is not the folder Java sees.
            EnvFile.requireRepresentableWorkingFolder();
        } catch (EnvFileException e) {
            System.err.println("Error: " + e.what());
            System.err.println(e.fix());
            return e.exitCode().code();
        }
        Map<String, String> env = System.getenv();
        Terminals ends = Terminals.read();
        boolean terminal = ends.bothAreTerminals();
        Dependencies.Builder wiring = Dependencies.builder(env)
                .terminal(terminal)
                .stdinTerminal(ends.stdinIsTerminal(terminal))
                .notATerminal(terminal ? null : ends.whichIsNot())
                .writes(UnfinishedWrites.ofThisProcess());
        if (!opensTheConsoleFirst(args, wiring.build())) {
            return CommandLineFactory.create(wiring.build()).execute(args);
        }
        // Opening the terminal waits on processes that read its modes: let that overlap building the model.
        ConsoleInAdvance console = ConsoleInAdvance.start(() -> Consoles.open(env));
        try {
            return CommandLineFactory.create(wiring.console(console).build()).execute(args);
        } finally {
            console.closeIfUnused();
        }
    }

    /**
     * Whether the run will ask a person at the terminal before anything else, known without parsing: no
     * arguments is the default command with nothing given, which at a terminal outside CI asks (the wizard, or
     * first whether to use an exported token). MainTest holds this to the model.
     */
    static boolean opensTheConsoleFirst(String[] args, Dependencies deps) {
        return args.length == 0 && deps.canPrompt();
    }
}
