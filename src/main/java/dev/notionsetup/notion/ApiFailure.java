package dev.notionsetup.notion;

/**
 * A failed call, as a value. {@code status}, {@code code}, {@code message} and {@code requestId} are null
 * where they do not exist (no HTTP answer, no JSON body). {@code message} is already sanitized (no control
 * characters or escape sequences) and never contains the token. {@code detail} is our own one-line
 * explanation of what happened, suitable to show as-is. {@code fix} is our one line of what to do when the
 * answer itself says more than its kind does (a page given as a database, a multi-source database on an old
 * version, a wrong --api-url path); null means the kind's general advice applies.
 *
 * @param multipleDataSources the version to ask again with when Notion refused a database because it has
 *                            several data sources and the version sent cannot read them; null otherwise
 */
public record ApiFailure(FailureKind kind, Integer status, String code, String message, String requestId,
                         String detail, String fix, NotionVersion multipleDataSources) {

    public ApiFailure(FailureKind kind, Integer status, String code, String message, String requestId,
                      String detail) {
        this(kind, status, code, message, requestId, detail, null, null);
    }

    public ApiFailure(FailureKind kind, Integer status, String code, String message, String requestId,
                      String detail, String fix) {
        this(kind, status, code, message, requestId, detail, fix, null);
    }

    /** A failure with no Notion error behind it: nothing was sent, nothing came back, or not what was asked. */
    public static ApiFailure ours(FailureKind kind, String detail, String fix) {
        return new ApiFailure(kind, null, null, null, null, detail, fix, null);
    }

    /** An answer that is not Notion's: only its status and request id are kept. */
    static ApiFailure notNotions(int status, String requestId, String detail, String fix) {
        return new ApiFailure(FailureKind.UNEXPECTED_RESPONSE, status, null, null, requestId, detail, fix, null);
    }

    /** What to do: the answer's own advice when it said more than its kind, else the kind's. */
    public String advice() {
        return fix != null && !fix.isBlank() ? fix : kind.fix();
    }

    ApiFailure withDetail(String newDetail, String newFix) {
        return new ApiFailure(kind, status, code, message, requestId, newDetail, newFix, multipleDataSources);
    }

    ApiFailure withKind(FailureKind newKind, String newDetail, String newFix) {
        return new ApiFailure(newKind, status, code, message, requestId, newDetail, newFix, multipleDataSources);
    }
}
