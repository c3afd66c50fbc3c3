package dev.notionsetup.wizard;

import dev.notionsetup.ExitCode;
import dev.notionsetup.browser.Browser;
import dev.notionsetup.cli.StoreOption;
import dev.notionsetup.credentials.KeychainException;
import dev.notionsetup.credentials.Profile;
import dev.notionsetup.envfile.EnvFileException;
import dev.notionsetup.envfile.WriteResult;
import dev.notionsetup.flow.FlowResult;
import dev.notionsetup.flow.FlowRunner;
import dev.notionsetup.notion.AccessSummary;
import dev.notionsetup.notion.CredentialKind;
import dev.notionsetup.notion.NotionClient;
import dev.notionsetup.notion.NotionVersion;
import dev.notionsetup.report.AccessText;
import dev.notionsetup.report.CommandName;
import dev.notionsetup.report.NextSteps;
import dev.notionsetup.setup.CredentialStore;
import dev.notionsetup.setup.KeychainStore;
import dev.notionsetup.setup.StopNotice;
import dev.notionsetup.term.Answer;
import dev.notionsetup.term.Prompter;
import dev.notionsetup.term.Tone;
import dev.notionsetup.term.UserInterrupt;
import dev.notionsetup.token.Secret;
import dev.notionsetup.wizard.NotionFlow;
import dev.notionsetup.wizard.Session;
import dev.notionsetup.wizard.ValidateStep;
import dev.notionsetup.wizard.WizardState;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The interactive walkthrough: the {@link NotionFlow}'s ten steps, then — only once the token is verified — the write to
 * the env file, the .gitignore offer, and the closing notes. Ctrl-C or "q" before the write leaves every
 * file as it was.
 */
public final class Wizard {
    private final Prompter prompter;
    private final Browser browser;
    private final boolean offerToOpen;
    private final NotionClient client;
    /** Where the token goes; another file when the write failed at the end and the user chose one. */
    private CredentialStore store;
    private final Consumer<String> stopNotice;
    /** The profile's keychain entry, where the token goes when the user chooses the keychain. */
    private final KeychainStore keychain;
    /** The place --store gave; empty when the wizard asks. */
    private final Optional<StoreOption> given;

    /**
     * @param store      where the token goes, its preflight already passed (the caller runs it before the
     *                   terminal opens)
     * @param stopNotice told what to say if a signal ends the process from now on (the terminal prints it on
     *                   the way out), once the token is saved; until then the caller's
     *                   {@code StopNotice.stopped(Optional.empty())} holds
     * @param keychain   the profile's keychain entry, the other place the token may live
     * @param given      the place --store chose, when it was given; the wizard asks otherwise
     */
    public Wizard(Prompter prompter, Browser browser, boolean offerToOpen, NotionClient client,
                  CredentialStore store, KeychainStore keychain, Optional<StoreOption> given,
                  Consumer<String> stopNotice) {
        this.keychain = keychain;
        this.given = given;
        this.prompter = prompter;
        this.browser = browser;
        this.offerToOpen = offerToOpen;
        this.client = client;
        this.store = store;
        this.stopNotice = stopNotice;
    }

