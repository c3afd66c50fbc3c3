package dev.notionsetup.envfile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.notionsetup.ExitCode;
import dev.notionsetup.token.Secret;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, items 2 and 3: a symbolic link is judged by the file actually written. A target owned by
 * another user, or in a folder other users can write, is refused (exit 5, nothing written); git's verdict
 * (ignored, tracked) is asked about the target; root does not silently keep another user's ownership.
 */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "POSIX file modes, owners and symlinks")
class EnvFileLinkPolicyTest {
    private static final String KEY = "NOTION_API_KEY";
    private static final String TOKEN = "ntn_NEW0123456789abcdefghijklmnopqrstuvwxyzABCDE";

    @TempDir
    Path dir;

    private Path privateFolder(String name) throws IOException {
        Path folder = Files.createDirectory(dir.resolve(name));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        return folder;
    }

    private static UserPrincipal nobody(Path anyPath) throws IOException {
        return anyPath.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
    }

    @Test
    void aLinkToAnotherUsersWorldReadableFileIsRefusedAndTheFileKeepsItsBytes() throws IOException {
        assumeTrue("root".equals(System.getProperty("user.name")), "only root can give a file to another user");
        Path victim = privateFolder("theirs").resolve("notes.txt");
        byte[] before = "THEIR=data\n".getBytes(StandardCharsets.UTF_8);
        Files.write(victim, before);
        Files.setPosixFilePermissions(victim, PosixFilePermissions.fromString("rw-rw-rw-"));
        Files.setOwner(victim, nobody(victim));
        Path link = Files.createSymbolicLink(privateFolder("project").resolve(".env"), victim);

        EnvFileException e = assertThrows(EnvFileException.class, () -> EnvFile.at(link).set(KEY, Secret.of(TOKEN)));

        assertEquals(ExitCode.ENV_FILE, e.exitCode());
        assertTrue(e.what().contains("belongs to nobody"), e.what());
        assertTrue(e.fix().contains("rm " + link), e.fix());
        assertArrayEquals(before, Files.readAllBytes(victim));
        assertEquals("nobody", Files.getOwner(victim).getName());
    }

    @Test
    void aLinkIntoAFolderOthersCanWriteIsRefusedStickyOrNot() throws IOException {
        for (String mode : List.of("rwxrwxrwx", "rwxrwxrwt")) {
            Path shared = Files.createDirectory(dir.resolve("shared-" + mode.charAt(8)));
            Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));
            if (mode.endsWith("t")) {
                // Java sets no sticky bit; chmod does, as /tmp has it.
                assumeTrue(run("chmod", "1777", shared.toString()) == 0, "chmod is needed for the sticky bit");
            }
            Path target = shared.resolve("env");
            Files.writeString(target, "A=1\n");
            Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-------"));
            Path link = Files.createSymbolicLink(dir.resolve(".env-" + mode.charAt(8)), target);

            EnvFileException e = assertThrows(EnvFileException.class,
                    () -> EnvFile.at(link).set(KEY, Secret.of(TOKEN)));

            assertTrue(e.what().contains("in a folder other users can write"), e.what());
            assertEquals("A=1\n", Files.readString(target), mode);
            assertEquals(1, Files.list(shared).count(), "no temporary file in " + mode);
        }
    }

    @Test
    void aDanglingLinkIntoAWorldWritableFolderCreatesNothing() throws IOException {
        Path shared = Files.createDirectory(dir.resolve("shared"));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));
        Path link = Files.createSymbolicLink(dir.resolve(".env"), shared.resolve("planted"));

        assertThrows(EnvFileException.class, () -> EnvFile.at(link).set(KEY, Secret.of(TOKEN)));

        assertEquals(0, Files.list(shared).count());
    }

    @Test
    void aLinkToOwnFileInAPrivateFolderIsStillUpdatedAtItsTarget() throws IOException {
        Path target = privateFolder("secrets").resolve("notion.env");
        Files.writeString(target, "A=1\n");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-------"));
        Path link = Files.createSymbolicLink(privateFolder("project").resolve(".env"), target);

        EnvFile.at(link).set(KEY, Secret.of(TOKEN));

        assertEquals("A=1\n" + KEY + "=" + TOKEN + "\n", Files.readString(target));
        assertTrue(Files.isSymbolicLink(link));
    }

    @Test
    void rootKeepingAnotherUsersOwnershipSaysSo() throws IOException {
        assumeTrue("root".equals(System.getProperty("user.name")), "only root keeps another user's ownership");
        Path env = privateFolder("home").resolve(".env");
        Files.writeString(env, "A=1\n");
        Files.setPosixFilePermissions(env, PosixFilePermissions.fromString("rw-------"));
        Files.setOwner(env, nobody(env));

        WriteResult result = EnvFile.at(env).set(KEY, Secret.of(TOKEN));

        assertEquals("nobody", Files.getOwner(env, LinkOption.NOFOLLOW_LINKS).getName());
        assertTrue(result.warnings().stream().anyMatch(w -> w.contains("belongs to nobody")), result.warnings().toString());
    }

    /** With a real git, isolated from the user's and the system's configuration. */
    private final CommandRunner git = new ProcessCommandRunner(Duration.ofSeconds(20),
            Map.of("GIT_CONFIG_GLOBAL", "/dev/null", "GIT_CONFIG_NOSYSTEM", "1", "GIT_CEILING_DIRECTORIES", "/"));

    private int git(Path in, String... args) {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-c", "user.name=t", "-c", "user.email=t@t"));
        command.addAll(List.of(args));
        return git.run(command, in).map(CommandRunner.Result::exitCode).orElse(-1);
    }

    @Test
    void gitIsAskedAboutTheLinksTargetNotTheLinksName() throws IOException {
        Path repo = dir.toRealPath();
        assumeTrue(git(repo, "init", "-q") == 0, "git is not installed");
        Files.createDirectory(repo.resolve("config"));
        Files.writeString(repo.resolve("config/settings.env"), "A=1\n");
        Files.writeString(repo.resolve(".gitignore"), ".env\n");
        assertEquals(0, git(repo, "add", "config/settings.env", ".gitignore"));
        assertEquals(0, git(repo, "commit", "-q", "-m", "settings"));
        Path link = Files.createSymbolicLink(repo.resolve(".env"), Path.of("config/settings.env"));
        GitIgnoreAdvice advice = new GitIgnoreAdvice(git);

        assertEquals(Optional.of(repo.resolve(".gitignore")), advice.gitignoreNeedingEntry(link),
                "the link's name is ignored, the file written is not");
        Optional<String> tracked = advice.trackedWarning(link, ".env");
        assertTrue(tracked.isPresent(), "tracked target is reported");
        assertTrue(tracked.get().contains("git rm --cached settings.env"), tracked.get());
        assertFalse(advice.trackedWarning(repo.resolve("config/untracked.env"), "x").isPresent());
    }

    private static int run(String... command) {
        try {
            return new ProcessBuilder(command).inheritIO().start().waitFor();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
