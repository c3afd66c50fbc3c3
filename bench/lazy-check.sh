#!/usr/bin/env bash
# Checks that startup work stays lazy: --version and --help load no HTTP (okhttp3, okio), JSON
# (com.fasterxml), Kotlin or terminal (org.jline) classes; and that no run leaves a non-daemon thread behind
# (bench/ThreadCheck.java, JDK 17-23). Runs the jar directly (no CDS archive, so every class shows up with
# its source). Exits non-zero on any finding.  Usage: bench/lazy-check.sh
set -uo pipefail

repo=$(CDPATH='' cd -- "$(dirname -- "$0")/.." && pwd -P)
jar=$repo/target/notion-setup.jar
work=$(mktemp -d "${TMPDIR:-/tmp}/notion-setup-lazy.XXXXXX")
stub_pid=
cleanup() {
    [ -n "$stub_pid" ] && kill "$stub_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT
"$repo/notion-setup" --version >/dev/null || exit 1 # builds the jar if needed
cd "$work" || exit 1
failures=0

for args in --version --help "validate --help"; do
    # shellcheck disable=SC2086 # $args is a list of words
    java -Xshare:auto -Xlog:class+load=info:file="$work/classes.log" -jar "$jar" $args >/dev/null 2>&1
    loaded=$(grep -c 'source: ' "$work/classes.log")
    ours=$(grep -c ' dev\.notionsetup\.' "$work/classes.log")
    heavy=$(grep -E ' (okhttp3|okio|com\.fasterxml|kotlin|org\.jline)\.' "$work/classes.log" | awk '{ print $2 }')
    if [ -z "$heavy" ]; then
        printf 'ok    %-16s %4d classes (%d of ours), none from OkHttp, Okio, Jackson, Kotlin or JLine\n' \
            "$args" "$loaded" "$ours"
    else
        printf 'FAIL  %-16s loads library classes it does not need:\n' "$args"
        printf '%s\n' "$heavy" | sed 's/^/        /'
        failures=$((failures + 1))
    fi
done

feature=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
if [ "${feature:-0}" -ge 17 ] && [ "${feature:-0}" -le 23 ] && command -v python3 >/dev/null; then
    python3 "$repo/tools/fake-notion.py" --port 0 --accept-any --max-seconds 120 >"$work/port" 2>/dev/null &
    stub_pid=$!
    for _ in $(seq 50); do [ -s "$work/port" ] && break; sleep 0.1; done
    api=http://127.0.0.1:$(head -n 1 "$work/port")
    for args in --version --help "validate --json --api-url $api"; do
        # shellcheck disable=SC2086
        if NOTION_API_KEY=ntn_FAKEthreadsthreadsthreadsthreadsthreadsth \
            java -Djava.security.manager=allow -cp "$jar" "$repo/bench/ThreadCheck.java" $args \
            >/dev/null 2>"$work/threads.err"; then
            printf 'ok    %-16s no non-daemon thread left (%s)\n' "${args%% --api-url*}" \
                "$(grep -c 'daemon thread' "$work/threads.err") daemon"
        else
            printf 'FAIL  %-16s\n' "${args%% --api-url*}"
            grep 'thread-check' "$work/threads.err" | sed 's/^/        /'
            failures=$((failures + 1))
        fi
    done
else
    echo "skip  threads (needs JDK 17-23 and python3)"
fi

if [ "$failures" -ne 0 ]; then
    echo "lazy-check: $failures failed"
    exit 1
fi
echo "lazy-check: all passed"
