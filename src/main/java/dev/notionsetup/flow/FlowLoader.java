package dev.notionsetup.flow;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads a flow definition from a JSON resource on the class path. Unknown fields are an error: typos show. */
public final class FlowLoader {
    public static final String NOTION_FLOW = "/dev/notionsetup/flows/notion-api.json";

    private FlowLoader() {
    }

    public static FlowDefinition load(String resource) {
        try (InputStream in = FlowLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("flow resource " + resource + " is missing from the jar");
            }
            return new ObjectMapper()
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(in, FlowDefinition.class);
        } catch (IOException e) {
            throw new UncheckedIOException("flow resource " + resource + " cannot be read", e);
        }
    }
}
