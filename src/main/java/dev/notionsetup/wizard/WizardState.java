package dev.notionsetup.wizard;

import dev.notionsetup.notion.AccessSummary;
import dev.notionsetup.notion.BotIdentity;
import dev.notionsetup.notion.CredentialKind;
import dev.notionsetup.token.Secret;

import java.util.Optional;

/**
 * What the wizard has learned so far: the token, the kind of credential the user said it is, who Notion says
 * it belongs to, what it can see, and the database (and data source) id to save. A step that finds something out again first forgets the old answer, so going back
 * never leaves a stale one behind.
 */
public final class WizardState {
    private Secret token;
    private BotIdentity bot;
    private AccessSummary access;
    private String databaseId;
    private String dataSourceId;
    private CredentialKind expectedKind;
    private String envFile = ".env";
    private Boolean keychain;
    private boolean placeGiven;

    public Optional<Secret> token() {
        return Optional.ofNullable(token);
    }

    public void token(Secret token) {
        this.token = token;
    }

    /** The bot the token was verified as; empty until the token is verified. */
    public Optional<BotIdentity> bot() {
        return Optional.ofNullable(bot);
    }

    public void bot(BotIdentity bot) {
        this.bot = bot;
    }

    /** What the integration can see; empty when it could not be checked. */
    public Optional<AccessSummary> access() {
        return Optional.ofNullable(access);
    }

    public void access(AccessSummary access) {
        this.access = access;
    }

    /** The confirmed NOTION_DATABASE_ID; empty when none was chosen. */
    public Optional<String> databaseId() {
        return Optional.ofNullable(databaseId);
    }

    public void databaseId(String databaseId) {
        this.databaseId = databaseId;
    }

    /** The confirmed NOTION_DATA_SOURCE_ID (the database's data source the first query used); empty when none. */
    public Optional<String> dataSourceId() {
        return Optional.ofNullable(dataSourceId);
    }

    public void dataSourceId(String dataSourceId) {
        this.dataSourceId = dataSourceId;
    }

    /** The kind the user said the token is (their answer at step 3); empty when the token came from the env file. */
    public Optional<CredentialKind> expectedKind() {
        return Optional.ofNullable(expectedKind);
    }

    public void expectedKind(CredentialKind expectedKind) {
        this.expectedKind = expectedKind;
    }

    /** The env file as the user named it, for the question where the token should live. */
    public String envFile() {
        return envFile;
    }

    public void envFile(String envFile) {
        this.envFile = envFile;
    }

    /** Whether the token goes to the profile's keychain entry instead of the env file. */
    public boolean keychain() {
        return Boolean.TRUE.equals(keychain);
    }

    /** The place chosen by an option before the walk (--store): the question is then not asked. */
    public void placeGiven(boolean keychain) {
        this.keychain = keychain;
        this.placeGiven = true;
    }

    public boolean placeGiven() {
        return placeGiven;
    }

    public void keychain(boolean keychain) {
        this.keychain = keychain;
    }

    /** The token shows itself masked. */
    @Override
    public String toString() {
        return "WizardState[token=" + (token == null ? "none" : token) + ", verified=" + (bot != null)
                + ", access=" + (access != null) + ", database=" + (databaseId != null) + "]";
    }
}
