package dev.notionsetup.envfile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether the env file sits in a git work tree without being ignored, and the fix (append to .gitignore).
 * A token committed by accident is leaked for good, so the wizard asks git itself (the only reliable judge
 * of nested .gitignore files, negations and global excludes) and offers the fix. When git is missing, slow,
 * or the folder is not a work tree, there is simply no advice.
 */
public final class GitIgnoreAdvice {
    private final CommandRunner git;

    public GitIgnoreAdvice(CommandRunner git) {
        this.git = Objects.requireNonNull(git, "git");
    }

    /**
     * The .gitignore that should list the env file, when it is inside a work tree and not ignored yet. A
     * symbolic link is judged by the file it points to, the one that gets the token: a link that git ignores
     * to a file it does not is still a file that could be committed.
     */
    public Optional<Path> gitignoreNeedingEntry(Path envFile) {
        Path file = realFile(envFile);
        Optional<Path> folder = realFolderOf(file);
        if (folder.isEmpty() || file.getFileName() == null) {
            return Optional.empty();
        }
        Optional<CommandRunner.Result> topLevel = git.run(List.of("git", "rev-parse", "--show-toplevel"), folder.get());
        if (topLevel.isEmpty() || topLevel.get().exitCode() != 0 || topLevel.get().stdout().isBlank()) {
            return Optional.empty(); // not a work tree (or inside .git), or git unavailable
        }
        Path root;
        try {
            root = Path.of(topLevel.get().stdout().strip());
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
        // --no-index: a tracked file is still checked against the patterns, so a .env that is listed but
        // was committed earlier is not reported again and again.
        Optional<CommandRunner.Result> ignored = git.run(
                List.of("git", "check-ignore", "-q", "--no-index", "--", file.getFileName().toString()),
                folder.get());
        // check-ignore: 0 = ignored, 1 = not ignored, anything else = error (no advice then).
        if (ignored.isPresent() && ignored.get().exitCode() == 1) {
            return Optional.of(root.resolve(".gitignore"));
        }
        return Optional.empty();
    }


    /**
     * A warning when git tracks the file the token is written to (the link's target for a symbolic link):
     * listing it in .gitignore then changes nothing, and the next commit of that file publishes the token.
     */
    public Optional<String> trackedWarning(Path envFile, String shownName) {
        Path file = realFile(envFile);
        Optional<Path> folder = realFolderOf(file);
        if (folder.isEmpty() || file.getFileName() == null || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Optional<CommandRunner.Result> tracked = git.run(
                List.of("git", "ls-files", "--error-unmatch", "--", file.getFileName().toString()), folder.get());
        if (tracked.isEmpty() || tracked.get().exitCode() != 0) {
            return Optional.empty(); // not tracked, not a work tree, or git unavailable
        }
        String real = file.equals(envFile.toAbsolutePath().normalize()) ? "" : " (through a link, " + file + ")";
        return Optional.of(shownName + " is tracked by git" + real + ", so the token would be committed with it;"
                + " run `git rm --cached " + file.getFileName() + "` in " + folder.get()
                + " and keep it in .gitignore.");
    }

    /** Appends the env file's name to that .gitignore (created if needed), preserving what is there. */
    public void addEntry(Path gitignore, Path envFile) {
        String entry = entryFor(gitignore, realFile(envFile));
        try {
            byte[] existing = Files.exists(gitignore) ? Files.readAllBytes(gitignore) : new byte[0];
            String text = new String(existing, StandardCharsets.UTF_8);
            String ending = text.contains("\r\n") ? "\r\n" : "\n";
            if (endsWithLine(text, entry)) {
                return; // already the last rule, which wins over anything before it
            }
            String separator = text.isEmpty() || text.endsWith("\n") ? "" : ending;
            Files.write(gitignore, (separator + entry + ending).getBytes(StandardCharsets.UTF_8),
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new EnvFileException("Could not update " + gitignore + ": " + IoReasons.of(e) + ".",
                    "Add the line " + entry + " to it yourself so the token is never committed.", e);
        }
    }

    /**
     * The pattern for the env file, relative to the .gitignore's folder: a bare name (".env") at the top,
     * which ignores it in every folder, or "config/.env", which a slash anchors to that one place.
     */
    static String entryFor(Path gitignore, Path envFile) {
        Path base = realOrAbsolute(Objects.requireNonNull(gitignore.toAbsolutePath().getParent(), "gitignore folder"));
        Path file = realFolderOf(envFile).map(f -> f.resolve(envFile.getFileName()))
                .orElse(envFile.toAbsolutePath().normalize());
        Path relative = base.relativize(file);
        if (relative.toString().isEmpty() || relative.startsWith("..")) {
            throw new IllegalArgumentException(envFile + " is not under " + base);
        }
        StringBuilder pattern = new StringBuilder();
        for (Path part : relative) {
            if (pattern.length() > 0) {
                pattern.append('/');
            }
            pattern.append(escape(part.toString()));
        }
        return pattern.toString();
    }

    /** Characters .gitignore would read as wildcards, comments, negation or trimmed blanks are escaped. */
    private static String escape(String name) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean leading = i == 0 && (c == '#' || c == '!');
            boolean trailingBlank = c == ' ' && name.substring(i).isBlank();
            if (leading || trailingBlank || c == '*' || c == '?' || c == '[' || c == '\\') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean endsWithLine(String text, String line) {
        String trimmed = text.stripTrailing();
        return trimmed.equals(line) || trimmed.endsWith("\n" + line);
    }

    /** The file a path ends at once symbolic links are followed (the path itself when it does not exist). */
    private static Path realFile(Path envFile) {
        return realFile(envFile, 40);
    }

    private static Path realFile(Path envFile, int hopsLeft) {
        try {
            return envFile.toRealPath();
        } catch (IOException | RuntimeException e) {
            // A dangling link gets its target created: judge that target.
            try {
                if (hopsLeft > 0 && Files.isSymbolicLink(envFile)) {
                    return realFile(envFile.toAbsolutePath().resolveSibling(Files.readSymbolicLink(envFile)),
                            hopsLeft - 1);
                }
            } catch (IOException | RuntimeException ignored) {
                // fall through: judge the path as given
            }
            return envFile.toAbsolutePath().normalize();
        }
    }

    /** The env file's folder with symbolic links resolved, as git reports its top level that way too. */
    private static Optional<Path> realFolderOf(Path envFile) {
        Path parent = envFile.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return Optional.empty();
        }
        return Optional.of(realOrAbsolute(parent));
    }

    private static Path realOrAbsolute(Path folder) {
        try {
            return folder.toRealPath();
        } catch (IOException e) {
            return folder.toAbsolutePath().normalize();
        }
    }
}
