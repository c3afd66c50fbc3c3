package dev.notionsetup.cli;

import dev.notionsetup.ExitCode;
import dev.notionsetup.UserError;
import dev.notionsetup.credentials.Keychain;
import dev.notionsetup.credentials.Profile;
import dev.notionsetup.envfile.EnvFile;
import dev.notionsetup.envfile.GitIgnoreAdvice;
import dev.notionsetup.envfile.ProcessCommandRunner;
import dev.notionsetup.notion.ApiBaseUrl;
import dev.notionsetup.notion.NotionClient;
import dev.notionsetup.notion.NotionClientConfig;
import dev.notionsetup.notion.NotionVersion;
import dev.notionsetup.notion.ProxyFromEnvironment;
import dev.notionsetup.report.ConsoleClientEvents;
import dev.notionsetup.report.JsonReport;
import dev.notionsetup.setup.CredentialStore;
import dev.notionsetup.setup.GivenToken;
import dev.notionsetup.setup.TokenPlaces;
import dev.notionsetup.setup.TokenSources;
import dev.notionsetup.setup.TokenVariable;
import dev.notionsetup.term.Output;
import dev.notionsetup.term.Style;
import dev.notionsetup.term.Tone;
import dev.notionsetup.term.WriterOutput;
import dev.notionsetup.token.Redaction;
import picocli.CommandLine.Model.CommandSpec;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The options of one run resolved against the environment: checked up front (a bad URL, version or
 * timeout is exit 2 before any prompt or request), then handed out as the objects the services need.
 */
public final class Invocation implements AutoCloseable {
    private final Dependencies deps;
    private final OutputOptions output;
    private final TokenOptions tokens;
    private final String variable;
    private final String envFileName;
    private final Profile profile;
    private final NotionClientConfig clientConfig;
    /** Null unless --json: ready to print the "interrupted" object if a signal ends the run. */
    private final InterruptedJson interruptedJson;
    /** The secrets this run has read, masked in everything it prints. */
    private final Redaction redaction = new Redaction();

    /** {@code command} is the parsed command (setup or validate); both declare the same shared options. */
    public Invocation(Dependencies deps, CommandSpec command) {
        this.deps = deps;
        this.output = OutputOptions.of(command);
        this.tokens = TokenOptions.of(command);
        this.variable = TokenVariable.check(tokens.variable());
        this.profile = ProfileOption.of(command, deps.env());
        String envFile = Option.ENV_FILE.value(command);
        this.envFileName = envFile != null ? envFile : ProfileOption.envFileOf(profile);
        this.clientConfig = clientConfig(deps, ConnectionOptions.of(command));
        this.interruptedJson = output.json() ? new InterruptedJson(deps.stdout(), deps.writes()::stop) : null;
    }

    /**
     * Option first, then our variable, then the one Notion's own CLI (ntn) reads: NOTION_API_URL before
     * NOTION_API_BASE_URL, NOTION_VERSION before NOTION_API_VERSION.
     */
    private static NotionClientConfig clientConfig(Dependencies deps, ConnectionOptions connection) {
        String url = apiUrl(connection.apiUrl(), deps.env());
        ApiBaseUrl baseUrl = url == null ? ApiBaseUrl.DEFAULT : ApiBaseUrl.parse(url);
        NotionVersion version = NotionVersion.parse(firstOf(connection.notionVersion(),
                firstOf(deps.env().get("NOTION_VERSION"), deps.env().get("NOTION_API_VERSION"))));
        if (connection.timeoutSeconds() < 1 || connection.timeoutSeconds() > 600) {
            throw new UserError("--timeout " + connection.timeoutSeconds() + " is out of range.",
                    "Give a number of seconds from 1 to 600 (default 30).", ExitCode.USAGE);
        }
        // One deadline for the run: --timeout bounds each request and all of them together, waits included.
        Duration timeout = Duration.ofSeconds(connection.timeoutSeconds());
        return new NotionClientConfig(baseUrl, version, timeout, "notion-setup/" + VersionProvider.version(),
                NotionClientConfig.DEFAULT_MAX_RETRIES, ProxyFromEnvironment.from(deps.env()).orElse(null), timeout);
    }

