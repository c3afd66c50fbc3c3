package dev.notionsetup.cli;

import dev.notionsetup.credentials.Profile;
import picocli.CommandLine.Model.CommandSpec;

import java.util.Map;

/**
 * --profile NAME, or NOTION_SETUP_PROFILE, or "default": which stored token a command uses. The profile
 * names the keychain entry, and, unless --env-file is given, the env file: .env for the default profile,
 * .env.NAME for any other, so two profiles never read each other's token.
 */
public final class ProfileOption {
    public static final String VARIABLE = "NOTION_SETUP_PROFILE";
    private static final String DEFAULT_ENV_FILE = ".env";

    private ProfileOption() {
    }

    public static void declare(CommandSpec spec) {
        Option.PROFILE.declare(spec, "Which stored token to use: its keychain entry and, without --env-file, its"
                + " env file (.env for 'default', .env.NAME for others). Default: NOTION_SETUP_PROFILE, else"
                + " 'default'.");
    }

    static Profile of(CommandSpec spec, Map<String, String> env) {
        String option = Option.PROFILE.value(spec);
        if (option != null) {
            return new Profile(option);
        }
        String fromEnv = env.get(VARIABLE);
        return fromEnv == null || fromEnv.isBlank() ? Profile.DEFAULT : new Profile(fromEnv.strip());
    }

    /**
     * --env-file: the env file to write or read, relative to the directory the tool was started in; without
     * it, the profile's ({@link #envFileOf}). {@code use}: what the command does with the file ("write", or
     * "read" for validate, which never writes).
     */
    public static void declareEnvFile(CommandSpec spec, String use) {
        Option.ENV_FILE.declare(spec, "The env file to " + use + " (default .env in the current directory;"
                + " .env.NAME for --profile NAME).");
    }

    /** The env file a profile uses when --env-file is not given. */
    public static String envFileOf(Profile profile) {
        return profile.equals(Profile.DEFAULT) ? DEFAULT_ENV_FILE : DEFAULT_ENV_FILE + "." + profile.name();
    }
}
