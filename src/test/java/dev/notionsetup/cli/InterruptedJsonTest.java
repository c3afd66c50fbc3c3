package dev.notionsetup.cli;

import dev.notionsetup.envfile.UnfinishedWrites.Stop;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the --json "interrupted" object says; InterruptedJsonIT sends the real signals. */
class InterruptedJsonTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private String printedAfter(Stop stop) {
        try (InterruptedJson json = new InterruptedJson(new PrintStream(out, true, StandardCharsets.UTF_8), () -> stop)) {
            json.printIfNothingWas();
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aStopAfterTheWriteSaysTheTokenIsSavedAndWhere() {
        Path env = Path.of("app", ".env").toAbsolutePath();

        String printed = printedAfter(new Stop(List.of(), List.of(env)));

        assertTrue(printed.contains("\"kind\":\"interrupted\""), printed);
        assertTrue(printed.contains("saved to " + env.toString().replace("\\", "\\\\")), printed);
    }

    @Test
    void aStopBeforeAnyWriteSaysTheRunDidNotFinish() {
        String printed = printedAfter(new Stop(List.of(), List.of()));

        assertTrue(printed.contains("Interrupted before the run finished."), printed);
    }

    @Test
    void nothingIsAddedWhenTheRunPrintedItsOwnObject() {
        try (InterruptedJson json = new InterruptedJson(new PrintStream(out, true, StandardCharsets.UTF_8),
                () -> new Stop(List.of(), List.of()))) {
            json.stdout().print("{}");
            json.printIfNothingWas();
        }
        assertEquals("{}", out.toString(StandardCharsets.UTF_8));
    }
}
