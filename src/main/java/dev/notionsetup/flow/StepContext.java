package dev.notionsetup.flow;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The answers so far, by name (an input step's variable, a validate step's result). One per run of the
 * wizard; values may be secrets, so this is never printed.
 */
public final class StepContext {
    private final Map<String, Object> values = new HashMap<>();

    public void put(String name, Object value) {
        values.put(name, value);
    }

    public void remove(String name) {
        values.remove(name);
    }

    public <T> Optional<T> get(String name, Class<T> type) {
        Object value = values.get(name);
        return type.isInstance(value) ? Optional.of(type.cast(value)) : Optional.empty();
    }

    @Override
    public String toString() {
        return "StepContext" + values.keySet();
    }
}
