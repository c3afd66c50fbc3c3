package dev.notionsetup.flow;

/** Builds a step of one type from its declaration; the factory already holds the services the step needs. */
@FunctionalInterface
public interface StepFactory {
    Step create(StepSpec spec);
}