    public int run() {
        Optional<Path> savedTo = Optional.empty();
        try {
            introduce();
            client.warm(); // the first request is minutes away; the first screen is already up
            WizardState state = new WizardState();
            state.envFile(store.shownName());
            given.ifPresent(place -> state.placeGiven(place == StoreOption.KEYCHAIN));
            Optional<Secret> existing = store.existingToken();
            Session session = new Session(prompter, browser, offerToOpen, client, state, store.variable());
            FlowResult result = new FlowResult.BackOut();
            while (result instanceof FlowResult.BackOut) {
                // "b" before the flow's first question returns to the question about the stored token.
                Optional<String> start = existing.isPresent() ? keepOrReplace(existing.get(), state)
                        : Optional.of(NotionFlow.FLOW.firstId());
                if (start.isEmpty()) {
                    return quit("You chose to quit.");
                }
                result = new FlowRunner(prompter).run(NotionFlow.FLOW, start.get(), session, existing.isPresent());
            }
            if (result instanceof FlowResult.Quit quit) {
                return quit(quit.reason());
            }
            Secret token = state.token().orElseThrow();
            // the flow ends after the check; an unverified token is never saved
            CredentialKind kind = state.bot().orElseThrow().kind();
            Optional<String> databaseId = state.databaseId();
            boolean hasDatabase = databaseId.isPresent() || store.existingDatabaseId().isPresent();
            boolean hasDataSource = state.dataSourceId().isPresent()
                    || databaseId.isEmpty() && store.existingDataSourceId().isPresent();
            // One Notion-Version for the whole closing text: the one its example call uses.
            NotionVersion version = NextSteps.version(client.version(), hasDataSource);
            // Read once, before the summary, so the last screen is the result and the next command.
            showThingsToKnow(kind, version);
            Optional<Saved> saved = state.keychain() ? saveToKeychain(token, databaseId, state.dataSourceId(), state)
                    : save(token, existing, databaseId, state.dataSourceId());
            if (saved.isEmpty() && state.keychain()) {
                return quit("You chose to quit; the verified token was not saved.");
            }
            if (saved.isEmpty()) {
                prompter.show(Tone.ERROR, "Nothing was written; the verified token was not saved.");
                prompter.show(Tone.HINT, "Run " + CommandName.invoked() + " again with --env-file PATH, and paste the token again"
                        + " (Show, under 'Internal Integration Secret').");
                return ExitCode.ENV_FILE.code();
            }
            savedTo = saved.get().writtenTo();
            if (!state.keychain()) {
                offerGitignore(); // the env file holds no secret otherwise
            }
            state.access().filter(AccessSummary::nothingShared).ifPresent(a -> prompter.show(Tone.WARNING,
                    kind == CredentialKind.PERSONAL ? "Still to do: " + AccessText.whatToDo(kind)
                            : "Still to do: share at least one page or database with the integration. "
                            + AccessText.whatToDo(kind)));
            prompter.show(Tone.SUCCESS, saved.get().summary());
            NextSteps.show(prompter, shellPath(), version, hasDatabase, hasDataSource, store.variable(),
                    System.getProperty("os.name", "").startsWith("Windows"),
                    state.keychain() ? Optional.of(profileArgs()) : Optional.empty());
            return ExitCode.OK.code();
        } catch (UserInterrupt interrupt) {
            boolean ctrlC = interrupt.getMessage().equals(UserInterrupt.STOPPED);
            prompter.show(Tone.ERROR, ctrlC ? StopNotice.stopped(savedTo)
                    : interrupt.getMessage() + " " + StopNotice.written(savedTo));
            return ExitCode.INTERRUPTED.code();
        }
    }

    /** What the run left in the env file: where it was written (empty when nothing had to change) and the line saying so. */
    private record Saved(Optional<Path> writtenTo, String summary) {
    }

    /**
     * Writes what changed (token, database id, its data source id) in one atomic write. Should the write fail
     * now although the preflight passed (the disk filled meanwhile), the verified token stays in memory and
     * the user picks: retry, another file, or quit; it is never dropped without asking. Empty when they quit.
     */
    private Optional<Saved> save(Secret token, Optional<Secret> existing, Optional<String> databaseId,
                                 Optional<String> dataSourceId) {
        String masked = token.toString();
        while (true) {
            boolean tokenUnchanged = existing.isPresent() && existing.get().equals(token);
            boolean databaseUnchanged = databaseId.isEmpty() || databaseId.equals(store.existingDatabaseId())
                    && (dataSourceId.isEmpty() || dataSourceId.equals(store.existingDataSourceId()));
            if (tokenUnchanged && databaseUnchanged) {
                return Optional.of(new Saved(Optional.empty(), store.variable() + " in " + store.shownName()
                        + " is unchanged (" + masked + ")."));
            }
            try {
                WriteResult written = store.save(token, databaseId, dataSourceId);
                stopNotice.accept(StopNotice.stopped(Optional.of(written.writtenTo())));
                written.warnings().forEach(w -> prompter.show(Tone.WARNING, w));
                return Optional.of(new Saved(Optional.of(written.writtenTo()), "Saved " + store.variable() + " ("
                        + masked + ")" + (databaseId.isPresent() ? ", " + CredentialStore.DATABASE_KEY : "")
                        + (dataSourceId.isPresent() ? ", " + CredentialStore.DATA_SOURCE_KEY : "")
                        + " to " + written.writtenTo() + "."));
            } catch (EnvFileException e) {
                if (store.writesStopped()) {
                    throw e; // a signal is ending the run: nothing more is asked
                }
                prompter.show(Tone.ERROR, e.what());
                prompter.show(Tone.HINT, fixWithoutOptions(e));
                if (!chooseWhereToSave(masked)) {
                    return Optional.empty();
                }
                existing = store.existingToken();
            }
        }
    }

