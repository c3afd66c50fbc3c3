package dev.notionsetup.cli;

import picocli.CommandLine;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;

/** The version stamped into the jar at build time; read from a small resource. */
public final class VersionProvider implements CommandLine.IVersionProvider {
    /** The version option's names, as {@link Options#standardHelp} declares them. */
    static final List<String> NAMES = List.of("-V", "--version");

    public static String version() {
        Properties props = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/dev/notionsetup/version.properties")) {
            if (in != null) {
                props.load(in);
            }
        } catch (IOException e) {
            // A jar without its version resource still runs; it just cannot say which version it is.
        }
        return props.getProperty("version", "unknown");
    }

    /** The --version text. */
    @Override
    public String[] getVersion() {
        return new String[] {"notion-setup " + version(), "Java " + System.getProperty("java.version") + " ("
                + System.getProperty("java.vendor") + "), " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch")};
    }
}
