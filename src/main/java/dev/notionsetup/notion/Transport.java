package dev.notionsetup.notion;

import com.fasterxml.jackson.databind.JsonNode;
import dev.notionsetup.ExitCode;
import dev.notionsetup.UserError;
import dev.notionsetup.json.JsonTree;
import dev.notionsetup.token.Secret;
import dev.notionsetup.token.Secrets;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.ConnectionSpec;
import okhttp3.Dispatcher;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

import javax.net.ssl.SSLException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.NoRouteToHostException;
import java.net.Proxy;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * One HTTP exchange with Notion, turned into an {@link Attempt}. This is where OkHttp lives: the client is
 * configured so that nothing happens behind our back — no redirects followed (the token would go with them),
 * no silent connection retries (every retry goes through {@link RetryPolicy} and is announced), no cookies,
 * no cache — and every exception it can throw ends here as a {@link Attempt.NoAnswer}.
 */
final class Transport implements AutoCloseable {
    /** Notion's answers are a few kilobytes; anything past this is not an answer we want to hold in memory. */
    static final long MAX_BODY_BYTES = 1024 * 1024;

    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final OkHttpClient http;
    private final HttpUrl baseUrl;
    private final String userAgent;

    Transport(NotionClientConfig config) {
        this.baseUrl = HttpUrl.get(config.baseUrl().uri().toString());
        this.userAgent = config.userAgent();
        Duration timeout = config.timeout();
        OkHttpClient.Builder builder = new OkHttpClient.Builder()
                .connectTimeout(timeout)
                .readTimeout(timeout)
                .writeTimeout(timeout)
                .callTimeout(timeout)
                .followRedirects(false)
                .followSslRedirects(false)
                // OkHttp's own recovery is kept: it silently replaces a pooled connection the server already
                // closed (routine with keep-alive timeouts and HTTP/1.0 proxies) before anything was sent.
                // Our RetryPolicy still owns every retry that waits, and announces it.
                .retryOnConnectionFailure(true)
                // Calls run beside each other on these threads; one whose answer is no longer wanted (the token
                // was rejected) may still be finishing when the run ends, and must not keep the JVM alive.
                .dispatcher(new Dispatcher(Executors.newCachedThreadPool(Transport::daemon)));
        if (config.baseUrl().isPlainHttp()) {
            // Loopback only (ApiBaseUrl enforces it): no TLS will ever be needed, so skip loading the JDK's
            // trust store, which is most of OkHttp's start-up cost.
            builder.connectionSpecs(List.of(ConnectionSpec.CLEARTEXT));
            // Plain http is allowed only because the URL names this machine: "localhost" by its text, which a
            // resolver must not get to point elsewhere (RFC 6761: localhost is loopback). IP literals never
            // reach a Dns.
            builder.dns(host -> List.of(InetAddress.getByAddress(host, new byte[] {127, 0, 0, 1}),
                    InetAddress.getByAddress(host, InetAddress.getByName("::1").getAddress())));
        }
        if (config.proxy() == null) {
            builder.proxy(Proxy.NO_PROXY); // null means direct, not "whatever the JVM's default selector says"
        } else {
            builder.proxySelector(config.proxy());
            if (config.proxy() instanceof ProxyFromEnvironment fromEnv) {
                fromEnv.credentials().ifPresent(c -> builder.proxyAuthenticator(new ProxyBasicAuth(c)));
            }
        }
        this.http = build(builder);
    }

    /**
     * For https OkHttp reads the JDK's trust store here. One Java cannot read (a wrong javax.net.ssl.trustStore
     * or password in JAVA_OPTS or JAVA_TOOL_OPTIONS, a damaged cacerts) is this machine's set-up, not a bug and
     * not Notion being down: say what to check, exit 2. OkHttp (Kotlin) throws the JDK's checked exception
     * without declaring it, hence the catch of Exception.
     */
    private static OkHttpClient build(OkHttpClient.Builder builder) {
        try {
            return builder.build();
        } catch (Exception e) {
            if (e instanceof GeneralSecurityException) {
                throw new UserError("Java could not set up TLS: " + TerminalText.sanitize(e.getMessage(), 200)
                        + ".", "Check the trust store Java is told to use (javax.net.ssl.trustStore and its password"
                        + " in JAVA_OPTS or JAVA_TOOL_OPTIONS), or the JDK's lib/security/cacerts.",
                        ExitCode.USAGE, e);
            }
            throw e;
        }
    }