    /**
     * The keychain entry gets the token and the env file only the database ids that changed. Should the keychain
     * refuse (no Secret Service, a locked collection, no answer), the verified token stays in memory and the user
     * picks: the env file instead, the keychain again, or quit. Empty when they quit.
     */
    private Optional<Saved> saveToKeychain(Secret token, Optional<String> databaseId, Optional<String> dataSourceId,
                                           WizardState state) {
        String masked = token.toString();
        while (true) {
            try {
                Optional<WriteResult> written = keychain.save(store, token, false, databaseId, dataSourceId);
                written.ifPresent(w -> stopNotice.accept(StopNotice.stopped(Optional.of(w.writtenTo()))));
                written.ifPresent(w -> w.warnings().forEach(warning -> prompter.show(Tone.WARNING, warning)));
                keychain.leftInFile(store).ifPresent(w -> prompter.show(Tone.WARNING, w));
                return Optional.of(new Saved(written.map(WriteResult::writtenTo), "Saved the token (" + masked
                        + ") to " + keychain.entry() + "." + written.map(w -> " Saved "
                        + (databaseId.isPresent() ? CredentialStore.DATABASE_KEY : "")
                        + (dataSourceId.isPresent() ? " and " + CredentialStore.DATA_SOURCE_KEY : "")
                        + " to " + w.writtenTo() + ".").orElse("")));
            } catch (KeychainException e) {
                if (e.kind() == KeychainException.Kind.INTERRUPTED) {
                    throw new UserInterrupt(UserInterrupt.STOPPED);
                }
                prompter.show(Tone.ERROR, e.what());
                prompter.show(Tone.HINT, e.fix());
            } catch (EnvFileException e) {
                if (store.writesStopped()) {
                    throw e;
                }
                // The token is in the keychain now; only the database ids are still to write.
                prompter.show(Tone.ERROR, e.what());
                prompter.show(Tone.HINT, fixWithoutOptions(e));
                if (!chooseWhereToSave(masked)) {
                    return Optional.empty();
                }
                continue;
            }
            prompter.show(Tone.PLAIN, "The verified token (" + masked + ") is kept until you choose.");
            Integer choice = null;
            while (choice == null) {
                Answer<Integer> answer = prompter.choose("What would you like to do?", List.of(
                        "Save it to " + store.shownName() + " instead", "Try the keychain again",
                        "Quit without saving"));
                if (answer instanceof Answer.Quit<Integer>) {
                    return Optional.empty();
                }
                if (answer instanceof Answer.Given<Integer> picked) {
                    choice = picked.value();
                }
            }
            if (choice == 0) {
                state.keychain(false);
                return save(token, store.existingToken(), databaseId, dataSourceId);
            }
            if (choice == 2) {
                return Optional.empty();
            }
        }
    }

    /** " --profile NAME" for the commands the closing text shows, when the profile is not the default one. */
    private String profileArgs() {
        return keychain.profile().equals(Profile.DEFAULT) ? "" : " --profile " + keychain.profile().name();
    }

    /** After a failed write: true to write again (to the same or a newly chosen file), false to quit. */
    private boolean chooseWhereToSave(String masked) {
        prompter.show(Tone.PLAIN, "The verified token (" + masked + ") is kept until you choose.");
        while (true) {
            Answer<Integer> answer = prompter.choose("What would you like to do?",
                    List.of("Try again", "Save to another file", "Quit without saving"));
            if (answer instanceof Answer.Quit<Integer>
                    || answer instanceof Answer.Given<Integer> given && given.value() == 2) {
                return false;
            }
            if (answer instanceof Answer.Given<Integer> given && given.value() == 1) {
                Answer<String> path = prompter.ask("Path of the env file to write (absolute, or from "
                        + store.path().getParent() + "): ");
                if (!(path instanceof Answer.Given<String> typed) || typed.value().isBlank()) {
                    continue;
                }
                CredentialStore other = store.movedTo(expandHome(typed.value().strip()));
                try {
                    other.preflight();
                } catch (EnvFileException e) {
                    prompter.show(Tone.ERROR, e.what());
                    prompter.show(Tone.HINT, fixWithoutOptions(e));
                    continue;
                }
                store = other;
            }
            return true;
        }
    }

