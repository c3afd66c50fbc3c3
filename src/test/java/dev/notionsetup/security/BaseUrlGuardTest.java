package dev.notionsetup.security;

import dev.notionsetup.testing.FakeNotion;
import dev.notionsetup.testing.Harness;
import dev.notionsetup.testing.ScriptedConsole;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static dev.notionsetup.testing.Fixtures.TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The base URL guard, through every command: plain http to anything but a loopback host by its literal name,
 * and any URL with user info, are refused (exit 2) before a prompt, a DNS lookup or a request. A trap server
 * listens where each refused URL would really lead (names from /etc/hosts that resolve to this machine, IP
 * spellings the network stack reads as loopback) and, as HTTPS_PROXY, where an https request would go; it
 * must hear nothing. The default base URL is https://api.notion.com, reached only through a TLS tunnel.
 */
class BaseUrlGuardTest {
    @TempDir
    Path dir;
    /** Stands where each refused URL would lead, and as the proxy; must never hear from us. */
    @RegisterExtension
    /**
     * It refuses every request at once: a request that reached it was then answered, and recorded before that,
     * so once a run has returned, the trap's count holds every request the run sent.
     */
    final FakeNotion trapServer = new FakeNotion().answerWith(new Dispatcher() {
        @Override
        public MockResponse dispatch(RecordedRequest request) {
            return new MockResponse().setResponseCode(403).setBody("no tunnels here");
        }
    });
    final MockWebServer trap = trapServer.server();

    /**
     * Hosts that lead to the trap although none is loopback by its literal name: IP spellings the network
     * stack reads as 127.0.0.1 or this machine, and the names /etc/hosts maps to 127.0.0.1, where the trap
     * listens (read from the file itself, so that a name missing there is never looked up in DNS).
     */
    private static List<String> hostsLeadingHere() throws IOException {
        List<String> hosts = new ArrayList<>(List.of("0.0.0.0", "[::ffff:127.0.0.1]", "2130706433", "127.1"));
        Path etcHosts = Path.of("/etc/hosts");
        if (Files.isReadable(etcHosts)) {
            for (String line : Files.readAllLines(etcHosts)) {
                String[] fields = line.replaceAll("#.*", "").trim().split("\\s+");
                if (fields.length > 1 && fields[0].equals("127.0.0.1")) {
                    for (int i = 1; i < fields.length; i++) {
                        if (!fields[i].equalsIgnoreCase("localhost") && fields[i].matches("[A-Za-z0-9.-]+")) {
                            hosts.add(fields[i]);
                        }
                    }
                }
            }
        }
        return hosts;
    }

    /** URLs that must be refused; each would reach the trap if it were not. */
    private List<String> refused() throws IOException {
        String port = String.valueOf(trap.getPort());
        List<String> urls = new ArrayList<>();
        for (String host : hostsLeadingHere()) {
            urls.add("http://" + host + ":" + port);
            urls.add("HTTP://" + host.toUpperCase(Locale.ROOT) + ":" + port + "/");
        }
        urls.addAll(List.of(
                "http://user:hunter2pass@127.0.0.1:PORT", "http://127.0.0.1:hunter2pass@localhost:PORT",
                "https://token:hunter2pass@api.notion.com", "http://localhost@0.0.0.0:PORT",
                "http://0.0.0.0:PORT#@127.0.0.1:PORT", "http://127.0.0.1:PORT/?next=http://0.0.0.0",
                "ftp://127.0.0.1:PORT", "file:///etc/passwd", "javascript:alert(1)", "//127.0.0.1:PORT",
                "127.0.0.1:PORT", "http:///v1", "http://127.0.0.1:PORT/v1"));
        return urls.stream().map(u -> u.replace("PORT", port)).toList();
    }

    private void assertRefused(String url, Harness.Result run) throws InterruptedException {
        assertEquals(2, run.exitCode(), url + ": " + run.everything());
        assertEquals(0, trap.getRequestCount(), url + " reached the trap");
        assertFalse(run.everything().contains("hunter2pass"), url + ": the password was repeated");
        assertFalse(run.everything().contains("This is a bug"), run.everything());
        assertFalse(Files.exists(dir.resolve(".env")));
    }

    /** validate with the token on the command line and this API URL, refused as {@link #assertRefused} says. */
    private Harness.Result validateRefuses(String url) throws InterruptedException {
        Harness.Result run = harness().run("validate", "--api-url", url, "--token", TOKEN);
        assertRefused(url, run);
        return run;
    }

    private Harness harness() {
        return new Harness(dir).env("HTTPS_PROXY", "http://127.0.0.1:" + trap.getPort());
    }

    @Test
    void theTrapReallyStandsWhereEachRefusedHostLeads() throws IOException {
        for (String host : hostsLeadingHere()) {
            String literal = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
            try (Socket socket = new Socket(InetAddress.getByName(literal), trap.getPort())) {
                assertTrue(socket.isConnected(), host);
            }
        }
    }

