package dev.notionsetup.notion;

import java.util.function.Function;

/** The outcome of one logical call to Notion (after retries): a value or a failure, never an exception. */
public sealed interface ApiResult<T> permits ApiResult.Ok, ApiResult.Failed {

    record Ok<T>(T value) implements ApiResult<T> {
    }

    record Failed<T>(ApiFailure failure) implements ApiResult<T> {
    }

    default boolean isOk() {
        return this instanceof Ok<T>;
    }

    /** The value, for a caller that has already dealt with the failure. */
    default T orElseThrow() {
        return fold(value -> value, failure -> {
            throw new IllegalStateException("a failed call has no value");
        });
    }

    /** {@code ok} of the value, or {@code failed} of the failure. */
    default <R> R fold(Function<T, R> ok, Function<ApiFailure, R> failed) {
        if (this instanceof Ok<T> done) {
            return ok.apply(done.value());
        }
        return failed.apply(((Failed<T>) this).failure());
    }

    /** The value mapped, or the same failure. */
    default <R> ApiResult<R> map(Function<T, R> f) {
        return fold(value -> new Ok<>(f.apply(value)), Failed::new);
    }
}