    /** "~" and "~/…" as a shell would read them: the question is answered where no shell expands it. */
    private static Path expandHome(String typed) {
        if (typed.equals("~") || typed.startsWith("~/")) {
            return Path.of(System.getProperty("user.home"), typed.substring(1).replaceFirst("^/", ""));
        }
        return Path.of(typed);
    }

    /**
     * The env file's advice, for this question: options cannot be typed here, so "choose another --env-file"
     * becomes "choose another file", which "Save to another file" offers.
     */
    private static String fixWithoutOptions(EnvFileException e) {
        return e.fix().replace(" with --env-file", "").replace("--env-file", "file");
    }

    private void introduce() {
        prompter.show(Tone.HEADING, NotionFlow.TITLE + " setup");
        prompter.show(Tone.PLAIN, NotionFlow.SUMMARY);
        prompter.show(Tone.PLAIN, "You'll need:");
        NotionFlow.PREREQUISITES.forEach(p -> prompter.show(Tone.PLAIN, "  \u2022 " + p));
        prompter.show(Tone.HINT, "At any question: Enter takes the default, b goes back, q quits, Ctrl-C stops."
                + " Nothing is saved until the token is verified.");
        prompter.show(Tone.HINT, "Steps are numbered as in Notion's setup guide; those your answers do not need"
                + " are skipped.");
    }

    /** An env file that already has a token: keep it (jump to the check) or replace it (the whole walk). */
    private Optional<String> keepOrReplace(Secret existing, WizardState state) {
        prompter.show(Tone.PLAIN, store.shownName() + " already has " + store.variable() + " (" + existing.describe() + ").");
        while (true) {
            Answer<Integer> answer = prompter.choose("What would you like to do?",
                    List.of("Keep it and check that it still works", "Replace it with a new token"));
            if (answer instanceof Answer.Quit<Integer>) {
                return Optional.empty();
            }
            if (answer instanceof Answer.Given<Integer> given) {
                state.expectedKind(null); // the token comes from the file, not from an answer at step 3
                if (given.value() == 1) {
                    state.token(null);
                    return Optional.of(NotionFlow.FLOW.firstId());
                }
                state.token(existing);
                return Optional.of(NotionFlow.FLOW.firstOf(ValidateStep.class));
            }
            prompter.show(Tone.HINT, "This is the first question; there is nothing to go back to.");
        }
    }

    private void offerGitignore() {
        Optional<Path> gitignore = store.gitignoreNeedingEntry();
        if (gitignore.isEmpty()) {
            return;
        }
        Answer<Boolean> add = prompter.confirm("This folder is a git repository and " + store.shownName()
                + " is not ignored. Add it to " + gitignore.get() + " so the token stays out of git?", true);
        if (add instanceof Answer.Given<Boolean> yes && yes.value()) {
            store.addGitignoreEntry(gitignore.get());
            prompter.show(Tone.SUCCESS, "Added " + store.path().getFileName() + " to " + gitignore.get() + ".");
        } else {
            prompter.show(Tone.WARNING, store.shownName() + " is not ignored by git; never commit it.");
        }
    }

    private void showThingsToKnow(CredentialKind kind, NotionVersion version) {
        prompter.show(Tone.HEADING, "Things to know");
        NotionFlow.thingsToKnow(kind, version).forEach(t -> prompter.show(Tone.PLAIN, "  \u2022 " + t));
    }

    private int quit(String reason) {
        prompter.show(Tone.WARNING, reason + " Nothing was written.");
        return ExitCode.INTERRUPTED.code();
    }

    private String shellPath() {
        String name = store.shownName();
        return name.contains("/") ? name : "./" + name;
    }
}
