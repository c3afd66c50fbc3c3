package dev.notionsetup.report;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JsonReportTest {
    @Test
    void theObjectIsUtf8EvenWhenStdoutIsAsciiAsInACLocale() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        // What System.out is under LANG=C on JDK 17: a PrintStream encoding strings as ASCII.
        JsonReport report = new JsonReport(new PrintStream(bytes, true, StandardCharsets.US_ASCII));
        report.token("stdin", "NOTION_API_KEY", "ntn_\u2026wxyz").warnings(List.of("\u00c9quipe \u6771\u4eac"));

        report.ok(true).print();

        assertEquals("{\"ok\":true,\"source\":\"stdin\",\"variable\":\"NOTION_API_KEY\",\"token\":\"ntn_\u2026wxyz\","
                        + "\"warnings\":[\"\u00c9quipe \u6771\u4eac\"]}\n", bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void withoutJsonTheReportIsFilledButNeverPrinted() {
        PrintStream stdout = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            JsonReport.none().token("stdin", "NOTION_API_KEY", "ntn_\u2026wxyz").ok(true).print();
        } finally {
            System.setOut(stdout);
        }
        assertEquals("", bytes.toString(StandardCharsets.UTF_8));
    }
}
