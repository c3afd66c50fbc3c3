package dev.notionsetup.security;

import dev.notionsetup.testing.Fixtures;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static dev.notionsetup.testing.Fixtures.TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The proxy's password goes to the proxy only. The real jar runs with {@code HTTPS_PROXY=http://user:pass@…}
 * against a CONNECT proxy on loopback that wants Basic credentials and tunnels every CONNECT, whatever host it
 * names, to a TLS origin standing in for api.notion.com. The origin's certificate is signed by a test
 * authority that only the child JVM trusts, through the JDK's own javax.net.ssl.trustStore: the tool itself
 * has no switch for it.
 */
class ProxyCredentialsIT {
    private static final String USER = "alice";
    private static final String PASSWORD = "s3cr/et-proxy";
    private static final String PROXY_AUTHORIZATION = "Basic "
            + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));

    @TempDir
    Path dir;
    final MockWebServer origin = new MockWebServer();
    TunnelProxy proxy;
    Path trustStore;

    @BeforeEach
    void start() throws Exception {
        HeldCertificate authority = new HeldCertificate.Builder().certificateAuthority(0).build();
        HeldCertificate notion = new HeldCertificate.Builder().addSubjectAlternativeName("api.notion.com")
                .signedBy(authority).build();
        origin.useHttps(new HandshakeCertificates.Builder().heldCertificate(notion, authority.certificate()).build()
                .sslSocketFactory(), false);
        origin.start(InetAddress.getByName("127.0.0.1"), 0);
        proxy = new TunnelProxy(origin.getPort());

        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setCertificateEntry("test-authority", authority.certificate());
        trustStore = dir.resolve("trust.p12");
        try (OutputStream out = Files.newOutputStream(trustStore)) {
            store.store(out, "changeit".toCharArray());
        }
    }

    @AfterEach
    void stop() throws IOException {
        proxy.close();
        origin.shutdown();
    }

    /** {@code notion-setup validate --token-stdin} through the proxy; stdout and stderr together. */
    private Run validate() throws Exception {
        List<String> command = new ArrayList<>(List.of(Processes.java()));
        command.addAll(Processes.JVM_OPTIONS);
        command.addAll(List.of("-Djavax.net.ssl.trustStore=" + trustStore, "-Djavax.net.ssl.trustStorePassword=changeit",
                "-Djavax.net.ssl.trustStoreType=PKCS12", "-jar", Processes.jar().toString(), "validate",
                "--token-stdin", "--timeout", "20"));
        Path output = dir.resolve("output.txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile());
        Processes.cleanEnvironment(builder).put("HTTPS_PROXY",
                "http://" + USER + ":" + PASSWORD.replace("/", "%2F") + "@127.0.0.1:" + proxy.port());
        Process tool = builder.start();
        try (OutputStream in = tool.getOutputStream()) {
            in.write(TOKEN.getBytes(StandardCharsets.UTF_8));
        }
        int exit = Processes.waitFor(tool, 60);
        return new Run(exit, Files.readString(output, StandardCharsets.UTF_8));
    }

    record Run(int exitCode, String output) {
    }

    @Test
    void theTokenIsCheckedThroughTheTunnelAndOnlyTheProxyGetsItsPassword() throws Exception {
        origin.enqueue(new MockResponse().setHeader("Content-Type", "application/json").setBody(Fixtures.BOT_ME));

        Run run = validate();

        assertEquals(0, run.exitCode(), run.output());
        assertTrue(run.output().contains("My Script"), run.output());
        assertProxyGotTheCredentialsOnCONNECT();
        RecordedRequest request = origin.takeRequest(10, TimeUnit.SECONDS);
        assertEquals("Bearer " + TOKEN, request.getHeader("Authorization"));
        assertNull(request.getHeader("Proxy-Authorization"), "the proxy's password reached the API host");
    }

    @Test
    void a407FromTheApiHostInsideTheTunnelIsNotAnsweredWithTheProxysPassword() throws Exception {
        MockResponse challenge = new MockResponse().setResponseCode(407)
                .setHeader("Proxy-Authenticate", "Basic realm=\"give me your proxy password\"");
        origin.enqueue(challenge);
        origin.enqueue(challenge);

        Run run = validate();

        assertEquals(3, run.exitCode(), run.output());
        assertTrue(run.output().contains("api.notion.com answered 407 (proxy authentication required) from inside the"
                + " proxy's tunnel"), run.output());
        assertTrue(run.output().contains("Check --api-url"), run.output());
        assertFalse(run.output().contains(PASSWORD) || run.output().contains(PROXY_AUTHORIZATION), run.output());
        assertProxyGotTheCredentialsOnCONNECT();
        int requests = origin.getRequestCount();
        for (int i = 0; i < requests; i++) {
            RecordedRequest request = origin.takeRequest(10, TimeUnit.SECONDS);
            assertNull(request.getHeader("Proxy-Authorization"), "the proxy's password reached the API host");
        }
        assertEquals(1, requests, "the API host's 407 was answered with a second request");
    }

    private void assertProxyGotTheCredentialsOnCONNECT() {
        assertFalse(proxy.connects.isEmpty(), "nothing went through the proxy");
        for (List<String> connect : proxy.connects) {
            assertEquals("CONNECT api.notion.com:443 HTTP/1.1", connect.get(0));
            assertTrue(connect.contains("Proxy-Authorization: " + PROXY_AUTHORIZATION), connect.toString());
        }
    }

    /**
     * An HTTP proxy that only tunnels: a CONNECT without the right Proxy-Authorization gets a 407 challenge, one
     * with it a tunnel to the origin (whatever host it names), relayed byte for byte. Every CONNECT's head is kept.
     */
    static final class TunnelProxy implements AutoCloseable {
        final List<List<String>> connects = new CopyOnWriteArrayList<>();
        private final ServerSocket server = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
        private final List<Socket> sockets = new CopyOnWriteArrayList<>();
        private final ExecutorService threads = Executors.newCachedThreadPool();
        private final int originPort;

        TunnelProxy(int originPort) throws IOException {
            this.originPort = originPort;
            threads.submit(this::accept);
        }

        int port() {
            return server.getLocalPort();
        }

        private Void accept() throws IOException {
            while (!server.isClosed()) {
                Socket client = server.accept();
                sockets.add(client);
                threads.submit(() -> serve(client));
            }
            return null;
        }

        private Void serve(Socket client) throws IOException {
            InputStream in = client.getInputStream();
            OutputStream out = client.getOutputStream();
            for (List<String> head = head(in); !head.isEmpty(); head = head(in)) {
                connects.add(head);
                if (!head.contains("Proxy-Authorization: " + PROXY_AUTHORIZATION)) {
                    out.write(("HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"test\""
                            + "\r\nContent-Length: 0\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                    continue;
                }
                Socket upstream = new Socket(InetAddress.getByName("127.0.0.1"), originPort);
                sockets.add(upstream);
                out.write("HTTP/1.1 200 Connection established\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                threads.submit(() -> relay(upstream, client));
                relay(client, upstream);
                return null;
            }
            client.close();
            return null;
        }

        private static Void relay(Socket from, Socket to) throws IOException {
            try {
                from.getInputStream().transferTo(to.getOutputStream());
                to.shutdownOutput();
            } catch (IOException closed) {
                // The other side went away: the tunnel is over.
            }
            return null;
        }

        /** The request line and header lines up to the blank line, read byte by byte; empty at end of stream. */
        private static List<String> head(InputStream in) throws IOException {
            List<String> lines = new ArrayList<>();
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            for (int b = in.read(); b != -1; b = in.read()) {
                if (b != '\n') {
                    line.write(b);
                    continue;
                }
                String text = line.toString(StandardCharsets.US_ASCII).stripTrailing();
                line.reset();
                if (text.isEmpty()) {
                    return lines;
                }
                lines.add(text);
            }
            return List.of();
        }

        @Override
        public void close() throws IOException {
            server.close();
            for (Socket socket : sockets) {
                socket.close();
            }
            threads.shutdownNow();
        }
    }
}
