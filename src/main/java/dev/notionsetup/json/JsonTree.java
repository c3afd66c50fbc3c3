package dev.notionsetup.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;

/**
 * Jackson trees read from and written to bytes with jackson-core's streaming parser and generator, without
 * an {@code ObjectMapper}. Why: an {@code ObjectMapper}'s defaults create databind's {@code StdDateFormat} (a
 * {@code SimpleDateFormat} that loads the JDK's calendar and CLDR locale data), the largest single piece of
 * {@code validate --json}'s start-up, while our JSON is small and only ever a tree. ({@code JsonNode.serialize}
 * cannot be used instead of {@link #write}: it needs a {@code SerializerProvider}, i.e. a mapper.)
 *
 * <p>The results match {@code JsonMapper} with {@code FAIL_ON_TRAILING_TOKENS}: integers as int, long or
 * BigInteger nodes by size, other numbers as doubles, the last of duplicate keys wins, and the output is
 * compact UTF-8 with non-ASCII characters unescaped. {@code toString()} on a tree would undo that: Jackson
 * renders it with an internal mapper.
 */
public final class JsonTree {
    /** Thread-safe once configured; its limits (StreamReadConstraints: nesting depth 1000, number length
     *  1000, ...) are what stop a hostile body. */
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonTree() {
    }

    /**
     * The tree of one JSON value, or null when {@code bytes} hold nothing but white space. Anything after the
     * value, a truncated value or nesting deeper than jackson-core allows is an IOException. The containers
     * are built with a stack of our own rather than by recursion, so the depth limit is the parser's alone.
     */
    public static JsonNode read(byte[] bytes) throws IOException {
        try (JsonParser parser = FACTORY.createParser(bytes)) {
            if (parser.nextToken() == null) {
                return null;
            }
            JsonNode root = readValue(parser);
            JsonToken trailing = parser.nextToken();
            if (trailing != null) {
                throw new JsonParseException(parser, "Trailing token (" + trailing + ") after the JSON value");
            }
            return root;
        }
    }

    /** Reads the value that starts at the parser's current token, leaving the parser on its last token. */
    private static JsonNode readValue(JsonParser parser) throws IOException {
        Deque<ContainerNode<?>> open = new ArrayDeque<>();
        for (JsonToken token = parser.currentToken(); ; token = parser.nextToken()) {
            if (token == null) {
                throw new JsonParseException(parser, "Unexpected end of the JSON value");
            }
            switch (token) {
                case FIELD_NAME -> {
                    // the name is read back with currentName() when its value is added
                }
                case START_OBJECT, START_ARRAY -> {
                    ContainerNode<?> container = token == JsonToken.START_OBJECT ? NODES.objectNode()
                            : NODES.arrayNode();
                    if (!open.isEmpty()) {
                        add(open.peek(), parser, container);
                    }
                    open.push(container);
                }
                case END_OBJECT, END_ARRAY -> {
                    ContainerNode<?> done = open.pop(); // already added to its parent when it started
                    if (open.isEmpty()) {
                        return done;
                    }
                }
                default -> {
                    JsonNode value = scalar(parser, token);
                    if (open.isEmpty()) {
                        return value;
                    }
                    add(open.peek(), parser, value);
                }
            }
        }
    }

    /** In an object, the parser's current name is the value's key (on START_OBJECT/START_ARRAY too). */
    private static void add(ContainerNode<?> parent, JsonParser parser, JsonNode value) throws IOException {
        if (parent instanceof ObjectNode object) {
            object.replace(parser.currentName(), value); // a duplicate key keeps its place, takes the last value
        } else {
            ((ArrayNode) parent).add(value);
        }
    }

    /** As databind's JsonNodeDeserializer by default: integers as the smallest type that holds them, other
     *  numbers as double. */
    private static JsonNode scalar(JsonParser parser, JsonToken token) throws IOException {
        return switch (token) {
            case VALUE_STRING -> NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
                case INT -> NODES.numberNode(parser.getIntValue());
                case LONG -> NODES.numberNode(parser.getLongValue());
                default -> NODES.numberNode(parser.getBigIntegerValue());
            };
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDoubleValue());
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            default -> throw new JsonParseException(parser, "Unexpected token " + token);
        };
    }

    /**
     * Compact UTF-8 JSON, byte for byte what {@code new ObjectMapper().writeValueAsBytes(node)} gives for
     * objects, arrays, strings, numbers, booleans and nulls.
     *
     * @throws IllegalArgumentException for a node JSON text cannot hold as such (POJO, binary, missing), or
     *         nesting deeper than jackson-core's StreamWriteConstraints allow
     */
    public static byte[] write(JsonNode node) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator generator = FACTORY.createGenerator(bytes, JsonEncoding.UTF8)) {
            write(generator, node);
        } catch (IOException e) {
            // A byte array involves no real I/O: only a constraint of the generator gets here.
            throw new IllegalArgumentException("cannot write the JSON tree", e);
        }
        return bytes.toByteArray();
    }

    /** Recursive, but bounded: the generator refuses nesting deeper than its StreamWriteConstraints. */
    private static void write(JsonGenerator generator, JsonNode node) throws IOException {
        switch (node.getNodeType()) {
            case OBJECT -> {
                generator.writeStartObject();
                for (Map.Entry<String, JsonNode> field : node.properties()) {
                    generator.writeFieldName(field.getKey());
                    write(generator, field.getValue());
                }
                generator.writeEndObject();
            }
            case ARRAY -> {
                generator.writeStartArray();
                for (JsonNode element : node) {
                    write(generator, element);
                }
                generator.writeEndArray();
            }
            case STRING -> generator.writeString(node.textValue());
            case NUMBER -> writeNumber(generator, node);
            case BOOLEAN -> generator.writeBoolean(node.booleanValue());
            case NULL -> generator.writeNull();
            default -> throw new IllegalArgumentException("not a JSON text value: " + node.getNodeType());
        }
    }

    /** Each kind of number node in its own type, as its own serialize() writes it. */
    private static void writeNumber(JsonGenerator generator, JsonNode node) throws IOException {
        switch (node.numberType()) {
            case INT -> generator.writeNumber(node.intValue());
            case LONG -> generator.writeNumber(node.longValue());
            case BIG_INTEGER -> generator.writeNumber(node.bigIntegerValue());
            case FLOAT -> generator.writeNumber(node.floatValue());
            case DOUBLE -> generator.writeNumber(node.doubleValue());
            case BIG_DECIMAL -> generator.writeNumber(node.decimalValue());
        }
    }
}
