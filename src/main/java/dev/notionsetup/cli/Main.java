package dev.notionsetup.cli;

import dev.notionsetup.envfile.EnvFile;
import dev.notionsetup.envfile.EnvFileException;
import dev.notionsetup.envfile.UnfinishedWrites;

import java.util.Map;

/** The process entry point: the real outside world handed to the command line, which parses the arguments. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int code = run(args);
        System.out.flush();
        System.exit(code);
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
        Dependencies deps = Dependencies.builder(env)
                .terminal(terminal)
                .stdinTerminal(ends.stdinIsTerminal(terminal))
                .notATerminal(terminal ? null : ends.whichIsNot())
                .writes(UnfinishedWrites.ofThisProcess())
                .build();
        return CommandLineFactory.create(deps).execute(args);
    }
}
