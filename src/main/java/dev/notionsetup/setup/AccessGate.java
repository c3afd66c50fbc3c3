package dev.notionsetup.setup;

import dev.notionsetup.ExitCode;
import dev.notionsetup.notion.AccessSummary;
import dev.notionsetup.notion.ApiResult;
import dev.notionsetup.notion.CredentialKind;
import dev.notionsetup.prompt.Output;
import dev.notionsetup.prompt.Tone;
import dev.notionsetup.report.AccessText;
import dev.notionsetup.report.JsonReport;

import java.util.OptionalInt;

/**
 * --check-access / --require-access for the commands that run without a person: reports what the
 * integration can see and, when access is required, turns "nothing shared" into exit 4.
 */
public final class AccessGate {
    private final Output out;
    private final JsonReport json;

    public AccessGate(Output out, JsonReport json) {
        this.out = out;
        this.json = json;
    }

    /**
     * The exit code to stop with, or empty to carry on; worded for the kind of credential: a personal token
     * sees what its owner sees, so "nothing visible" is not about sharing.
     */
    public OptionalInt check(ApiResult<AccessSummary> result, boolean required, CredentialKind kind) {
        return result.fold(access -> report(access, required, kind), failure -> {
            String what = "Couldn't check what the token can see: " + failure.detail();
            if (required) {
                return OptionalInt.of(json.stop(out, what, failure));
            }
            out.show(Tone.WARNING, what);
            out.show(Tone.HINT, failure.advice());
            return OptionalInt.empty();
        });
    }

    private OptionalInt report(AccessSummary access, boolean required, CredentialKind kind) {
        json.access(access);
        if (!access.nothingShared()) {
            out.show(Tone.SUCCESS, AccessText.describe(access, kind));
            return OptionalInt.empty();
        }
        out.show(required ? Tone.ERROR : Tone.WARNING, AccessText.describe(access, kind));
        out.show(Tone.HINT, AccessText.whatToDo(kind));
        if (!required) {
            return OptionalInt.empty();
        }
        json.error("nothing_shared", AccessText.describe(access, kind), AccessText.whatToDo(kind)).print();
        return OptionalInt.of(ExitCode.NOTHING_SHARED.code());
    }
}
