package dev.notionsetup.cli;

import dev.notionsetup.ExitCode;
import dev.notionsetup.UserError;
import dev.notionsetup.notion.TerminalText;
import picocli.CommandLine.Model.CommandSpec;

import java.util.Locale;

/** --store env|keychain: where setup keeps the verified token. */
public enum StoreOption {
    ENV, KEYCHAIN;

    public static void declare(CommandSpec spec) {
        Option.STORE.declare(spec, "Where the token is kept: env (the env file, the default) or keychain (the OS"
                + " keychain entry of the profile; the env file then gets only the database ids). The wizard asks"
                + " when it is not given.");
    }

    public static StoreOption of(CommandSpec spec) {
        String value = Option.STORE.value(spec);
        if (value == null) {
            return ENV;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "env" -> ENV;
            case "keychain" -> KEYCHAIN;
            default -> throw new UserError("--store '" + TerminalText.sanitize(value, 40) + "' is not a place the"
                    + " token can be kept.", "Give --store env (the env file) or --store keychain (the OS keychain).",
                    ExitCode.USAGE);
        };
    }
}
