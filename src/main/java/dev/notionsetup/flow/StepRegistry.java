package dev.notionsetup.flow;

import java.util.LinkedHashMap;
import java.util.Map;

/** Step types by name. A new step type is one class plus one {@link #register} call. */
public final class StepRegistry {
    private final Map<String, StepFactory> factories = new LinkedHashMap<>();

    public StepRegistry register(String type, StepFactory factory) {
        if (factories.putIfAbsent(type, factory) != null) {
            throw new IllegalArgumentException("step type '" + type + "' is already registered");
        }
        return this;
    }

    public Step create(StepSpec spec) {
        StepFactory factory = factories.get(spec.type());
        if (factory == null) {
            throw new IllegalStateException("flow step '" + spec.id() + "' has unknown type '" + spec.type()
                    + "'; known types: " + String.join(", ", factories.keySet()));
        }
        return factory.create(spec);
    }
}
