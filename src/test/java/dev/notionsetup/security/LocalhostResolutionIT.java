package dev.notionsetup.security;

import dev.notionsetup.testing.FakeNotion;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dev.notionsetup.testing.Fixtures.TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Plain http is allowed to "localhost" because the name says "this machine"; the connection must then go to
 * this machine whatever a resolver answers for that name (a DNS server asked for "localhost.", a hosts file
 * without the line, or with a wrong one). The real jar runs with {@code -Djdk.net.hosts.file}, so that its
 * resolver reads only a file the test writes and never asks DNS.
 */
class LocalhostResolutionIT {
    @TempDir
    Path dir;
    @RegisterExtension
    final FakeNotion fake = new FakeNotion().accept(TOKEN);
    final MockWebServer notion = fake.server();

    private int validate(String hostsFile, String host) throws Exception {
        Path hosts = dir.resolve("hosts");
        Files.writeString(hosts, hostsFile);
        List<String> command = new ArrayList<>(List.of(Processes.java()));
        command.addAll(Processes.JVM_OPTIONS);
        command.addAll(List.of("-Djdk.net.hosts.file=" + hosts, "-jar", Processes.jar().toString(), "validate",
                "--api-url", "http://" + host + ":" + notion.getPort(), "--token-stdin", "--timeout", "5"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
        Processes.cleanEnvironment(builder);
        Process tool = builder.start();
        tool.getOutputStream().write(TOKEN.getBytes(StandardCharsets.UTF_8));
        tool.getOutputStream().close();
        return Processes.waitFor(tool, 60);
    }

    @Test
    void localhostIsThisMachineWhenTheResolverDoesNotKnowIt() throws Exception {
        assertEquals(0, validate("127.0.0.1 some-other-name\n", "localhost"));
        assertEquals(0, validate("127.0.0.1 some-other-name\n", "localhost."));
        assertEquals(0, validate("127.0.0.1 some-other-name\n", "LocalHost"));
    }

    @Test
    void localhostIsThisMachineWhenTheResolverSaysOtherwise() throws Exception {
        // 127.0.0.2 stands for "somewhere else" without sending anything off this machine: nothing listens there.
        assertEquals(0, validate("127.0.0.2 localhost localhost.\n", "localhost"));
        assertEquals(1, notion.getRequestCount());
    }
}
