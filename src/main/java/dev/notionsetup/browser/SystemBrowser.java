package dev.notionsetup.browser;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Opens a URL the way the user's system does: the commands in BROWSER when set, otherwise the platform's
 * opener (open, rundll32, xdg-open). Waits only briefly for the opener and never throws, because failing to
 * open a browser must never stop the wizard: the URL is printed anyway.
 */
public final class SystemBrowser implements Browser {
    /** Openers hand the URL over within a second; longer means it is the browser itself, still running. */
    public static final Duration DEFAULT_PATIENCE = Duration.ofSeconds(3);
    static final String NO_DISPLAY = "no graphical display (SSH session or container?)";

    private final Map<String, String> environment;
    private final Platform platform;
    private final ProcessLauncher launcher;
    private final Duration patience;

    /**
     * @param environment the process environment (BROWSER, DISPLAY, WAYLAND_DISPLAY are read)
     * @param osName      the {@code os.name} system property
     * @param launcher    starts the command; tests pass a fake
     * @param patience    how long to wait for the command to finish before counting it as opened
     */
    public SystemBrowser(Map<String, String> environment, String osName, ProcessLauncher launcher, Duration patience) {
        this.environment = Map.copyOf(environment);
        this.platform = Platform.of(osName);
        this.launcher = Objects.requireNonNull(launcher, "launcher");
        if (patience.isNegative() || patience.isZero()) {
            throw new IllegalArgumentException("patience must be positive");
        }
        this.patience = patience;
    }

    public SystemBrowser(Map<String, String> environment, String osName, ProcessLauncher launcher) {
        this(environment, osName, launcher, DEFAULT_PATIENCE);
    }

    @Override
    public BrowseResult open(URI url) {
        String refusal = refusalOf(url);
        if (refusal != null) {
            return new BrowseResult.Unavailable(refusal);
        }
        // ASCII form: an opener never has to guess the encoding of an internationalised address.
        String address = url.toASCIIString();
        List<BrowserCommand> chosen = BrowserCommand.parseBrowserVariable(
                environment.get("BROWSER"), platform.listSeparator());
        if (!chosen.isEmpty()) {
            // The user's choice is used even without a display: it may be a text browser, or know better.
            return firstThatOpens(chosen, address);
        }
        if (platform.needsDisplayVariable() && !hasDisplay()) {
            // xdg-open would fall back to a text browser on our terminal, or fail after a long wait.
            return new BrowseResult.Unavailable(NO_DISPLAY);
        }
        return firstThatOpens(List.of(BrowserCommand.platformOpener(platform)), address);
    }

    /** Only web addresses: a file: or javascript: URL handed to an opener could run or reveal something local. */
    private static String refusalOf(URI url) {
        if (url == null) {
            return "no address to open";
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return "not a web address (only http and https addresses are opened)";
        }
        if (url.getHost() == null || url.getHost().isEmpty()) {
            return "the web address has no host name";
        }
        return null;
    }

    private boolean hasDisplay() {
        return isSet("DISPLAY") || isSet("WAYLAND_DISPLAY");
    }

    private boolean isSet(String name) {
        String value = environment.get(name);
        return value != null && !value.isBlank();
    }

    private BrowseResult firstThatOpens(List<BrowserCommand> commands, String address) {
        List<String> failures = new ArrayList<>();
        for (BrowserCommand command : commands) {
            BrowseResult result = attempt(command, address);
            if (result instanceof BrowseResult.Opened) {
                return result;
            }
            failures.add(((BrowseResult.Unavailable) result).reason());
            if (Thread.currentThread().isInterrupted()) {
                // The user pressed Ctrl-C or the wizard is stopping: do not start anything else.
                return result;
            }
        }
        if (failures.size() == 1) {
            return new BrowseResult.Unavailable(failures.get(0));
        }
        return new BrowseResult.Unavailable("no BROWSER command worked: " + String.join("; ", failures));
    }

    private BrowseResult attempt(BrowserCommand command, String address) {
        if (command.startsWithPlaceholder()) {
            return new BrowseResult.Unavailable("a BROWSER entry has %s where its command should be");
        }
        try {
            LaunchOutcome outcome = launcher.launch(command.argumentsFor(address), patience);
            if (outcome instanceof LaunchOutcome.Exited exited && exited.status() != 0) {
                return new BrowseResult.Unavailable(command.label() + " exited with status " + exited.status());
            }
            return new BrowseResult.Opened(command.label());
        } catch (IOException notStarted) {
            return new BrowseResult.Unavailable(command.fromBrowserVariable()
                    ? command.label() + " could not be started (not installed?)"
                    : "no browser command found (" + command.name() + " not installed)");
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return new BrowseResult.Unavailable("interrupted while starting " + command.label());
        } catch (RuntimeException unexpected) {
            // The promise is "never throws": a launcher failing in any other way is just one more reason.
            return new BrowseResult.Unavailable(command.label() + " could not be started");
        }
    }
}
