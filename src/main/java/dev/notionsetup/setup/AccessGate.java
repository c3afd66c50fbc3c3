package dev.notionsetup.setup;

import dev.notionsetup.ExitCode;
import dev.notionsetup.notion.AccessSummary;
import dev.notionsetup.notion.ApiResult;
import dev.notionsetup.notion.CredentialKind;
import dev.notionsetup.notion.NotionClient;
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
    private final NotionClient client;

    public AccessGate(Output out, JsonReport json, NotionClient client) {
        this.out = out;
        this.json = json;
        this.client = client;
    }

    /** The exit code to stop with, or empty to carry on. */
    public OptionalInt check(String token, boolean required) {
        return check(token, required, CredentialKind.INTERNAL_CONNECTION);
    }

    /**
     * As {@link #check(String, boolean)}, worded for the kind of credential: a personal token sees what its
     * owner sees, so "nothing visible" is not about sharing.
     */
    public OptionalInt check(String token, boolean required, CredentialKind kind) {
        ApiResult<AccessSummary> result = client.checkAccess(token);
        if (result instanceof ApiResult.Failed<AccessSummary> failed) {
            String what = "Couldn't check what the token can see: " + failed.failure().detail();
            if (required) {
                return OptionalInt.of(json.stop(out, what, failed.failure()));
            }
            out.show(Tone.WARNING, what);
            out.show(Tone.HINT, failed.failure().advice());
            return OptionalInt.empty();
        }
        AccessSummary access = ((ApiResult.Ok<AccessSummary>) result).value();
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
