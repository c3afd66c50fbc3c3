package dev.notionsetup.report;

import dev.notionsetup.notion.ApiFailure;
import dev.notionsetup.prompt.Output;
import dev.notionsetup.prompt.Tone;

/**
 * How a run without a person ends on a failed call: one line of what happened, one of what to do, the JSON
 * error object when --json was given, and the failure's documented exit code.
 */
public final class FailureReport {
    private FailureReport() {
    }

    /** {@code what} is the full first line; {@code json} is null unless --json was given. */
    public static int stop(Output out, JsonReport json, String what, ApiFailure failure) {
        out.show(Tone.ERROR, what);
        out.show(Tone.HINT, FailureText.fix(failure));
        if (json != null) {
            json.failure(failure).print();
        }
        return failure.kind().exitCode();
    }
}
