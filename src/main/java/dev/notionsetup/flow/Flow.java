package dev.notionsetup.flow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A flow definition with its steps built and every reference checked: ids unique, every "next", option,
 * "repeat" and "retryStep" pointing at a real step, numbers within 1..total.
 */
public final class Flow {
    private final FlowDefinition definition;
    private final List<StepSpec> specs;
    private final Map<String, Integer> indexById = new HashMap<>();
    private final Map<String, Step> stepsById = new HashMap<>();

    public Flow(FlowDefinition definition, StepRegistry registry) {
        this.definition = definition;
        this.specs = new ArrayList<>(definition.steps());
        if (specs.isEmpty()) {
            throw new IllegalStateException("flow '" + definition.title() + "' has no steps");
        }
        for (int i = 0; i < specs.size(); i++) {
            StepSpec spec = specs.get(i);
            spec.require("id", spec.id());
            if (indexById.putIfAbsent(spec.id(), i) != null) {
                throw new IllegalStateException("flow step id '" + spec.id() + "' is used twice");
            }
            if (spec.number() < 0 || spec.number() > definition.total()) {
                throw new IllegalStateException("flow step '" + spec.id() + "' has number " + spec.number()
                        + " outside 0.." + definition.total());
            }
            spec.heading(definition.total());
        }
        for (StepSpec spec : specs) {
            checkTarget(spec, spec.next());
            checkTarget(spec, spec.repeat());
            checkTarget(spec, spec.retryStep());
            if (spec.options() != null) {
                spec.options().forEach(o -> checkTarget(spec, o.next()));
            }
            stepsById.put(spec.id(), registry.create(spec));
        }
    }

    private void checkTarget(StepSpec from, String target) {
        if (target != null && !indexById.containsKey(target)) {
            throw new IllegalStateException("flow step '" + from.id() + "' points at unknown step '" + target + "'");
        }
    }

    public FlowDefinition definition() {
        return definition;
    }

    public StepSpec first() {
        return specs.get(0);
    }

    public StepSpec spec(String id) {
        Integer index = indexById.get(id);
        if (index == null) {
            throw new IllegalArgumentException("no step '" + id + "'");
        }
        return specs.get(index);
    }

    public Step step(String id) {
        return stepsById.get(id);
    }

    /** The declared successor: "next" when given, else the following step in the list; empty at the end. */
    public Optional<StepSpec> after(StepSpec spec) {
        if (spec.next() != null) {
            return Optional.of(spec(spec.next()));
        }
        int index = indexById.get(spec.id());
        return index + 1 < specs.size() ? Optional.of(specs.get(index + 1)) : Optional.empty();
    }
}
