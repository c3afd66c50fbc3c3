package dev.notionsetup.report;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JsonReportTest {
    @Test
    void theObjectIsUtf8EvenWhenStdoutIsAsciiAsInACLocale() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        // What System.out is under LANG=C on JDK 17: a PrintStream encoding strings as ASCII.
        JsonReport report = new JsonReport(new PrintStream(bytes, true, StandardCharsets.US_ASCII));
        report.root().put("token", "ntn_\u2026wxyz");
        report.root().put("workspace", "\u00c9quipe \u6771\u4eac");

        report.ok(true).print();

        assertEquals("{\"ok\":true,\"token\":\"ntn_\u2026wxyz\",\"workspace\":\"\u00c9quipe \u6771\u4eac\"}\n",
                bytes.toString(StandardCharsets.UTF_8));
    }
}
