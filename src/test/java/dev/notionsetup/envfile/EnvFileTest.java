package dev.notionsetup.envfile;

import dev.notionsetup.testing.FaultyFileOps;
import dev.notionsetup.token.Secret;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** EnvFile on a real file system: what lands on disk, with which mode, through which links. */
class EnvFileTest {
    static final String KEY = "NOTION_API_KEY";
    static final String TOKEN = "ntn_SECRETSECRET0123456789abcdefghijklmnopqrstuv";

    @TempDir
    Path dir;

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "POSIX file modes")
    void newFileHoldsOneLineAndIsPrivateToItsOwner() throws IOException {
        Path env = dir.resolve(".env");
        WriteResult result = EnvFile.at(env).set(KEY, Secret.of(TOKEN));

        assertEquals(KEY + "=" + TOKEN + "\n", Files.readString(env));
        assertEquals("rw-------", mode(env));
        assertEquals(new WriteResult(env.toAbsolutePath(), true, List.of(), List.of(KEY), List.of()), result);
    }

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "POSIX file modes")
    void existingFileKeepsEveryOtherByte() throws IOException {
        String before = "\uFEFF# My app\r\nexport DB_URL='postgres://x'\r\n\r\nNOTION_API_KEY=old # from 2023\r\nDEBUG=true";
        Path env = envFile(before, "rw-------");

        WriteResult result = EnvFile.at(env).set(KEY, Secret.of(TOKEN));

        assertEquals(before.replace("=old", "=" + TOKEN), Files.readString(env));
        assertEquals(List.of(KEY), result.keysReplaced());
        assertEquals(List.of(), result.keysAdded());
        assertFalse(result.created());
        assertEquals(List.of(), result.warnings());
    }

    @ParameterizedTest
    @ValueSource(strings = {"rw-r--r--", "rw-r-----"})
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "POSIX file modes")
    void existingFileKeepsItsModeAndIsWarnedAboutWhenOthersOrItsGroupCanReadIt(String readable) throws IOException {
        Path env = envFile("A=1\n", readable);

        WriteResult result = EnvFile.at(env).set(KEY, Secret.of(TOKEN));

        assertEquals(readable, mode(env));
        assertEquals(1, result.warnings().size());
        String warning = result.warnings().get(0);
        assertTrue(warning.contains("chmod 600 " + env), warning);
        assertTrue(warning.contains("other users"), warning);
        assertFalse(warning.contains(TOKEN));
        assertFalse(warning.contains("\n"), "one line");
    }

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "POSIX file modes")
    void privateFileGivesNoWarningAndStaysPrivate() throws IOException {
        Path env = envFile("A=1\n", "rw-------");

        assertEquals(List.of(), EnvFile.at(env).set(KEY, Secret.of(TOKEN)).warnings());
        assertEquals("rw-------", mode(env));
    }

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "POSIX file modes")
    void ownerAndGroupAreKeptWhenRunningAsRoot() throws IOException {
        Path env = envFileOfAnotherUser();
        Files.setAttribute(env, "unix:gid", 4343);

        WriteResult result = EnvFile.at(env).set(KEY, Secret.of(TOKEN));

        assertEquals(4242, Files.getAttribute(env, "unix:uid"));
        assertEquals(4343, Files.getAttribute(env, "unix:gid"));
        // Kept, but not silently: that user can read the token.
        assertEquals(1, result.warnings().size(), result.warnings().toString());
        assertTrue(result.warnings().get(0).contains(env + " belongs to 4242, who can read the token"));
    }

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "POSIX file modes")
    void ownerThatCannotBeKeptIsAWarningNotAFailure() throws IOException {
        Path env = envFileOfAnotherUser();
        FaultyFileOps ops = new FaultyFileOps()
                .failAt(FaultyFileOps.Step.SET_OWNER, new java.nio.file.FileSystemException(env.toString(), null, "Operation not permitted"));

        WriteResult result = new EnvFile(env, ops).set(KEY, Secret.of(TOKEN));

        assertEquals(Optional.of(TOKEN), EnvFile.at(env).get(KEY));
        assertEquals(1, result.warnings().size(), result.warnings().toString());
        assertTrue(result.warnings().get(0).contains("chown 4242"), result.warnings().get(0));
    }

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "POSIX file modes and symlink creation rights")
    void symlinkIsUpdatedAtItsTargetAndStaysALink() throws IOException {
        Path secrets = Files.createDirectory(dir.resolve("secrets"));
        Path target = secrets.resolve("notion.env");
        Files.writeString(target, "# real file\nA=1\n");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-------"));
        Path link = Files.createSymbolicLink(dir.resolve(".env"), Path.of("secrets", "notion.env"));
        FaultyFileOps ops = new FaultyFileOps();

        WriteResult result = new EnvFile(link, ops).set(KEY, Secret.of(TOKEN));

        assertTrue(Files.isSymbolicLink(link));
        assertEquals(Path.of("secrets", "notion.env"), Files.readSymbolicLink(link));
        assertEquals("# real file\nA=1\n" + KEY + "=" + TOKEN + "\n", Files.readString(target));
        assertEquals("rw-------", mode(target));
        assertEquals(target.toAbsolutePath(), result.writtenTo());
        assertEquals(secrets, ops.tempFiles.get(0).getParent(), "temporary file next to the target");
        assertEquals(Optional.of(TOKEN), EnvFile.at(link).get(KEY));
    }

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "symlink creation rights")
    void chainOfSymlinksIsFollowedToTheEnd() throws IOException {
        Path target = dir.resolve("real.env");
        Files.writeString(target, "A=1\n");
        Path middle = Files.createSymbolicLink(dir.resolve("middle.env"), target);
        Path link = Files.createSymbolicLink(dir.resolve(".env"), middle);

        EnvFile.at(link).set(KEY, Secret.of(TOKEN));

        assertTrue(Files.isSymbolicLink(link) && Files.isSymbolicLink(middle));
        assertEquals("A=1\n" + KEY + "=" + TOKEN + "\n", Files.readString(target));
    }

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "POSIX file modes and symlink creation rights")
    void danglingSymlinkGetsItsTargetCreatedPrivately() throws IOException {
        Path target = dir.resolve("missing.env");
        Path link = Files.createSymbolicLink(dir.resolve(".env"), target);

        WriteResult result = EnvFile.at(link).set(KEY, Secret.of(TOKEN));

        assertTrue(result.created());
        assertTrue(Files.isSymbolicLink(link));
        assertEquals(KEY + "=" + TOKEN + "\n", Files.readString(target));
        assertEquals("rw-------", mode(target));
    }

    @Test
    void getReadsTheLastAssignment() throws IOException {
        Path env = dir.resolve(".env");
        Files.writeString(env, "NOTION_API_KEY=first\nexport NOTION_API_KEY=\"second\" # newer\n");
        assertEquals(Optional.of("second"), EnvFile.at(env).get(KEY));
        assertEquals(Optional.empty(), EnvFile.at(env).get("OTHER"));
    }

    @Test
    void getOnAMissingFileOrFolderIsEmpty() {
        assertEquals(Optional.empty(), EnvFile.at(dir.resolve(".env")).get(KEY));
        assertEquals(Optional.empty(), EnvFile.at(dir.resolve("no/such/folder/.env")).get(KEY));
    }

    @Test
    void pathIsThePathAsGiven() {
        EnvFile file = EnvFile.at(Path.of("relative.env"));
        assertEquals(Path.of("relative.env"), file.path());
    }

    @Test
    void settingTheValueItAlreadyHasWritesNothing() throws IOException {
        Path env = dir.resolve(".env");
        Files.writeString(env, KEY + "=" + TOKEN + "\n");
        FaultyFileOps ops = new FaultyFileOps();

        WriteResult result = new EnvFile(env, ops).set(KEY, Secret.of(TOKEN));

        assertFalse(ops.called(FaultyFileOps.Step.CREATE_TEMP));
        assertEquals(List.of(KEY), result.keysReplaced());
    }

    @Test
    void settingNothingOnAMissingFileCreatesNothing() {
        Path env = dir.resolve(".env");
        WriteResult result = EnvFile.at(env).set(Map.of());
        assertFalse(Files.exists(env, LinkOption.NOFOLLOW_LINKS));
        assertFalse(result.created());
    }

    @Test
    void severalKeysAreWrittenInOneGoInMapOrder() throws IOException {
        Path env = dir.resolve(".env");
        Files.writeString(env, "B=old\n");
        Map<String, String> values = new LinkedHashMap<>();
        values.put("C", "3");
        values.put("B", "2");
        values.put("A", "1");
        FaultyFileOps ops = new FaultyFileOps();

        WriteResult result = new EnvFile(env, ops).set(values);

        assertEquals("B=2\nC=3\nA=1\n", Files.readString(env));
        assertEquals(List.of("B"), result.keysReplaced());
        assertEquals(List.of("C", "A"), result.keysAdded());
        assertEquals(1, ops.steps().stream().filter(s -> s == FaultyFileOps.Step.REPLACE).count(), "one write");
    }

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "POSIX file modes")
    void writeGoesThroughAPrivateTemporaryFileSyncedBeforeTheRename() throws IOException {
        Path env = envFile("A=1\n", "rw-r--r--");
        FaultyFileOps ops = new FaultyFileOps();

        new EnvFile(env, ops).set(KEY, Secret.of(TOKEN));

        assertEquals(1, ops.tempFiles.size());
        Path temp = ops.tempFiles.get(0);
        assertEquals(dir, temp.getParent());
        assertTrue(temp.getFileName().toString().startsWith(".env.tmp-"), temp.toString());
        assertEquals(List.of(PosixFilePermissions.fromString("rw-------")), ops.tempModesAtWrite,
                "private before the secret is written, even when the file ends up 644");
        List<FaultyFileOps.Step> order = ops.steps().stream()
                .filter(s -> s == FaultyFileOps.Step.WRITE || s == FaultyFileOps.Step.SYNC
                        || s == FaultyFileOps.Step.REPLACE || s == FaultyFileOps.Step.SYNC_DIRECTORY)
                .toList();
        assertEquals(List.of(FaultyFileOps.Step.WRITE, FaultyFileOps.Step.SYNC, FaultyFileOps.Step.REPLACE,
                FaultyFileOps.Step.SYNC_DIRECTORY), order);
        assertEquals(List.of(env.getFileName()), listing(dir));
    }

    @Test
    void folderThatCannotBeSyncedIsNotAFailure() throws IOException {
        Path env = dir.resolve(".env");
        FaultyFileOps ops = new FaultyFileOps().failAt(FaultyFileOps.Step.SYNC_DIRECTORY, new IOException("EINVAL"));

        new EnvFile(env, ops).set(KEY, Secret.of(TOKEN));

        assertEquals(Optional.of(TOKEN), EnvFile.at(env).get(KEY));
    }

    @Test
    void dotenvJavaReadsWhatWeWrote() throws IOException {
        Path env = dir.resolve(".env");
        Files.write(env, "# c\r\nA=\"x y\"\r\nNOTION_API_KEY=old".getBytes(StandardCharsets.UTF_8));

        EnvFile.at(env).set(KEY, Secret.of(TOKEN));

        var dotenv = io.github.cdimascio.dotenv.Dotenv.configure().directory(dir.toString()).filename(".env").load();
        assertEquals(TOKEN, dotenv.get(KEY));
        assertEquals("x y", dotenv.get("A"));
    }

    static String mode(Path file) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }

    static List<Path> listing(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(Path::getFileName).sorted().toList();
        }
    }

    /** A private .env given to user 4242; skipped unless the test runs as root, who alone can give files away. */
    private Path envFileOfAnotherUser() throws IOException {
        Path env = envFile("A=1\n", "rw-------");
        Assumptions.assumeTrue((Integer) Files.getAttribute(env, "unix:uid") == 0, "only root can give files away");
        Files.setAttribute(env, "unix:uid", 4242);
        return env;
    }

    /** .env in the test's folder, holding {@code text}, with the permissions {@code mode} ("rw-------"). */
    private Path envFile(String text, String mode) throws IOException {
        Path env = dir.resolve(".env");
        Files.writeString(env, text);
        Files.setPosixFilePermissions(env, PosixFilePermissions.fromString(mode));
        return env;
    }
}
