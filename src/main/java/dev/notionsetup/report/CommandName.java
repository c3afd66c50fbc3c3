package dev.notionsetup.report;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * The command as the user can type it again, for the commands the closing text suggests: "notion-setup" when
 * that is what runs from PATH, "./notion-setup" from a source checkout. The launcher says how it was started
 * in the system property {@value #PROPERTY}; without it (a bare {@code java -jar}) the installed name is used.
 */
public final class CommandName {
    public static final String PROPERTY = "notion-setup.command";
    static final String INSTALLED = "notion-setup";
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._/+-]+");

    private CommandName() {
    }

    /** This run's command, from the launcher's property and PATH. */
    public static String invoked() {
        return shown(System.getProperty(PROPERTY), System.getenv("PATH"));
    }

    /**
     * {@code invokedAs} as the launcher saw it ($0): its bare name when its folder is on {@code path} (the
     * shell found it there), else the path itself, quoted for a POSIX shell when it needs it.
     */
    static String shown(String invokedAs, String path) {
        if (invokedAs == null || invokedAs.isBlank()) {
            return INSTALLED;
        }
        Path given = Path.of(invokedAs);
        Path folder = given.getParent();
        if (folder == null || path != null && folder.isAbsolute() && Arrays.stream(path.split(File.pathSeparator))
                .anyMatch(entry -> !entry.isEmpty() && Path.of(entry).normalize().equals(folder.normalize()))) {
            return given.getFileName().toString();
        }
        return PLAIN.matcher(invokedAs).matches() ? invokedAs : "'" + invokedAs.replace("'", "'\\''") + "'";
    }
}
