package dev.notionsetup.it;

import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.ToolProvider;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.notionsetup.testing.Fixtures.TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Code in the folder the tool is started from never runs: service providers planted there (compiled classes
 * and META-INF/services files, as a cloned repository could hold them) are not loaded by any launcher, with
 * or without CLASSPATH pointing at the folder. The run used reads the time-zone rules (a rate limit whose
 * retry lies past --timeout is told as a time of day), which looks up ZoneRulesProvider services through the
 * class path; the first test proves the planted code does run once the folder is on the class path.
 */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "the launchers under test are sh scripts")
class WorkingFolderCodeIT {
    /** What a planted provider leaves in the working folder when it is loaded. */
    private static final String MARKER = "PLANTED-CODE-RAN";
    /** Providers of services the JDK looks up through the system class loader, by service. */
    private static final Map<String, String> PLANTED = Map.of(
            "java.time.zone.ZoneRulesProvider", """
                    public class PlantedZones extends java.time.zone.ZoneRulesProvider {
                        static { Planted.ran("ZoneRulesProvider"); }
                        protected java.util.Set<String> provideZoneIds() { return java.util.Set.of("Planted/Zone"); }
                        protected java.time.zone.ZoneRules provideRules(String id, boolean forCaching) {
                            return java.time.zone.ZoneRules.of(java.time.ZoneOffset.UTC);
                        }
                        protected java.util.NavigableMap<String, java.time.zone.ZoneRules> provideVersions(String id) {
                            return new java.util.TreeMap<>();
                        }
                    }""",
            "java.lang.System$LoggerFinder", """
                    public class PlantedLoggerFinder extends System.LoggerFinder {
                        static { Planted.ran("LoggerFinder"); }
                        public System.Logger getLogger(String name, Module module) { return null; }
                    }""",
            "java.net.spi.URLStreamHandlerProvider", """
                    public class PlantedUrlHandlers extends java.net.spi.URLStreamHandlerProvider {
                        static { Planted.ran("URLStreamHandlerProvider"); }
                        public java.net.URLStreamHandler createURLStreamHandler(String protocol) { return null; }
                    }""",
            "java.nio.charset.spi.CharsetProvider", """
                    public class PlantedCharsets extends java.nio.charset.spi.CharsetProvider {
                        static { Planted.ran("CharsetProvider"); }
                        public java.util.Iterator<java.nio.charset.Charset> charsets() {
                            return java.util.Collections.emptyIterator();
                        }
                        public java.nio.charset.Charset charsetForName(String name) { return null; }
                    }""");
    private static final String RAN = """
            public class Planted {
                static void ran(String what) {
                    System.err.println("PLANTED CODE RAN: " + what);
                    try {
                        java.nio.file.Files.writeString(
                                java.nio.file.Path.of(System.getProperty("user.dir"), "%s"), what);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            }""".formatted(MARKER);

    @TempDir
    Path dir; // the working folder, with the planted code
    @TempDir
    Path scratch;
    MockWebServer notion;

    @BeforeEach
    void plant() throws IOException {
        Path sources = Files.createDirectories(scratch.resolve("planted-src"));
        List<String> javac = new ArrayList<>(List.of("-d", dir.toString(), "--release", "17"));
        Files.writeString(sources.resolve("Planted.java"), RAN);
        javac.add(sources.resolve("Planted.java").toString());
        Path services = Files.createDirectories(dir.resolve("META-INF/services"));
        for (Map.Entry<String, String> provider : PLANTED.entrySet()) {
            String className = provider.getValue().replaceAll("(?s)^public class (\\w+).*", "$1");
            Path source = Files.writeString(sources.resolve(className + ".java"), provider.getValue());
            javac.add(source.toString());
            Files.writeString(services.resolve(provider.getKey()), className + "\n");
        }
        assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null, javac.toArray(String[]::new)),
                "the planted providers compile");

        notion = new MockWebServer();
        notion.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return new MockResponse().setResponseCode(429).setHeader("Retry-After", "3600")
                        .setHeader("Content-Type", "application/json")
                        .setBody("{\"object\":\"error\",\"status\":429,\"code\":\"rate_limited\","
                                + "\"message\":\"You have been rate limited.\"}");
            }
        });
        notion.start();
    }

    @AfterEach
    void stop() throws IOException {
        notion.shutdown();
    }

    /** The run: validate, rate limited past --timeout, so the answer names a time of day. */
    private JarProcess.Result validate(JarProcess process) throws Exception {
        return process.env("NOTION_API_KEY", TOKEN)
                .run("validate", "--api-url", notion.url("/").toString(), "--timeout", "5");
    }

    private void assertNothingRuns(Launcher launcher) throws Exception {
        for (Optional<String> classpath : List.of(Optional.<String>empty(), Optional.of("."),
                Optional.of(dir.toString()))) {
            JarProcess process = launcher.in(dir);
            classpath.ifPresent(value -> process.env("CLASSPATH", value));
            JarProcess.Result run = validate(process);

            String what = launcher + classpath.map(value -> " with CLASSPATH=" + value).orElse("") + ":\n"
                    + run.shown();
            assertEquals(3, run.exitCode(), what);
            assertTrue(run.stderr().contains("try again after "), "the run told a time of day: " + what);
            assertFalse(run.both().contains("PLANTED CODE RAN"), what);
            assertFalse(Files.exists(dir.resolve(MARKER)), what);
        }
    }

    @Test
    void thePlantedCodeRunsOnceTheWorkingFolderIsOnTheClassPath() throws Exception {
        Launcher onTheClassPath = new Launcher("java -cp .:jar", List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", "." + File.pathSeparator + JarProcess.jar(), "dev.notionsetup.cli.Main"));

        JarProcess.Result run = validate(onTheClassPath.in(dir));

        assertTrue(run.stderr().contains("PLANTED CODE RAN: ZoneRulesProvider"), run.shown());
        assertTrue(Files.exists(dir.resolve(MARKER)), run.shown());
    }

    @Test
    void javaDashJarRunsNothingFromTheWorkingFolder() throws Exception {
        assertNothingRuns(Launcher.jar());
    }

    @Test
    void theSourceLauncherRunsNothingFromTheWorkingFolder() throws Exception {
        assertNothingRuns(Launcher.source(scratch));
    }

    @Test
    void theInstalledLauncherOfTheJlinkImageRunsNothingFromTheWorkingFolder() throws Exception {
        Optional<Launcher> image = Launcher.image();
        assumeTrue(image.isPresent(), "the jlink image is built by mvn -Pdist (as .ci/run does)");

        assertNothingRuns(image.get());
    }
}