    @Test
    void everyCommandRefusesBeforeAnyRequestOrPrompt() throws Exception {
        for (String url : refused()) {
            assertRefused(url, harness().stdin(TOKEN).run("--api-url", url, "--token-stdin", "--yes"));
            assertRefused(url, harness().run("validate", "--api-url", url, "--token", TOKEN));
            assertRefused(url, harness().env("NOTION_API_KEY", TOKEN).run("validate", "--api-url", url, "--json"));
            ScriptedConsole console = new ScriptedConsole();
            assertRefused(url, harness().console(console).run("--api-url", url));
            assertEquals(List.of(), console.prompts(), url + ": the wizard asked something first");
        }
    }

    @Test
    void theEnvironmentVariableIsGuardedTheSameWay() throws Exception {
        for (String url : refused()) {
            assertRefused(url, harness().env("NOTION_API_URL", url).stdin(TOKEN).run("--token-stdin", "--yes"));
            ScriptedConsole console = new ScriptedConsole();
            assertRefused(url, harness().env("NOTION_API_URL", url).console(console).run());
            assertEquals(List.of(), console.prompts());
        }
    }

    @Test
    void plainHttpToAnotherMachineSaysTheTokenWouldTravelUnencrypted() throws Exception {
        Harness.Result run = validateRefuses("http://vm:" + trap.getPort());

        assertTrue(run.stderr().contains("uses plain http to another machine; the token would travel unencrypted"),
                run.stderr());
        assertTrue(run.stderr().contains("http:// only for a server on this machine"), run.stderr());
    }

    @Test
    void userInfoIsRefusedWithoutRepeatingIt() throws Exception {
        Harness.Result run = validateRefuses("https://token:hunter2pass@api.notion.com");

        assertTrue(run.stderr().contains("must not contain a user name or password (https://\u2026@api.notion.com)"),
                run.stderr());
        assertFalse(run.stderr().contains("token:"), run.stderr());
    }

    @Test
    void theDefaultIsHttpsToNotionThroughATunnelThatCarriesNoToken() throws Exception {
        Harness.Result byDefault = harness().run("validate", "--token", TOKEN);
        Harness.Result explicit = harness().run("validate", "--token", TOKEN, "--api-url", "https://api.notion.com/");

        for (Harness.Result run : List.of(byDefault, explicit)) {
            assertEquals(3, run.exitCode(), run.stderr());
            RecordedRequest connect = trap.takeRequest(5, TimeUnit.SECONDS);
            assertEquals("CONNECT api.notion.com:443 HTTP/1.1", connect.getRequestLine());
            assertNull(connect.getHeader("Authorization"), "the token went to the proxy");
            assertFalse(connect.getHeaders().toString().contains(TOKEN.substring(4, 16)));
        }
        assertEquals(2, trap.getRequestCount(), "nothing else reached the proxy");
    }

    @Test
    void plainHttpToLoopbackByItsLiteralNameIsAllowed() throws Exception {
        MockWebServer local = new MockWebServer();
        local.setDispatcher(new FakeNotion().accept(TOKEN));
        local.start(InetAddress.getByName("127.0.0.1"), 0);
        try {
            for (String host : List.of("localhost", "127.0.0.1", "LOCALHOST")) {
                String url = "http://" + host + ":" + local.getPort();
                Harness.Result run = harness().run("validate", "--api-url", url, "--token", TOKEN);
                assertEquals(0, run.exitCode(), url + ": " + run.stderr());
            }
        } finally {
            local.shutdown();
        }
        assertEquals(0, trap.getRequestCount(), "loopback is never proxied");
    }

    /** Issue 14 item 13: ports no server can listen on were a crash ("this is a bug", exit 70, no JSON). */
    @Test
    void aPortOutOfRangeIsAUsageErrorWithItsFixAndJson() throws Exception {
        for (String url : List.of("http://127.0.0.1:0", "http://127.0.0.1:99999", "https://api.notion.com:65536")) {
            Harness.Result run = harness().env("NOTION_API_KEY", TOKEN).run("validate", "--api-url", url, "--json");

            assertRefused(url, run);
            assertTrue(run.stderr().contains("which no server can listen on"), run.stderr());
            assertTrue(run.stderr().contains("Give a port from 1 to 65535"), run.stderr());
            assertTrue(run.stdout().contains("\"ok\":false") && run.stdout().contains("\"kind\":\"usage\""),
                    url + ": " + run.stdout());
        }
        for (String proxy : List.of("http://127.0.0.1:99999", "socks5://127.0.0.1:0")) {
            Harness.Result run = new Harness(dir).env("HTTPS_PROXY", proxy).env("NOTION_API_KEY", TOKEN)
                    .run("validate", "--json");

            assertRefused(proxy, run);
            assertTrue(run.stderr().contains("which no proxy can listen on"), run.stderr());
            assertTrue(run.stdout().contains("\"kind\":\"usage\""), proxy + ": " + run.stdout());
        }
    }
}
