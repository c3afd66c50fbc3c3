package dev.notionsetup.it;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The man pages the build generates from the picocli model (pom.xml: ManPages, then asciidoctor). */
class ManPageIT {
    private static Path manDir() {
        return JarProcess.jar().resolveSibling("man");
    }

    @Test
    void everyCommandHasAPageInRoffWithItsOptionsAndExitCodes() throws Exception {
        Path root = manDir().resolve("notion-setup.1");
        Path validate = manDir().resolve("notion-setup-validate.1");
        Path completion = manDir().resolve("notion-setup-generate-completion.1");
        for (Path page : new Path[] {root, validate, completion}) {
            assertTrue(Files.isRegularFile(page), page + " was not generated");
        }
        String rootPage = Files.readString(root, StandardCharsets.UTF_8);
        assertTrue(rootPage.contains(".TH \"NOTION\\-SETUP\" \"1\""), "a section 1 roff page");
        assertTrue(rootPage.contains("\\-\\-token\\-stdin"), "lists the options");
        assertTrue(rootPage.contains(".SH \"EXIT CODES"), "has the exit codes");
        assertTrue(rootPage.contains("validate"), "names the subcommands");
        assertTrue(Files.readString(validate, StandardCharsets.UTF_8).contains("\\-\\-require\\-access"));
    }

    @Test
    @EnabledOnOs(value = OS.LINUX, disabledReason = "man -l is man-db's (Linux)")
    void manRendersIt() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/man")), "needs man(1)");
        Path rendered = Files.createTempFile("man", ".txt");
        try {
            ProcessBuilder pb = new ProcessBuilder("/usr/bin/man", "-l", manDir().resolve("notion-setup.1").toString())
                    .redirectOutput(rendered.toFile()).redirectErrorStream(true);
            pb.environment().put("MANPAGER", "cat");
            pb.environment().put("MANWIDTH", "80");
            Process man = pb.start();
            man.getOutputStream().close();
            assertTrue(man.waitFor(JarProcess.LIMIT.toSeconds(), TimeUnit.SECONDS), "man did not finish");
            String text = Files.readString(rendered, StandardCharsets.UTF_8);
            // Minimized Ubuntu images replace man with a stub that only explains how to get it back.
            assumeTrue(!text.contains("has been minimized"), "man(1) is a stub on this system");
            assertEquals(0, man.exitValue(), text);
            assertTrue(text.contains("NOTION-SETUP(1)"), text);
            assertTrue(text.contains("--token-stdin"), text);
        } finally {
            Files.deleteIfExists(rendered);
        }
    }
}