    /**
     * Sends one request to {@code base URL + path} and reads the answer. {@code path} is a list of segments,
     * each added as one segment (a "/" or "?" in it is escaped), and the URL built must end with exactly those
     * segments: an id such as ".." cannot take the request, and the token, out of the API's path. {@code jsonBody} null means GET.
     * The token goes into the Authorization header of this request only; the URL is always the base URL's.
     * {@code notionVersion} is the run's, or another for this one request (a database with several data
     * sources can only be read with 2025-09-03 or later, whatever the run's version). {@code limit} bounds the
     * whole exchange: what is left of the run's deadline, at most the request timeout.
     */
    Attempt exchange(Secret token, List<String> path, byte[] jsonBody, String notionVersion, Duration limit,
                     ClientEvents events) {
        HttpUrl url = url(path);
        Request.Builder request = new Request.Builder()
                .url(url)
                .header("Authorization", "Bearer " + token.reveal())
                .header("Notion-Version", notionVersion)
                .header("Accept", "application/json")
                .header("User-Agent", userAgent);
        if (jsonBody == null) {
            request.get();
        } else {
            request.post(RequestBody.create(jsonBody, JSON));
        }
        String method = jsonBody == null ? "GET" : "POST";
        long start = System.nanoTime();
        int status = -1;
        Attempt attempt;
        Call call = http.newCall(request.build());
        call.timeout().timeout(Math.max(1, limit.toMillis()), TimeUnit.MILLISECONDS);
        try (Response response = call.execute()) {
            status = response.code();
            attempt = read(response);
        } catch (IOException e) {
            attempt = noAnswer(e);
        } catch (RuntimeException e) {
            // OkHttp reports a few failures as unchecked exceptions; they must not escape the client either.
            attempt = new Attempt.NoAnswer(Attempt.Trouble.OTHER,
                    "the HTTP client failed (" + e.getClass().getSimpleName() + ")");
        }
        // The request id is the server's text: one that echoes the token must not get it printed by --verbose.
        // Nor may the URL, whose path comes from --api-url, where a token can be pasted by mistake.
        String requestId = attempt instanceof Attempt.Answered a ? NotionClient.redact(a.requestId(), token) : null;
        String shownUrl = Secrets.redactLikely(NotionClient.redact(url.toString(), token));
        events.exchanged(method, shownUrl, status, Duration.ofNanos(System.nanoTime() - start), requestId);
        return attempt;
    }

    HttpUrl url(List<String> path) {
        HttpUrl.Builder builder = baseUrl.newBuilder();
        path.forEach(builder::addPathSegment);
        HttpUrl url = builder.build();
        List<String> prefix = baseUrl.pathSegments();
        List<String> expected = new ArrayList<>(prefix.subList(0, prefix.get(prefix.size() - 1).isEmpty()
                ? prefix.size() - 1 : prefix.size()));
        expected.addAll(path);
        if (!url.pathSegments().equals(expected)) {
            // OkHttp resolves "." and ".." segments; no value of ours may do that, so this is a bug, and not sent.
            throw new IllegalArgumentException("a path segment is not a plain name: " + expected);
        }
        return url;
    }

    private Attempt read(Response response) throws IOException {
        int status = response.code();
        String requestIdHeader = TerminalText.sanitize(response.header("x-notion-request-id"), 100);
        String contentType = response.header("Content-Type");
        String retryAfter = response.header("Retry-After");
        String rayId = TerminalText.sanitize(response.header("cf-ray"), 40);
        if (status >= 300 && status < 400) {
            return new Attempt.Answered(status, contentType, Attempt.Body.NOT_READ, null, retryAfter,
                    redirectHost(response), requestIdHeader, rayId);
        }
        ResponseBody body = response.body();
        byte[] bytes = body == null || body.contentLength() > MAX_BODY_BYTES ? null
                : readBounded(body.source(), MAX_BODY_BYTES);
        if (bytes == null) {
            Attempt.Body shape = body == null ? Attempt.Body.EMPTY : Attempt.Body.TOO_LARGE;
            return new Attempt.Answered(status, contentType, shape, null, retryAfter, null, requestIdHeader, rayId);
        }
        JsonNode json = parse(bytes);
        Attempt.Body shape;
        if (json != null) {
            shape = Attempt.Body.JSON;
        } else if (isBlank(bytes)) {
            shape = Attempt.Body.EMPTY;
        } else if (looksLikeHtml(contentType, bytes)) {
            shape = Attempt.Body.HTML;
        } else {
            shape = Attempt.Body.NOT_JSON;
        }
        String requestId = requestIdHeader != null ? requestIdHeader : bodyRequestId(json);
        return new Attempt.Answered(status, contentType, shape, json, retryAfter, null, requestId, rayId);
    }

