package dev.notionsetup.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * JsonTree replaces an ObjectMapper on the start-up path, so the mapper it replaces is the oracle: the one
 * NotionClient used to build (FAIL_ON_TRAILING_TOKENS) for reading, a default one for writing.
 */
class JsonTreeTest {
    private static final ObjectMapper ORACLE =
            JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"object\":\"user\",\"bot\":{\"owner\":{\"type\":\"workspace\",\"workspace\":true},\"ids\":[1,[2,[3]]]}}",
            "[{\"a\":[{},[],{\"b\":null}]},[[[]]],\"x\"]",
            "{}", "[]", "[[]]", "{\"a\":{}}", "{\"\":\"\"}",
            "  {\"a\" : 1 ,\n\t\"b\" : [ true , false , null ] }\r\n ",
            "\"a bare string\"", "42", "-7", "null", "true", "false",
            // unicode: raw UTF-8 (BMP and astral), escaped surrogate pairs, every kind of escape
            "{\"name\":\"\u00c9quipe \u6771\u4eac \uD83D\uDD11 \u2028\u2029\",\"\u00e9t\u00e9\":\"\u2026\"}",
            "[\"\\ud83d\\udd11\",\"\\u00e9\",\"\\u0000\\u001f\\u007f\\b\\f\\n\\r\\t\\\"\\\\\\/\"]",
            // numbers: int, long and BigInteger at their edges, decimals, negatives, exponents
            "[0,-0,1,-1,2147483647,2147483648,-2147483648,-2147483649]",
            "[9223372036854775807,9223372036854775808,-9223372036854775808,-9223372036854775809]",
            "[123456789012345678901234567890,-98765432109876543210987654321]",
            "[1.5,-0.0,0.1,-2.25,1e10,1E-7,2.5e+3,-4E2,3.141592653589793238462643383279,1.7976931348623157e308,4.9e-325]",
            // duplicate keys: the last value wins, the first place stays
            "{\"a\":1,\"b\":2,\"a\":3}",
            "{\"a\":{\"x\":1},\"b\":0,\"a\":[2]}",
    })
    void readsAndWritesAsTheObjectMapperDid(String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        JsonNode expected = ORACLE.readTree(bytes);

        JsonNode actual = JsonTree.read(bytes);

        assertEquals(expected, actual); // node types too: IntNode(1) is not LongNode(1)
        // Bytes, not writeValueAsString: the mapper's UTF-8 output escapes astral characters as surrogate pairs
        // (jackson-core's default), its String output does not.
        assertArrayEquals(ORACLE.writeValueAsBytes(expected), JsonTree.write(actual));
        assertEquals(expected, JsonTree.read(JsonTree.write(actual)));
    }

    @Test
    void integersGetTheSmallestNodeTypeThatHoldsThemAndDecimalsAreDoubles() throws IOException {
        JsonNode numbers = JsonTree.read(bytes("[2147483647,2147483648,9223372036854775808,0.1,1e2]"));

        assertTrue(numbers.get(0).isInt());
        assertTrue(numbers.get(1).isLong());
        assertEquals(new BigInteger("9223372036854775808"), numbers.get(2).bigIntegerValue());
        assertTrue(numbers.get(2).isBigInteger());
        assertTrue(numbers.get(3).isDouble());
        assertTrue(numbers.get(4).isDouble());
    }

    @Test
    void aDuplicateKeyKeepsItsPlaceAndTakesTheLastValue() throws IOException {
        JsonNode node = JsonTree.read(bytes("{\"a\":1,\"b\":2,\"a\":3}"));

        assertEquals("{\"a\":3,\"b\":2}", string(JsonTree.write(node)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\t\r "})
    void nothingButWhiteSpaceIsNoValue(String json) throws IOException {
        assertTrue(ORACLE.readTree(bytes(json)).isMissingNode());
        assertNull(JsonTree.read(bytes(json)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}{}", "{} x", "[1] ]", "1 2", "{\"a\":1}}", "null null", "\"a\" \"b\"", "{}<html>"})
    void anythingAfterTheValueIsAnError(String json) {
        assertThrows(IOException.class, () -> ORACLE.readTree(bytes(json)));
        assertThrows(IOException.class, () -> JsonTree.read(bytes(json)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{", "[", "[1,", "{\"a\":", "{\"a\"", "\"abc", "{\"a\":1", "[{}", "[[[]]", "tru", "-",
            "1e"})
    void aTruncatedValueIsAnError(String json) {
        assertThrows(IOException.class, () -> ORACLE.readTree(bytes(json)));
        assertThrows(IOException.class, () -> JsonTree.read(bytes(json)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"<html><body>502</body></html>", "{'a':1}", "[1,]", "{\"a\" 1}", "NaN", "01",
            "{a:1}", "\"\u0001\"", "[\"\\x\"]"})
    void notJsonIsAnError(String json) {
        assertThrows(IOException.class, () -> ORACLE.readTree(bytes(json)));
        assertThrows(IOException.class, () -> JsonTree.read(bytes(json)));
    }

    @Test
    void aHostilyDeepBodyIsAnErrorNotAStackOverflow() {
        // assertThrows fails on any other Throwable, a StackOverflowError included.
        assertThrows(IOException.class, () -> JsonTree.read(bytes("[".repeat(100_000))));
        assertThrows(IOException.class,
                () -> JsonTree.read(bytes("[".repeat(100_000) + "]".repeat(100_000))));
        assertThrows(IOException.class, () -> JsonTree.read(bytes("{\"a\":".repeat(100_000))));
    }

    @Test
    void nestingWithinJacksonsLimitIsReadAndWritten() throws IOException {
        byte[] deep = bytes("[{\"a\":".repeat(400) + "1" + "}]".repeat(400));

        JsonNode node = JsonTree.read(deep);

        assertEquals(ORACLE.readTree(deep), node);
        assertArrayEquals(deep, JsonTree.write(node));
    }

    @Test
    void everyKindOfNumberNodeIsWrittenAsTheObjectMapperWritesIt() throws IOException {
        ArrayNode numbers = NODES.arrayNode()
                .add(NODES.numberNode((short) -3)).add(NODES.numberNode(7)).add(NODES.numberNode(Long.MIN_VALUE))
                .add(NODES.numberNode(new BigInteger("-123456789012345678901234567890")))
                .add(NODES.numberNode(1.25f)).add(NODES.numberNode(-0.1f))
                .add(NODES.numberNode(1e-7)).add(NODES.numberNode(123456789.0)).add(NODES.numberNode(Double.NaN))
                .add(NODES.numberNode(Double.NEGATIVE_INFINITY))
                .add(NODES.numberNode(new BigDecimal("1E+3"))).add(NODES.numberNode(new BigDecimal("0.000001")))
                .add(NODES.numberNode(new BigDecimal("-12.50")));

        assertEquals(ORACLE.writeValueAsString(numbers), string(JsonTree.write(numbers)));
    }

    @Test
    void theReportsTreesAreWrittenAsTheObjectMapperWroteThem() throws IOException {
        ObjectNode root = NODES.objectNode();
        root.put("ok", false);
        root.put("token", "ntn_\u2026wxyz");
        root.put("status", (Integer) null);
        root.putObject("workspace").put("name", "\u00c9quipe \u6771\u4eac \uD83D\uDE80 \u0007\u001b[31m\"q\"\\ </script>");
        root.putArray("sample").add("Roadmap").add("").addNull().add(true);
        root.putArray("empty");
        root.putObject("none");
        root.put("ok", true); // replacing keeps the first place

        assertArrayEquals(ORACLE.writeValueAsBytes(root), JsonTree.write(root));
    }

    @Test
    void aNodeThatIsNoJsonTextIsRefused() {
        ObjectNode root = NODES.objectNode();
        root.putPOJO("thing", new Object());

        assertThrows(IllegalArgumentException.class, () -> JsonTree.write(root));
    }

    /** Random trees of every kind of value: the same bytes as the mapper's, and read back to the same tree. */
    @Test
    void anyTreeIsWrittenAndReadBackAsTheObjectMapperDoes() throws IOException {
        Random random = new Random(20_251_121L);
        for (int i = 0; i < 2_000; i++) {
            JsonNode tree = randomValue(random, 0);
            String name = "case " + i + ": " + ORACLE.writeValueAsString(tree);

            byte[] written = JsonTree.write(tree);

            assertArrayEquals(ORACLE.writeValueAsBytes(tree), written, name);
            JsonNode expected = ORACLE.readTree(written);
            assertEquals(expected, JsonTree.read(written), name);
            assertArrayEquals(written, JsonTree.write(JsonTree.read(written)), name);
        }
    }

    private static final List<String> PIECES = List.of("a", "Z", "0", " ", "\"", "\\", "/", "\u0000", "\u0001",
            "\u001f", "\u007f", "\b", "\f", "\n", "\r", "\t", "\u00e9", "\u2026", "\u2028", "\u6771", "\uFEFF",
            "\uD83D\uDD11", "\uD800\uDC00", "\uDBFF\uDFFF", "</", "'", "&");

    private static JsonNode randomValue(Random random, int depth) {
        int kind = random.nextInt(depth > 4 ? 6 : 8);
        return switch (kind) {
            case 0 -> NODES.textNode(randomString(random));
            case 1 -> NODES.numberNode(random.nextInt());
            case 2 -> randomNumber(random);
            case 3 -> NODES.booleanNode(random.nextBoolean());
            case 4 -> NODES.nullNode();
            case 5 -> NODES.textNode("");
            case 6 -> {
                ObjectNode object = NODES.objectNode();
                for (int n = random.nextInt(5); n > 0; n--) {
                    object.set(randomString(random), randomValue(random, depth + 1));
                }
                yield object;
            }
            default -> {
                ArrayNode array = NODES.arrayNode();
                for (int n = random.nextInt(5); n > 0; n--) {
                    array.add(randomValue(random, depth + 1));
                }
                yield array;
            }
        };
    }

    private static JsonNode randomNumber(Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> NODES.numberNode(random.nextLong());
            case 1 -> NODES.numberNode(new BigInteger(100, random).negate());
            case 2 -> NODES.numberNode(random.nextDouble() * Math.pow(10, random.nextInt(40) - 20));
            case 3 -> NODES.numberNode(-random.nextGaussian());
            default -> NODES.numberNode(Double.longBitsToDouble(random.nextLong()));
        };
    }

    private static String randomString(Random random) {
        StringBuilder text = new StringBuilder();
        for (int n = random.nextInt(8); n > 0; n--) {
            text.append(PIECES.get(random.nextInt(PIECES.size())));
        }
        return text.toString();
    }

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private static String string(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
