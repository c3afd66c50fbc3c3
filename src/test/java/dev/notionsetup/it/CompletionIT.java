package dev.notionsetup.it;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The completion script loads in bash, registers for the command name, and completes options and commands. */
@EnabledOnOs(value = OS.LINUX, disabledReason = "bash 4 (macOS has bash 3.2, where source <(...) reads nothing)")
class CompletionIT {
    @TempDir
    Path dir;

    @BeforeEach
    void needsBash() {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "needs bash");
    }

    /** Runs a bash script with {@code $JAR} set; returns stdout, failing on a non-zero exit. */
    private String bash(String script) throws IOException, InterruptedException {
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        ProcessBuilder pb = new ProcessBuilder("/bin/bash", "-c", script).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().clear();
        pb.environment().put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        pb.environment().put("HOME", dir.toString());
        pb.environment().put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        pb.environment().put("JAR", JarProcess.jar().toString());
        Process process = pb.start();
        process.getOutputStream().close();
        assertTrue(process.waitFor(JarProcess.LIMIT.toSeconds(), TimeUnit.SECONDS), "bash did not finish");
        String stdout = Files.readString(out, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), stdout + Files.readString(err, StandardCharsets.UTF_8));
        return stdout;
    }

    @Test
    void theScriptLoadsAndRegistersForNotionSetup() throws Exception {
        String registered = bash("source <(\"$JAVA\" -jar \"$JAR\" generate-completion); complete -p notion-setup");

        assertEquals("complete -o default -F _complete_notion-setup notion-setup\n", registered);
    }

    @Test
    void itCompletesOptionsAndSubcommands() throws Exception {
        String script = """
                source <("$JAVA" -jar "$JAR" generate-completion)
                complete_words() {
                  COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 )); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
                  COMPREPLY=(); _complete_notion-setup 2>/dev/null; printf '%s\\n' "${COMPREPLY[@]}" | sort
                  echo --
                }
                complete_words notion-setup --token
                complete_words notion-setup val
                complete_words notion-setup validate --req
                """;

        List<String> answers = List.of(bash(script).split("--\n", -1));

        assertEquals("--token\n--token-stdin\n", answers.get(0));
        assertEquals("validate\n", answers.get(1));
        assertEquals("--require-access\n", answers.get(2));
    }

    @Test
    void itCompletesFileNamesAfterEnvFile() throws Exception {
        Files.writeString(dir.resolve("staging.env"), "");
        String script = """
                source <("$JAVA" -jar "$JAR" generate-completion)
                COMP_WORDS=(notion-setup --env-file sta); COMP_CWORD=2; COMP_LINE="${COMP_WORDS[*]}"
                COMP_POINT=${#COMP_LINE}; COMPREPLY=(); _complete_notion-setup 2>/dev/null
                printf '%s\\n' "${COMPREPLY[@]}"
                COMP_WORDS=(notion-setup validate --env-file sta); COMP_CWORD=3; COMP_LINE="${COMP_WORDS[*]}"
                COMP_POINT=${#COMP_LINE}; COMPREPLY=(); _complete_notion-setup 2>/dev/null
                printf '%s\\n' "${COMPREPLY[@]}"
                """;

        assertEquals("staging.env\nstaging.env\n", bash(script));
    }
}
