package dev.notionsetup.status;

import dev.notionsetup.ExitCode;
import dev.notionsetup.UserError;
import dev.notionsetup.cli.ConnectionOptions;
import dev.notionsetup.cli.Dependencies;
import dev.notionsetup.cli.Invocation;
import dev.notionsetup.cli.Option;
import dev.notionsetup.cli.Options;
import dev.notionsetup.cli.ProfileOption;
import dev.notionsetup.cli.TokenOptions;
import dev.notionsetup.notion.ApiResult;
import dev.notionsetup.notion.BotIdentity;
import dev.notionsetup.notion.NotionClient;
import dev.notionsetup.report.BotText;
import dev.notionsetup.setup.CredentialStore;
import dev.notionsetup.setup.GivenToken;
import dev.notionsetup.setup.TokenPlaces;
import dev.notionsetup.term.Answer;
import dev.notionsetup.term.Console;
import dev.notionsetup.term.LinePrompter;
import dev.notionsetup.term.Output;
import dev.notionsetup.term.ProgressLine;
import dev.notionsetup.term.Tone;
import dev.notionsetup.term.UserInterrupt;
import dev.notionsetup.term.WriterOutput;
import dev.notionsetup.token.Secret;
import picocli.CommandLine.Model.CommandSpec;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * `notion-setup logout`: removes the profile's stored token, from the keychain and from the env file (that
 * one line; every other byte kept), after asking at a terminal; then says where to revoke it, which only
 * Notion can do.
 */
public final class LogoutCommand implements Callable<Integer> {
    private final Dependencies deps;
    private final CommandSpec spec;

    public LogoutCommand(Dependencies deps) {
        this.deps = deps;
        this.spec = Options.command("logout", this);
        spec.usageMessage().description("Remove the profile's stored token: its keychain entry and the token's line"
                + " in the env file (the other lines are kept as they are). Asks first at a terminal. Then says"
                + " where to revoke the token, which is the only way to end it for good.");
        ProfileOption.declare(spec);
        ProfileOption.declareEnvFile(spec, "remove the token's line from");
        TokenOptions.declareVariable(spec,
                "The token's variable in the env file (default NOTION_API_KEY).");
        Option.YES.declare(spec, "Remove without asking (needed without a terminal).");
        Option.OFFLINE.declare(spec, "Do not ask Notion which kind of token it is (then both revoke pages are"
                + " named).");
        ConnectionOptions.declare(spec);
        Option.NO_COLOR.declare(spec, "Plain output without colour or symbols (also NO_COLOR).");
        Option.VERBOSE.declare(spec, "Say why the keychain was not looked in, and each request.");
        Options.standardHelp(spec);
        Options.exitCodesAndExamples(spec, ExitCode.helpList(Map.of(ExitCode.OK, "ok: removed, or nothing was"
                        + " stored", ExitCode.USAGE, "usage; no terminal to ask and no --yes", ExitCode.ENV_FILE,
                        "the env file or the keychain could not be changed", ExitCode.INTERRUPTED,
                        "interrupted, or the answer was no"), Set.of(ExitCode.REJECTED, ExitCode.UNAVAILABLE,
                        ExitCode.NOTHING_SHARED)), true,
                "  notion-setup logout                      Asks, then removes the default profile's token",
                "  notion-setup logout --profile work --yes");
    }

    public CommandSpec spec() {
        return spec;
    }

    /** A stored token and the place it is in, as messages name it. */
    private record Stored(String place, GivenToken token) {
    }

    @Override
    public Integer call() {
        try (Invocation invocation = new Invocation(deps, spec)) {
            Output out = invocation.stderrOutput();
            CredentialStore store = invocation.credentialStore();
            TokenPlaces places = invocation.places(store);
            Optional<GivenToken> inKeychain = places.fromKeychain(out, invocation.verbose());
            Optional<GivenToken> inFile = places.fromEnvFile();
            List<Stored> stored = new ArrayList<>();
            inKeychain.ifPresent(t -> stored.add(new Stored(places.keychainEntry(), t)));
            inFile.ifPresent(t -> stored.add(new Stored(store.variable() + " in " + store.shownName(), t)));
            if (stored.isEmpty()) {
                out.show(Tone.SUCCESS, "Nothing is stored for profile " + places.profile() + ": no keychain entry, and"
                        + " no " + store.variable() + " in " + store.shownName() + ".");
                return ExitCode.OK.code();
            }
            stored.forEach(s -> invocation.redaction().add(s.token().raw()));
            List<String> named = stored.stream()
                    .map(s -> s.place() + " (" + s.token().raw().strip() + ")").toList();
            if (!Option.YES.isSet(spec) && !confirmed(invocation, String.join(" and ", named))) {
                out.show(Tone.WARNING, "Nothing was removed.");
                return ExitCode.INTERRUPTED.code();
            }
            List<String> revoke = revokeLines(invocation, out, stored);
            if (inKeychain.isPresent()) {
                invocation.keychain().delete(places.profile());
                out.show(Tone.SUCCESS, "Removed " + named.get(0) + ".");
            }
            if (inFile.isPresent()) {
                store.removeToken();
                out.show(Tone.SUCCESS, "Removed " + named.get(named.size() - 1) + "; the file's other lines are"
                        + " unchanged.");
            }
            revoke.forEach(line -> out.show(Tone.HINT, line));
            return ExitCode.OK.code();
        }
    }

    /** Asks at a terminal; without one, --yes is the only way to say yes. */
    private boolean confirmed(Invocation invocation, String what) {
        Optional<String> whyNot = deps.whyNoPrompt();
        if (whyNot.isPresent()) {
            throw new UserError("logout would remove " + what + ", and " + whyNot.get() + ", so it cannot ask first.",
                    "Pass --yes to remove it without asking.", ExitCode.USAGE);
        }
        try (Console console = deps.console().get()) {
            Output shown = new WriterOutput(console.writer(), invocation.style(console.supportsColor()),
                    console::width, false, invocation.redaction());
            LinePrompter prompter = new LinePrompter(console, shown,
                    new ProgressLine(console.writer(), console.redraws(), deps.clock()));
            Answer<Boolean> answer = prompter.confirm("Remove " + what + "?", false);
            return answer instanceof Answer.Given<Boolean> given && given.value();
        } catch (UserInterrupt interrupt) {
            return false;
        }
    }

    /**
     * Where each token is revoked: the page for its kind when Notion says which kind it is, both pages when it
     * cannot be asked (--offline, offline, already revoked).
     */
    private List<String> revokeLines(Invocation invocation, Output out, List<Stored> stored) {
        Set<Secret> tokens = new LinkedHashSet<>();
        stored.forEach(s -> tokens.add(s.token().raw().strip()));
        List<String> lines = new ArrayList<>();
        for (Secret token : tokens) {
            Optional<BotIdentity> bot = Optional.empty();
            if (!Option.OFFLINE.isSet(spec)) {
                try (NotionClient client = invocation.client(out)) {
                    ApiResult<BotIdentity> result = client.verify(token);
                    if (result instanceof ApiResult.Ok<BotIdentity> ok) {
                        bot = Optional.of(ok.value());
                    }
                }
            }
            String masked = token.toString();
            lines.add(bot.map(b -> "The token " + masked + " works until it is revoked: " + BotText.revokeAt(b) + ".")
                    .orElse("The token " + masked + " may work until it is revoked: an internal connection's at "
                            + BotText.INTERNAL_CONNECTIONS + " (the connection, Configuration), a personal token's at "
                            + BotText.PERSONAL_TOKENS + "."));
        }
        return lines;
    }
}
