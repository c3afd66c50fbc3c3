package dev.notionsetup.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * One way people start the tool: the words before its arguments. {@code java -jar}; the source checkout's
 * {@code ./notion-setup}; and {@code bin/notion-setup} of the jlink image that {@code mvn -Pdist package}
 * unpacks into target/dist-work (the tarball's and the .deb's launcher).
 */
record Launcher(String name, List<String> words) {
    /** {@code java -jar}, with the JVM running the tests. */
    static Launcher jar() {
        return new Launcher("java -jar", List.of(javaBin().resolve("java").toString(), "-jar",
                JarProcess.jar().toString()));
    }

    /**
     * The checkout's {@code ./notion-setup}, copied with the jar into {@code scratch}: a home without pom.xml
     * or sources, so it never starts a build, and the checkout's target/ is not touched.
     */
    static Launcher source(Path scratch) throws IOException {
        Path home = Files.createDirectories(scratch.resolve("home"));
        Path script = Files.copy(Path.of(System.getProperty("notionsetup.launcher")), home.resolve("notion-setup"),
                StandardCopyOption.COPY_ATTRIBUTES);
        Files.copy(JarProcess.jar(), Files.createDirectories(home.resolve("target")).resolve("notion-setup.jar"));
        return new Launcher("./notion-setup", List.of(script.toString()));
    }

    /** The image's {@code bin/notion-setup}, when this build made one (the dist profile); else empty. */
    static Optional<Launcher> image() throws IOException {
        String work = System.getProperty("notionsetup.image", "");
        if (work.isBlank()) {
            return Optional.empty();
        }
        try (Stream<Path> folders = Files.list(Path.of(work))) {
            List<Path> launchers = folders.map(folder -> folder.resolve("bin/notion-setup"))
                    .filter(Files::isExecutable).toList();
            assertEquals(1, launchers.size(), "one unpacked image in " + work + ": " + launchers);
            return Optional.of(new Launcher("image bin/notion-setup", List.of(launchers.get(0).toString())));
        }
    }

    /** PATH with the tests' own JVM first: the source launcher runs the {@code java} it finds there. */
    static String path() {
        return javaBin() + java.io.File.pathSeparator + System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
    }

    /** A run of this launcher from {@code dir}, in JarProcess's clean environment. */
    JarProcess in(Path dir) {
        return new JarProcess(dir).launchedBy(words).env("PATH", path());
    }

    private static Path javaBin() {
        return Path.of(System.getProperty("java.home"), "bin");
    }

    @Override
    public String toString() {
        return name;
    }
}
