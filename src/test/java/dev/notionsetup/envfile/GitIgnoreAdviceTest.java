package dev.notionsetup.envfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.notionsetup.ExitCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitIgnoreAdviceTest {

    /** With a real git, isolated from the user's and the system's git configuration. */
    @Nested
    class WithGit {
        private final Map<String, String> isolated = Map.of("GIT_CONFIG_GLOBAL", "/dev/null",
                "GIT_CONFIG_NOSYSTEM", "1", "GIT_CEILING_DIRECTORIES", "/");
        private final CommandRunner git = new ProcessCommandRunner(Duration.ofSeconds(20), isolated);
        private final GitIgnoreAdvice advice = new GitIgnoreAdvice(git);

        @TempDir
        Path dir;
        private Path root;

        @BeforeEach
        void gitIsInstalled() throws IOException {
            root = dir.toRealPath();
            var version = git.run(List.of("git", "--version"), root);
            org.junit.jupiter.api.Assumptions.assumeTrue(version.isPresent() && version.get().exitCode() == 0,
                    "git is not installed");
        }

        /**
         * Adds the entry the advice asks for, then checks the .gitignore holds {@code expected} and git ignores
         * {@code env}; returns the .gitignore.
         */
        private Path addAdvisedEntry(Path env, String expected) {
            Path gitignore = advice.gitignoreNeedingEntry(env).orElseThrow();
            advice.addEntry(gitignore, env);
            assertEquals(expected, read(gitignore));
            assertEquals(Optional.empty(), advice.gitignoreNeedingEntry(env));
            return gitignore;
        }

        private void gitInit() {
            assertEquals(0, git.run(List.of("git", "init", "-q"), root).orElseThrow().exitCode());
        }

        @Test
        void outsideAWorkTreeThereIsNoAdvice() {
            assertEquals(Optional.empty(), advice.gitignoreNeedingEntry(root.resolve(".env")));
        }

        @Test
        void notIgnoredEnvFileNeedsAnEntryInTheTopLevelGitignore() throws IOException {
            gitInit();
            Files.writeString(root.resolve(".env"), "A=1\n");
            assertEquals(Optional.of(root.resolve(".gitignore")), advice.gitignoreNeedingEntry(root.resolve(".env")));
        }

        @Test
        void adviceDoesNotNeedTheFileToExistYet() {
            gitInit();
            assertEquals(Optional.of(root.resolve(".gitignore")), advice.gitignoreNeedingEntry(root.resolve(".env")));
        }

        @Test
        void ignoredEnvFileNeedsNothing() throws IOException {
            gitInit();
            Files.writeString(root.resolve(".gitignore"), "*.log\n.env\n");
            assertEquals(Optional.empty(), advice.gitignoreNeedingEntry(root.resolve(".env")));
        }

        @Test
        void ignoredThroughInfoExcludeNeedsNothingEither() throws IOException {
            gitInit();
            Files.writeString(root.resolve(".git/info/exclude"), ".env\n");
            assertEquals(Optional.empty(), advice.gitignoreNeedingEntry(root.resolve(".env")));
        }

        @Test
        void trackedButListedFileIsNotReportedAgain() throws IOException {
            gitInit();
            Files.writeString(root.resolve(".env"), "A=1\n");
            Files.writeString(root.resolve(".gitignore"), ".env\n");
            assertEquals(0, git.run(List.of("git", "add", "-f", ".env"), root).orElseThrow().exitCode());
            assertEquals(Optional.empty(), advice.gitignoreNeedingEntry(root.resolve(".env")));
        }

        @Test
        void addingTheEntryMakesGitIgnoreTheFile() {
            gitInit();
            addAdvisedEntry(root.resolve(".env"), ".env\n");
        }

        @Test
        void nestedEnvFileGetsAnAnchoredPathInTheTopLevelGitignore() throws IOException {
            gitInit();
            Path folder = Files.createDirectories(root.resolve("app/config"));
            Path gitignore = addAdvisedEntry(folder.resolve(".env"), "app/config/.env\n");
            assertEquals(root.resolve(".gitignore"), gitignore);
            assertEquals(Optional.of(gitignore), advice.gitignoreNeedingEntry(root.resolve(".env")),
                    "the anchored entry covers that file only");
        }

        @Test
        void laterNegationIsOverriddenByTheAppendedEntry() throws IOException {
            gitInit();
            Files.writeString(root.resolve(".gitignore"), ".env\n!.env\n");
            addAdvisedEntry(root.resolve(".env"), ".env\n!.env\n.env\n");
        }

        @Test
        void namesWithPatternCharactersAreEscaped() throws IOException {
            gitInit();
            Files.writeString(root.resolve("#my1x.env"), "decoy");
            Path gitignore = addAdvisedEntry(root.resolve("#my[1]*.env"), "\\#my\\[1]\\*.env\n");
            assertEquals(Optional.of(gitignore), advice.gitignoreNeedingEntry(root.resolve("#my1x.env")),
                    "the pattern matches that name only");
        }

        @Test
        void insideTheGitFolderThereIsNoAdvice() {
            gitInit();
            assertEquals(Optional.empty(), advice.gitignoreNeedingEntry(root.resolve(".git/.env")));
        }
    }

    @Nested
    class AddingTheEntry {
        private final GitIgnoreAdvice advice = new GitIgnoreAdvice((command, directory) -> Optional.empty());

        @TempDir
        Path dir;

        @Test
        void createsTheGitignoreWhenThereIsNone() {
            Path gitignore = dir.resolve(".gitignore");
            advice.addEntry(gitignore, dir.resolve(".env"));
            assertEquals(".env\n", read(gitignore));
        }

        @Test
        void keepsContentAndAddsTheMissingFinalNewlineFirst() throws IOException {
            assertAddingTurns("# deps\nnode_modules/", "# deps\nnode_modules/\n.env\n");
        }

        @Test
        void followsTheFilesCrLfLineEndings() throws IOException {
            assertAddingTurns("bin/\r\nobj/", "bin/\r\nobj/\r\n.env\r\n");
        }

        /** Adding .env to a .gitignore that holds {@code before} leaves it holding {@code after}. */
        private void assertAddingTurns(String before, String after) throws IOException {
            Path gitignore = dir.resolve(".gitignore");
            Files.writeString(gitignore, before);
            advice.addEntry(gitignore, dir.resolve(".env"));
            assertEquals(after, read(gitignore));
        }

        @Test
        void addingTwiceAddsOnce() throws IOException {
            Path gitignore = dir.resolve(".gitignore");
            Files.writeString(gitignore, "target/\n");
            advice.addEntry(gitignore, dir.resolve(".env"));
            advice.addEntry(gitignore, dir.resolve(".env"));
            assertEquals("target/\n.env\n", read(gitignore));
        }

        @Test
        void envFileOutsideTheGitignoresFolderIsAProgrammingError() throws IOException {
            Path sub = Files.createDirectory(dir.resolve("sub"));
            assertThrows(IllegalArgumentException.class, () -> advice.addEntry(sub.resolve(".gitignore"), dir.resolve(".env")));
        }

        @Test
        void unwritableGitignoreIsAnEnvFileError() throws IOException {
            Path gitignore = Files.createDirectory(dir.resolve(".gitignore"));
            EnvFileException e = assertThrows(EnvFileException.class, () -> advice.addEntry(gitignore, dir.resolve(".env")));
            assertEquals(ExitCode.ENV_FILE, e.exitCode());
            assertTrue(e.fix().contains(".env"), e.fix());
        }
    }

    /** A scripted git: what each command answers, and a log of the commands asked. */
    @Nested
    class WithAScriptedGit {
        @TempDir
        Path dir;
        private final List<List<String>> asked = new ArrayList<>();

        private GitIgnoreAdvice adviceAnswering(Optional<CommandRunner.Result> revParse,
                                                Optional<CommandRunner.Result> checkIgnore) {
            return new GitIgnoreAdvice((command, directory) -> {
                asked.add(command);
                return command.get(1).equals("rev-parse") ? revParse : checkIgnore;
            });
        }

        private Optional<CommandRunner.Result> result(int exitCode, String stdout) {
            return Optional.of(new CommandRunner.Result(exitCode, stdout));
        }

        @Test
        void gitMissingOrTooSlowMeansNoAdvice() {
            var advice = adviceAnswering(Optional.empty(), Optional.empty());
            assertEquals(Optional.empty(), advice.gitignoreNeedingEntry(dir.resolve(".env")));
        }

        @Test
        void notAWorkTreeMeansNoAdviceAndNoFurtherQuestion() {
            var advice = adviceAnswering(result(128, ""), result(1, ""));
            assertEquals(Optional.empty(), advice.gitignoreNeedingEntry(dir.resolve(".env")));
            assertEquals(1, asked.size());
        }

        @Test
        void checkIgnoreFailingOrTimingOutMeansNoAdvice() {
            assertEquals(Optional.empty(), adviceAnswering(result(0, dir + "\n"), result(128, ""))
                    .gitignoreNeedingEntry(dir.resolve(".env")));
            assertEquals(Optional.empty(), adviceAnswering(result(0, dir + "\n"), Optional.empty())
                    .gitignoreNeedingEntry(dir.resolve(".env")));
        }

        @Test
        void notIgnoredPointsAtTheTopLevelGitignore() {
            Path top = dir.resolve("top");
            var advice = adviceAnswering(result(0, top + "\n"), result(1, ""));
            assertEquals(Optional.of(top.resolve(".gitignore")), advice.gitignoreNeedingEntry(dir.resolve(".env")));
            assertEquals(List.of("git", "check-ignore", "-q", "--no-index", "--", ".env"), asked.get(1));
        }

        @Test
        void missingFolderMeansNoAdviceWithoutRunningGit() {
            var advice = adviceAnswering(result(0, dir.toString()), result(1, ""));
            assertEquals(Optional.empty(), advice.gitignoreNeedingEntry(dir.resolve("nope/.env")));
            assertEquals(List.of(), asked);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
