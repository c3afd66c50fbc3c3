package dev.notionsetup.flow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The steps of a wizard in order, each with an id for branches to point at and a heading ("Step 7 of 10",
 * or a title for the steps after the numbered ones). Built once; {@link Builder#build} checks that ids are
 * unique and every "then" and every step's {@link Step#targets} point at a real step.
 *
 * @param <C> what the steps are run with: the services they use and the answers so far
 */
public final class Flow<C> {
    private record Entry<C>(String id, String heading, Step<C> step, String next) {
    }

    private final List<Entry<C>> entries;
    private final Map<String, Integer> indexById;

    private Flow(List<Entry<C>> entries, Map<String, Integer> indexById) {
        this.entries = List.copyOf(entries);
        this.indexById = Map.copyOf(indexById);
    }

    /** A flow whose numbered steps are shown as "Step N of {@code total}". */
    public static <C> Builder<C> numbered(int total) {
        return new Builder<>(total);
    }

    public String firstId() {
        return entries.get(0).id();
    }

    public String heading(String id) {
        return entry(id).heading();
    }

    public Step<C> step(String id) {
        return entry(id).step();
    }

    /** The declared successor: "then" when given, else the following step in the list; empty at the end. */
    public Optional<String> after(String id) {
        Entry<C> entry = entry(id);
        if (entry.next() != null) {
            return Optional.of(entry.next());
        }
        int index = indexById.get(id);
        return index + 1 < entries.size() ? Optional.of(entries.get(index + 1).id()) : Optional.empty();
    }

    /** The id of the first step of this type. */
    public String firstOf(Class<?> stepType) {
        return entries.stream().filter(e -> stepType.isInstance(e.step())).map(Entry::id).findFirst()
                .orElseThrow(() -> new IllegalStateException("the flow has no " + stepType.getSimpleName()));
    }

    private Entry<C> entry(String id) {
        Integer index = indexById.get(id);
        if (index == null) {
            throw new IllegalArgumentException("no step '" + id + "'");
        }
        return entries.get(index);
    }

    /** Adds steps in the order they run. */
    public static final class Builder<C> {
        private final int total;
        private final List<Entry<C>> entries = new ArrayList<>();
        private final List<String> targets = new ArrayList<>();

        private Builder(int total) {
            this.total = total;
        }

        /** Step {@code number} of the total; the following step comes next. */
        public Builder<C> step(int number, String id, Step<C> step) {
            return add(id, "Step " + number + " of " + total, step, null);
        }

        /** Step {@code number} of the total, followed by the step {@code then}. */
        public Builder<C> step(int number, String id, Step<C> step, String then) {
            return add(id, "Step " + number + " of " + total, step, then);
        }

        /** A step after the numbered ones, headed by its title. */
        public Builder<C> extra(String id, String title, Step<C> step) {
            return add(id, title, step, null);
        }

        private Builder<C> add(String id, String heading, Step<C> step, String then) {
            entries.add(new Entry<>(id, heading, step, then));
            if (then != null) {
                targets.add(then);
            }
            targets.addAll(step.targets());
            return this;
        }

        public Flow<C> build() {
            if (entries.isEmpty()) {
                throw new IllegalStateException("a flow needs steps");
            }
            Map<String, Integer> indexById = new HashMap<>();
            for (int i = 0; i < entries.size(); i++) {
                if (indexById.putIfAbsent(entries.get(i).id(), i) != null) {
                    throw new IllegalStateException("flow step id '" + entries.get(i).id() + "' is used twice");
                }
            }
            for (String target : targets) {
                if (!indexById.containsKey(target)) {
                    throw new IllegalStateException("a flow step points at unknown step '" + target + "'");
                }
            }
            return new Flow<>(entries, indexById);
        }
    }
}
