package dev.notionsetup.notion;

/** The outcome of one logical call to Notion (after retries): a value or a failure, never an exception. */
public sealed interface ApiResult<T> permits ApiResult.Ok, ApiResult.Failed {

    record Ok<T>(T value) implements ApiResult<T> {
    }

    record Failed<T>(ApiFailure failure) implements ApiResult<T> {
    }
}
