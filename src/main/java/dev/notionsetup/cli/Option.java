package dev.notionsetup.cli;

import dev.notionsetup.token.Secret;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

import java.nio.file.Path;

/**
 * Every option of every command, named once: commands declare their options from here and read them back
 * from here, so a misspelt option is a compile error, not a silent "not given". Each command words its own
 * description; picocli's model is then the one place that parses them.
 */
public enum Option {
    ENV_FILE(Path.class, "PATH", "--env-file"),
    PROFILE(String.class, "NAME", "--profile"),
    STORE(String.class, "env|keychain", "--store"),
    TOKEN(Secret.class, "TOKEN", "--token"),
    TOKEN_STDIN(boolean.class, null, "--token-stdin"),
    VAR(String.class, "NAME", "--var"),
    YES(boolean.class, null, "-y", "--yes"),
    FORCE(boolean.class, null, "--force"),
    NO_BROWSER(boolean.class, null, "--no-browser"),
    SKIP_VALIDATION(boolean.class, null, "--skip-validation"),
    OFFLINE(boolean.class, null, "--offline"),
    CHECK(boolean.class, null, "--check"),
    DATABASE(String.class, "URL_OR_ID", "--database"),
    DATA_SOURCE(String.class, "ID", "--data-source"),
    CHECK_ACCESS(boolean.class, null, "--check-access"),
    REQUIRE_ACCESS(boolean.class, null, "--require-access"),
    API_URL(String.class, "URL", "--api-url"),
    NOTION_VERSION(String.class, "DATE", "--notion-version"),
    TIMEOUT(int.class, "SECONDS", "--timeout"),
    JSON(boolean.class, null, "--json"),
    NO_COLOR(boolean.class, null, "--no-color"),
    QUIET(boolean.class, null, "-q", "--quiet"),
    VERBOSE(boolean.class, null, "-v", "--verbose");

    private final Class<?> type;
    private final String label;
    private final String[] names;

    /** {@code label}: the value's name in --help; null for a yes/no option. */
    Option(Class<?> type, String label, String... names) {
        this.type = type;
        this.label = label;
        this.names = names;
    }

    /** The long name, as messages and --help spell it. */
    public String longName() {
        return names[names.length - 1];
    }

    /** Adds this option to {@code spec}, described as {@code description}. */
    public void declare(CommandSpec spec, String description) {
        spec.addOption(builder(description).build());
    }

    OptionSpec.Builder builder(String description) {
        OptionSpec.Builder option = OptionSpec.builder(names).type(type).description(description);
        if (label == null) {
            return option.arity("0");
        }
        option.paramLabel(label);
        if (type == Path.class) {
            // A Path so that the completion script completes file names here; kept as the text typed, because
            // EnvFile, not picocli, answers a name the locale cannot represent (exit 5).
            option.converters(text -> text);
        } else if (type == Secret.class) {
            option.converters(Secret::of);
        }
        return option;
    }

    /** Whether this yes/no option is on; false also when {@code spec} does not have it. */
    public boolean isSet(CommandSpec spec) {
        return Boolean.TRUE.equals(value(spec));
    }

    /** The value given (or the default); null when not given, or when {@code spec} does not have it. */
    public <T> T value(CommandSpec spec) {
        OptionSpec option = spec.findOption(longName());
        return option == null ? null : option.getValue();
    }

    /** Whether this option was on the command line of {@code parsed}. */
    public boolean isGiven(ParseResult parsed) {
        return parsed.hasMatchedOption(longName());
    }
}
