package dev.notionsetup.flow;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/**
 * One step as declared in the flow resource. Fields a type does not use stay null; each step type checks
 * the fields it needs when it is built, so a typo in the flow fails at load time, not mid-wizard.
 *
 * @param id        stable name used by branches ("next", option targets)
 * @param number    the seed's step number, shown as "Step N of total"; 0 for a step beyond the seed's ten,
 *                  which is headed by its {@code title} instead
 * @param type      registered step type: info, open-url, choice, input, confirm, validate
 * @param title     heading of an unnumbered step
 * @param text      the seed's text for the step
 * @param next      id of the step that follows (default: the next one in the list)
 * @param url       open-url: the page to open
 * @param options   choice: the options with the step each leads to
 * @param repeat    confirm: id of the step whose instructions are shown again when the answer is "no"
 * @param variable  input/validate: the context name the value is stored under / read from
 * @param secret    input: read with the typed characters hidden
 * @param format    input: the named check the value must pass (e.g. "notion-token")
 * @param success   validate: text on success
 * @param failure   validate: text on failure
 * @param retryStep validate: where "enter it again" goes
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record StepSpec(String id, int number, String type, String title, String text, String next, String url,
                       List<Option> options, String repeat, String variable, Boolean secret, String format,
                       String success, String failure, String retryStep) {

    /** A choice option: the label shown and the step it leads to. */
    public record Option(String label, String next) {
    }

    public String require(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("flow step '" + id + "' (" + type + ") needs \"" + field + "\"");
        }
        return value;
    }

    /** "Step 7 of 10" for the seed's steps, the title for the ones after them. */
    public String heading(int total) {
        return number > 0 ? "Step " + number + " of " + total : require("title", title);
    }

    public boolean isSecret() {
        return Boolean.TRUE.equals(secret);
    }
}
