package dev.notionsetup.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.notionsetup.testing.FakeNotion;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static dev.notionsetup.testing.Fixtures.TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** --json promises one object whatever happens: a run stopped by Ctrl-C or SIGTERM while Notion is slow prints "interrupted". */
class InterruptedJsonIT {
    @TempDir
    Path dir;
    MockWebServer notion;
    final CountDownLatch release = new CountDownLatch(1);

    @BeforeEach
    void start() throws IOException {
        FakeNotion fake = new FakeNotion().accept(TOKEN);
        notion = new MockWebServer();
        notion.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                release.await(60, TimeUnit.SECONDS); // Notion is slow: the signal comes first
                return fake.dispatch(request);
            }
        });
        notion.start(InetAddress.getByName("127.0.0.1"), 0);
    }

    @AfterEach
    void stop() throws IOException {
        release.countDown();
        notion.shutdown();
    }

    @ParameterizedTest(name = "SIG{0}")
    @CsvSource({"INT,130", "TERM,143"})
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "kill(1) and signals")
    void aSignalWhileWaitingForNotionStillPrintsOneJsonObject(String signal, int exit) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JarProcess.jar().toString(), "--api-url", "http://127.0.0.1:" + notion.getPort(),
                "--token-stdin", "--json").directory(dir.toFile());
        pb.environment().remove("NOTION_API_KEY");
        pb.environment().remove("CI");
        Path out = Files.createTempFile("json-out", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD);
        Process process = pb.start();
        try (OutputStream in = process.getOutputStream()) {
            in.write((TOKEN + "\n").getBytes(StandardCharsets.UTF_8));
        }
        assertNotNull(notion.takeRequest(60, TimeUnit.SECONDS), "the tool never asked Notion");
        new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).start().waitFor(10, TimeUnit.SECONDS);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the tool did not stop");

        String stdout = Files.readString(out);
        Files.delete(out);
        assertEquals(exit, process.exitValue(), stdout);
        List<String> lines = stdout.lines().toList();
        assertEquals(1, lines.size(), "exactly one line on stdout: " + stdout);
        JsonNode json = new ObjectMapper().readTree(lines.get(0));
        assertFalse(json.path("ok").asBoolean(true), stdout);
        assertEquals("interrupted", json.path("error").path("kind").asText(), stdout);
        assertFalse(stdout.contains(TOKEN.substring(4, 16)), "the token was printed");
        assertFalse(Files.exists(dir.resolve(".env")), "nothing was written");
    }
}