    /**
     * At most {@code max} bytes, or null when the source has more. Reads {@code max + 1} bytes at most, so a
     * server that streams forever or lies about its length costs us one bounded buffer.
     */
    static byte[] readBounded(BufferedSource source, long max) throws IOException {
        Buffer buffer = new Buffer();
        while (buffer.size() <= max) {
            long read = source.read(buffer, max + 1 - buffer.size());
            if (read == -1) {
                return buffer.readByteArray();
            }
        }
        return null;
    }

    /** Null when the body is not one JSON value (blank, trailing text, too deeply nested, …). */
    private static JsonNode parse(byte[] bytes) {
        try {
            return JsonTree.read(bytes);
        } catch (IOException e) {
            return null; // not JSON (JsonProcessingException); a byte array involves no real I/O
        }
    }

    private static String bodyRequestId(JsonNode json) {
        return json == null ? null : TerminalText.sanitize(NotionObjects.text(json, "request_id"), 100);
    }

    private static String redirectHost(Response response) {
        String location = response.header("Location");
        if (location == null || location.isBlank()) {
            return "";
        }
        HttpUrl target = response.request().url().resolve(location.strip());
        return TerminalText.sanitize(target != null ? target.host() : location, 100);
    }

    private static boolean isBlank(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8).isBlank();
    }

    private static boolean looksLikeHtml(String contentType, byte[] bytes) {
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).contains("html")) {
            return true;
        }
        String start = new String(bytes, 0, Math.min(bytes.length, 256), StandardCharsets.UTF_8);
        return start.stripLeading().startsWith("<");
    }

    /** Names the failure from the exception's type; its message is used only as a sanitized hint. */
    static Attempt.NoAnswer noAnswer(IOException e) {
        String hint = TerminalText.sanitize(e.getMessage() == null ? "" : e.getMessage(), 120);
        if (Thread.currentThread().isInterrupted()) {
            return new Attempt.NoAnswer(Attempt.Trouble.INTERRUPTED, "interrupted");
        }
        if (e instanceof UnknownHostException) {
            return new Attempt.NoAnswer(Attempt.Trouble.DNS, "the host name could not be resolved");
        }
        if (e instanceof SSLException) {
            return new Attempt.NoAnswer(Attempt.Trouble.TLS, hint.isEmpty() ? "TLS failed" : hint);
        }
        if (e instanceof InterruptedIOException) {
            return new Attempt.NoAnswer(Attempt.Trouble.TIMEOUT, "timed out");
        }
        if (e instanceof ConnectException || e instanceof NoRouteToHostException) {
            return new Attempt.NoAnswer(Attempt.Trouble.CONNECT, hint.isEmpty() ? "connection failed" : hint);
        }
        // OkHttp names tunnel failures only in the message of a plain IOException.
        if (hint.startsWith("Unexpected response code for CONNECT")
                || hint.startsWith("Failed to authenticate with proxy")
                || hint.startsWith("Too many tunnel connections")) {
            return new Attempt.NoAnswer(Attempt.Trouble.PROXY, hint);
        }
        return new Attempt.NoAnswer(Attempt.Trouble.BROKEN, hint.isEmpty() ? e.getClass().getSimpleName() : hint);
    }

    /** Runs calls in the background on OkHttp's own dispatcher threads, which {@link #close} ends. */
    private static Thread daemon(Runnable work) {
        Thread thread = new Thread(work, "notion-setup http");
        thread.setDaemon(true);
        return thread;
    }

    Executor executor() {
        return http.dispatcher().executorService();
    }

    /**
     * Opens a connection to the base URL in the background, so that the first real request finds one ready
     * (and, for https, the TLS handshake done). One GET without a token; its answer is read to the end (a
     * connection is only pooled once its answer is), and ignored.
     */
    void warm() {
        Request request = new Request.Builder().url(baseUrl).get().header("User-Agent", userAgent).build();
        http.newCall(request).enqueue(new Callback() {
            @Override
            public void onFailure(Call call, IOException e) {
                // The real request will meet the same problem and report it.
            }

            @Override
            public void onResponse(Call call, Response response) throws IOException {
                try (response) {
                    readBounded(response.body().source(), MAX_BODY_BYTES);
                }
            }
        });
    }

    /** Lets the JVM exit: no dispatcher thread or pooled connection outlives the client. */
    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
