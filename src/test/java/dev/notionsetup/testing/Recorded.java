package dev.notionsetup.testing;

import okhttp3.mockwebserver.MockResponse;
import okio.Buffer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

/**
 * The response bodies under src/test/resources/notion: {@code recorded/} holds bodies recorded from the real
 * API by public client libraries, byte for byte (their sources are in recorded/index.json);
 * {@code documented/} holds bodies written from Notion's documentation for what nobody recorded
 * (documented/index.json). Served as they are, never edited: tests that need a list of several recorded
 * objects wrap them with {@link #listOf}, which adds only the list around them.
 */
public final class Recorded {
    private Recorded() {
    }

    /** The bytes of {@code recorded/<path>}. */
    public static byte[] recorded(String path) {
        return read("/notion/recorded/" + path);
    }

    /** The bytes of {@code documented/<path>}. */
    public static byte[] documented(String path) {
        return read("/notion/documented/" + path);
    }

    public static String text(byte[] body) {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** A JSON answer with this status and body, as Notion sends it (with its request id header). */
    public static MockResponse answer(int status, byte[] body) {
        return new MockResponse().setResponseCode(status)
                .setHeader("Content-Type", "application/json; charset=utf-8")
                .setHeader("x-notion-request-id", "recorded-replay")
                .setBody(new Buffer().write(body));
    }

    /** The database with two data sources in the recorded corpus, and the second of those sources. */
    public static final String MULTI_DB = "c01e05c72e9a4d848b6c5448dc21c2c6";
    public static final String SECOND_SOURCE = "28399f72bada81b28d25000b442ed14b";

    /** The Ray ID {@link #edgeBlock()} carries in its cf-ray header. */
    public static final String EDGE_RAY_ID = "0000fa4e00000403-TST";

    /**
     * Cloudflare's block page as Notion's network edge serves it, before the request reaches the API: 403,
     * HTML, a cf-ray header and no Notion request id (documented/index.json says where it comes from).
     */
    public static MockResponse edgeBlock() {
        return new MockResponse().setResponseCode(403)
                .setHeader("Content-Type", "text/html; charset=UTF-8")
                .setHeader("cf-ray", EDGE_RAY_ID)
                .setBody(new Buffer().write(documented("403-cloudflare-block.html")));
    }

    /** The same answer, gzip-compressed with Content-Encoding: gzip, as Cloudflare serves Notion's. */
    public static MockResponse gzipped(int status, byte[] body) {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return answer(status, new byte[0]).setHeader("Content-Encoding", "gzip")
                .setBody(new Buffer().write(zipped.toByteArray()));
    }

    /**
     * A search or query answer listing these recorded objects, each kept byte for byte; only the list around
     * them is ours ({@code {"object":"list","results":[…],"next_cursor":null,"has_more":false}}).
     */
    public static byte[] listOf(byte[]... objects) {
        ByteArrayOutputStream list = new ByteArrayOutputStream();
        list.writeBytes("{\"object\":\"list\",\"results\":[".getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < objects.length; i++) {
            if (i > 0) {
                list.write(',');
            }
            list.writeBytes(withoutRequestId(objects[i]));
        }
        list.writeBytes("],\"next_cursor\":null,\"has_more\":false}".getBytes(StandardCharsets.UTF_8));
        return list.toByteArray();
    }

    /** A recorded single-object answer ends with its own request id, which a list item does not carry. */
    private static byte[] withoutRequestId(byte[] object) {
        String text = text(object);
        int at = text.lastIndexOf(",\"request_id\":\"");
        return (at < 0 ? text : text.substring(0, at) + "}").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] read(String resource) {
        try (InputStream in = Recorded.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
