package dev.notionsetup.setup;

/** Where a token came from; the JSON name is part of the --json contract. */
public enum TokenSource {
    FLAG("flag", "--token"),
    STDIN("stdin", "standard input"),
    ENVIRONMENT("environment", "NOTION_API_KEY in the environment"),
    KEYCHAIN("keychain", "the keychain"),
    ENV_FILE("env-file", "the env file");

    private final String jsonName;
    private final String description;

    TokenSource(String jsonName, String description) {
        this.jsonName = jsonName;
        this.description = description;
    }

    public String jsonName() {
        return jsonName;
    }

    public String description() {
        return description;
    }
}