    /** The base URL as given: {@code option}, else NOTION_API_URL, else NOTION_API_BASE_URL; null for the default. */
    static String apiUrl(String option, Map<String, String> env) {
        return firstOf(option, firstOf(env.get("NOTION_API_URL"), env.get("NOTION_API_BASE_URL")));
    }

    private static String firstOf(String option, String env) {
        if (option != null) {
            return option;
        }
        return env == null || env.isBlank() ? null : env;
    }

    /** Human text for non-interactive runs: stderr, so stdout stays clean for --json. */
    public Output stderrOutput() {
        PrintWriter writer = new PrintWriter(new OutputStreamWriter(deps.stderr(), StandardCharsets.UTF_8), true);
        return new WriterOutput(writer, style(deps.terminal()), () -> 0, output.quiet(), redaction);
    }

    public Style style(boolean colorCapable) {
        return Style.decide(colorCapable, output.noColor(), deps.env());
    }

    /**
     * The token from --token, --token-stdin (read now), the token variable (NOTION_API_KEY or --var's) or
     * NOTION_API_TOKEN in the environment; empty when none gives one.
     */
    public Optional<GivenToken> givenToken() {
        if (tokens.tokenStdin() && tokens.token() == null && deps.stdinTerminal()) {
            // Refused before anything is typed: a terminal echoes what is pasted at it, in clear.
            throw new UserError("--token-stdin reads the token from a pipe, but standard input is this terminal,"
                    + " which would show the token as you paste it.", "Pipe it in (printenv NOTION_TOKEN |"
                    + " notion-setup --token-stdin), or run notion-setup without --token-stdin: the wizard reads"
                    + " the token hidden.", ExitCode.USAGE);
        }
        Optional<GivenToken> given = TokenSources.fromInvocation(tokens.token(), tokens.tokenStdin(), deps.stdin(),
                deps.env(), variable);
        given.ifPresent(token -> redaction.add(token.raw()));
        return given;
    }

    /**
     * The token by the whole reading order: {@link #givenToken()}, then the profile's keychain entry, then
     * {@code store}'s env file. The keychain is asked only when no earlier place gave a token.
     */
    public Optional<GivenToken> token(CredentialStore store, Output out) {
        Optional<GivenToken> found = givenToken()
                .or(() -> places(store).fromKeychain(out, output.verbose()))
                .or(() -> places(store).fromEnvFile());
        found.ifPresent(token -> redaction.add(token.raw()));
        return found;
    }

    /** Every place a stored token could be, for the commands that look at each (status, logout). */
    public TokenPlaces places(CredentialStore store) {
        return new TokenPlaces(deps.keychain(), profile, store);
    }

    public Profile profile() {
        return profile;
    }

    public boolean verbose() {
        return output.verbose();
    }

    /** The OS keychain; opening it starts nothing, its first call does. */
    public Keychain keychain() {
        return deps.keychain().get();
    }

    /** Masks the run's secrets; for every writer of human text. */
    public Redaction redaction() {
        return redaction;
    }

    public JsonReport jsonReport() {
        return interruptedJson == null ? JsonReport.none() : new JsonReport(interruptedJson.stdout());
    }

    /** The run is over (or failed, and the failure handler prints its own object): no interrupted object. */
    @Override
    public void close() {
        if (interruptedJson != null) {
            interruptedJson.close();
        }
    }

    /** The client; a Notion-Version this tool does not know is said here, once, before any request. */
    public NotionClient client(Output out) {
        clientConfig.version().warning().ifPresent(w -> out.show(Tone.WARNING, w));
        return new NotionClient(clientConfig, deps.sleeper(), new ConsoleClientEvents(out, output.verbose()),
                deps.clock());
    }

    public CredentialStore credentialStore() {
        EnvFile file = new EnvFile(deps.workingDir().resolve(envFileName).normalize(), deps.files(), deps.writes());
        return new CredentialStore(file, envFileName, new GitIgnoreAdvice(new ProcessCommandRunner()), deps.env(), variable);
    }
}
