package dev.notionsetup.browser;

import static dev.notionsetup.browser.FakeLauncher.breaksUnexpectedly;
import static dev.notionsetup.browser.FakeLauncher.exits;
import static dev.notionsetup.browser.FakeLauncher.interrupted;
import static dev.notionsetup.browser.FakeLauncher.keepsRunning;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SystemBrowserTest {
    private static final String PAGE = "https://www.notion.so/profile/integrations/internal";
    private static final URI URL = URI.create(PAGE);
    private static final Map<String, String> X11 = Map.of("DISPLAY", ":0");

    private final FakeLauncher launcher = new FakeLauncher();

    private BrowseResult open(Map<String, String> environment, String osName) {
        return new SystemBrowser(environment, osName, launcher).open(URL);
    }

    private static void assertOpened(String how, BrowseResult result) {
        assertEquals(new BrowseResult.Opened(how), result);
    }

    private static void assertUnavailable(String reason, BrowseResult result) {
        assertEquals(new BrowseResult.Unavailable(reason), result);
    }

    @AfterEach
    void clearInterruptFlag() {
        Thread.interrupted();
    }

    @Nested
    class PlatformOpener {
        @Test
        void linuxUsesXdgOpenWithTheUrlAsItsOwnArgument() {
            launcher.with("xdg-open", exits(0));
            assertOpened("xdg-open", open(X11, "Linux"));
            assertEquals(List.of(List.of("xdg-open", PAGE)), launcher.commands());
        }

        @Test
        void waylandCountsAsADisplay() {
            launcher.with("xdg-open", exits(0));
            assertOpened("xdg-open", open(Map.of("WAYLAND_DISPLAY", "wayland-0"), "Linux"));
        }

        @Test
        void theBsdsUseXdgOpenToo() {
            launcher.with("xdg-open", exits(0));
            assertOpened("xdg-open", open(X11, "FreeBSD"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"Mac OS X", "Darwin"})
        void macOsUsesOpenAndNeedsNoDisplayVariable(String osName) {
            launcher.with("open", exits(0));
            assertOpened("open", open(Map.of(), osName));
            assertEquals(List.of(List.of("open", PAGE)), launcher.commands());
        }

        @ParameterizedTest
        @ValueSource(strings = {"Windows 11", "Windows Server 2022"})
        void windowsUsesTheUrlProtocolHandlerWithoutAShell(String osName) {
            launcher.with("rundll32", exits(0));
            assertOpened("rundll32", open(Map.of(), osName));
            assertEquals(List.of(List.of("rundll32", "url.dll,FileProtocolHandler", PAGE)), launcher.commands());
        }

        @Test
        void anOpenerStillRunningAfterTheWaitCountsAsOpened() {
            launcher.with("xdg-open", keepsRunning());
            assertOpened("xdg-open", open(X11, "Linux"));
        }

        @Test
        void anOpenerThatFailsQuicklySaysItsStatus() {
            launcher.with("xdg-open", exits(3));
            assertUnavailable("xdg-open exited with status 3", open(X11, "Linux"));
        }

        @Test
        void aMissingOpenerIsNamed() {
            assertUnavailable("no browser command found (xdg-open not installed)", open(X11, "Linux"));
            assertUnavailable("no browser command found (open not installed)", open(Map.of(), "Mac OS X"));
        }

        @Test
        void waitsOnlyTheDefaultThreeSeconds() {
            launcher.with("xdg-open", keepsRunning());
            open(X11, "Linux");
            assertEquals(Duration.ofSeconds(3), launcher.launches.get(0).patience());
        }

        @Test
        void waitsAsLongAsToldWhenTold() {
            launcher.with("xdg-open", keepsRunning());
            new SystemBrowser(X11, "Linux", launcher, Duration.ofMillis(250)).open(URL);
            assertEquals(Duration.ofMillis(250), launcher.launches.get(0).patience());
        }
    }

    @Nested
    class WithoutADisplay {
        @Test
        void saysSoWithoutLaunchingAnything() {
            launcher.with("xdg-open", exits(0));
            assertUnavailable("no graphical display (SSH session or container?)", open(Map.of(), "Linux"));
            assertEquals(List.of(), launcher.launches);
        }

        @Test
        void blankDisplayVariablesDoNotCount() {
            assertUnavailable(SystemBrowser.NO_DISPLAY, open(Map.of("DISPLAY", "", "WAYLAND_DISPLAY", " "), "Linux"));
            assertEquals(List.of(), launcher.launches);
        }

        @Test
        void aBrowserVariableIsStillUsedBecauseItMayBeATextBrowser() {
            launcher.with("w3m", keepsRunning());
            assertOpened("w3m (from BROWSER)", open(Map.of("BROWSER", "w3m"), "Linux"));
            assertEquals(List.of(List.of("w3m", PAGE)), launcher.commands());
        }
    }

    @Nested
    class BrowserVariable {
        @Test
        void takesPrecedenceOverThePlatformOpener() {
            launcher.with("firefox", exits(0)).with("xdg-open", exits(0));
            assertOpened("firefox (from BROWSER)", open(Map.of("BROWSER", "firefox", "DISPLAY", ":0"), "Linux"));
            assertEquals(List.of(List.of("firefox", PAGE)), launcher.commands());
        }

        @Test
        void isSplitOnWhitespaceWithoutAShell() {
            launcher.with("firefox", exits(0));
            open(Map.of("BROWSER", "  firefox   --new-window\t-P  work "), "Linux");
            assertEquals(List.of(List.of("firefox", "--new-window", "-P", "work", PAGE)), launcher.commands());
        }

        @Test
        void percentSMarksWhereTheUrlGoes() {
            launcher.with("firefox", exits(0));
            open(Map.of("BROWSER", "firefox %s --new-tab"), "Linux");
            assertEquals(List.of(List.of("firefox", PAGE, "--new-tab")), launcher.commands());
        }

        @Test
        void percentSInsideAWordIsReplacedInPlace() {
            launcher.with("chromium", exits(0));
            open(Map.of("BROWSER", "chromium --app=%s"), "Linux");
            assertEquals(List.of(List.of("chromium", "--app=" + PAGE)), launcher.commands());
        }

        @Test
        void doublePercentIsALiteralPercent() {
            launcher.with("browse", exits(0));
            open(Map.of("BROWSER", "browse --zoom=100%% %s"), "Linux");
            assertEquals(List.of(List.of("browse", "--zoom=100%", PAGE)), launcher.commands());
        }

        @Test
        void triesEachCommandInOrderUntilOneOpens() {
            launcher.with("lynx", exits(1)).with("w3m", exits(0)).with("links", exits(0));
            assertOpened("w3m (from BROWSER)", open(Map.of("BROWSER", "elinks:lynx:w3m:links"), "Linux"));
            assertEquals(List.of(List.of("elinks", PAGE), List.of("lynx", PAGE), List.of("w3m", PAGE)),
                    launcher.commands());
        }

        @Test
        void saysWhyEachCommandFailedWhenNoneWorked() {
            launcher.with("lynx", exits(1));
            assertUnavailable("no BROWSER command worked: elinks (from BROWSER) could not be started (not installed?);"
                    + " lynx (from BROWSER) exited with status 1", open(Map.of("BROWSER", "elinks:lynx"), "Linux"));
        }

        @Test
        void aSingleFailingCommandIsNamed() {
            launcher.with("firefox", exits(2));
            assertUnavailable("firefox (from BROWSER) exited with status 2", open(Map.of("BROWSER", "firefox"), "Linux"));
        }

        @Test
        void doesNotFallBackToThePlatformOpenerBecauseTheUserChoseOtherwise() {
            launcher.with("xdg-open", exits(0));
            assertInstanceOf(BrowseResult.Unavailable.class, open(Map.of("BROWSER", "nonesuch", "DISPLAY", ":0"), "Linux"));
            assertEquals(List.of(List.of("nonesuch", PAGE)), launcher.commands());
        }

        @Test
        void blankEntriesAreSkippedAndABlankVariableMeansUnset() {
            launcher.with("xdg-open", exits(0)).with("w3m", exits(0));
            assertOpened("xdg-open", open(Map.of("BROWSER", " : :", "DISPLAY", ":0"), "Linux"));
            assertOpened("w3m (from BROWSER)", open(Map.of("BROWSER", "::w3m:"), "Linux"));
        }

        @Test
        void onWindowsEntriesAreSeparatedBySemicolonsBecauseOfDriveLetters() {
            launcher.with("C:\\Tools\\browser.exe", exits(0));
            assertOpened("C:\\Tools\\browser.exe (from BROWSER)",
                    open(Map.of("BROWSER", "C:\\Tools\\browser.exe;edge"), "Windows 10"));
            assertEquals(List.of(List.of("C:\\Tools\\browser.exe", PAGE)), launcher.commands());
        }

        @Test
        void anEntryWithoutACommandIsNotRun() {
            assertUnavailable("a BROWSER entry has %s where its command should be", open(Map.of("BROWSER", "%s"), "Linux"));
            assertEquals(List.of(), launcher.launches);
        }

        @Test
        void unprintableCharactersInTheCommandNeverReachTheScreen() {
            BrowseResult result = open(Map.of("BROWSER", "evil\u001B[2Jname"), "Linux");
            String reason = ((BrowseResult.Unavailable) result).reason();
            assertFalse(reason.chars().anyMatch(Character::isISOControl), reason);
            assertTrue(reason.startsWith("evil?[2Jname (from BROWSER)"), reason);
        }
    }

    @Nested
    class Addresses {
        @ParameterizedTest
        @ValueSource(strings = {"file:///etc/passwd", "javascript:alert(1)", "mailto:someone@example.test",
                "ftp://example.test/file", "notion://www.notion.so/page", "/relative/path"})
        void refusesAnythingButWebAddressesWithoutLaunching(String address) {
            launcher.with("xdg-open", exits(0));
            BrowseResult result = new SystemBrowser(X11, "Linux", launcher).open(URI.create(address));
            assertUnavailable("not a web address (only http and https addresses are opened)", result);
            assertEquals(List.of(), launcher.launches);
        }

        @Test
        void refusesAWebAddressWithoutAHost() {
            BrowseResult result = new SystemBrowser(X11, "Linux", launcher).open(URI.create("https:opaque"));
            assertUnavailable("the web address has no host name", result);
            assertEquals(List.of(), launcher.launches);
        }

        @Test
        void refusesNothingAtAll() {
            assertUnavailable("no address to open", new SystemBrowser(X11, "Linux", launcher).open(null));
        }

        @Test
        void acceptsPlainHttpAndAnyCaseOfTheScheme() {
            launcher.with("xdg-open", exits(0));
            SystemBrowser browser = new SystemBrowser(X11, "Linux", launcher);
            assertOpened("xdg-open", browser.open(URI.create("http://localhost:8080/")));
            assertOpened("xdg-open", browser.open(URI.create("HTTPS://www.notion.so/")));
        }

        @Test
        void shellCharactersInTheUrlStayInsideOneArgument() {
            launcher.with("xdg-open", exits(0)).with("firefox", exits(0));
            String hostile = "https://example.test/?q=$(touch%20pwned);echo&x=%60id%60%7Ccat'";
            new SystemBrowser(X11, "Linux", launcher).open(URI.create(hostile));
            new SystemBrowser(Map.of("BROWSER", "firefox --url=%s"), "Linux", launcher).open(URI.create(hostile));
            assertEquals(List.of(List.of("xdg-open", hostile), List.of("firefox", "--url=" + hostile)),
                    launcher.commands());
        }

        @Test
        void internationalAddressesArePassedInAsciiForm() throws Exception {
            launcher.with("xdg-open", exits(0));
            new SystemBrowser(X11, "Linux", launcher).open(new URI("https", "example.test", "/caf\u00E9", null));
            assertEquals(List.of(List.of("xdg-open", "https://example.test/caf%C3%A9")), launcher.commands());
        }
    }

    @Nested
    class NeverThrowsNeverHangs {
        @Test
        void anInterruptedWaitStopsAndKeepsTheInterruptFlag() {
            launcher.with("lynx", interrupted()).with("w3m", exits(0));
            BrowseResult result = open(Map.of("BROWSER", "lynx:w3m"), "Linux");
            assertUnavailable("interrupted while starting lynx (from BROWSER)", result);
            assertTrue(Thread.currentThread().isInterrupted(), "the interruption is passed on");
            assertEquals(1, launcher.launches.size(), "nothing else is started after an interruption");
        }

        @Test
        void aLauncherFailingInAnUnexpectedWayIsJustAReason() {
            launcher.with("xdg-open", breaksUnexpectedly());
            assertUnavailable("xdg-open could not be started", open(X11, "Linux"));
        }

        @Test
        void aZeroOrNegativeWaitIsRefusedUpFront() {
            assertThrows(IllegalArgumentException.class, () -> new SystemBrowser(X11, "Linux", launcher, Duration.ZERO));
            assertThrows(IllegalArgumentException.class,
                    () -> new SystemBrowser(X11, "Linux", launcher, Duration.ofSeconds(-1)));
        }
    }

    @Test
    void noBrowserNeverLaunchesAnything() {
        assertUnavailable("--no-browser given", new NoBrowser().open(URL));
    }
}
