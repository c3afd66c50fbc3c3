package dev.notionsetup.cli;

import java.util.Map;
import java.util.Set;

/**
 * Whether a run will be the interactive wizard, guessed from the arguments before picocli has parsed them, so
 * that the wizard's terminal can be opened while they are parsed, and so that the HTTP warm-up is left to the
 * wizard, which starts it once its first screen is up. A wrong guess costs only time: an unneeded terminal is
 * opened and closed again ({@link ConsoleInAdvance}), or a wizard starts a little slower. The real decision is
 * still made after parsing (setup.SetupCommand).
 */
final class WizardGuess {
    /** Arguments that mean another command, help or a version: never the wizard. */
    private static final Set<String> NOT_THE_WIZARD = Set.of("validate", "help", "generate-completion", "--help",
            "--version", "--token", "--token-stdin");

    private WizardGuess() {
    }

    /**
     * Likely the wizard: a person may be asked (terminal, no CI), no other command or help is named, and no
     * token is given by option. A token exported in the environment still means a question at the terminal
     * (use it, or run the wizard), so it counts the same.
     */
    static boolean likely(String[] args, Map<String, String> env, boolean terminal) {
        if (!terminal || Dependencies.ciSet(env)) {
            return false;
        }
        for (String arg : args) {
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (NOT_THE_WIZARD.contains(name) || shortHelpOrVersion(arg)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code arg} is short options (-h, -V, or a cluster such as -qh) that ask for help or the version. */
    static boolean shortHelpOrVersion(String arg) {
        return arg.startsWith("-") && !arg.startsWith("--") && (arg.contains("h") || arg.contains("V"));
    }
}
