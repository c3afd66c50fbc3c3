package dev.notionsetup.notion;

/**
 * A failed call, as a value. {@code status}, {@code code}, {@code message} and {@code requestId} are null
 * where they do not exist (no HTTP answer, no JSON body). {@code message} is already sanitized (no control
 * characters or escape sequences) and never contains the token. {@code detail} is our own one-line
 * explanation of what happened, suitable to show as-is.
 */
public record ApiFailure(FailureKind kind, Integer status, String code, String message, String requestId,
                         String detail) {
}
