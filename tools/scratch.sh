# Sourced by the scripts that check or time the built tool (bench/startup.sh, bench/launcher-check.sh,
# src/dist/check.sh), so they clean up alike: a scratch folder removed on exit, after the loopback server the
# script started (its pid in $server_pid) is stopped; and a check's "ok"/"FAIL" lines, counted in $failures.
# POSIX sh, for launcher-check.sh.  Usage: . "$repo/tools/scratch.sh"; scratch NAME

# scratch NAME: $work is a new folder under $TMPDIR named after NAME, gone when the script exits for any
# reason; an interrupt exits 130.
scratch() {
    work=$(mktemp -d "${TMPDIR:-/tmp}/$1.XXXXXX")
    server_pid=
    trap stop_scratch EXIT
    trap 'exit 130' HUP INT TERM
}

stop_scratch() {
    if [ -n "$server_pid" ]; then
        kill "$server_pid" 2>/dev/null || :
        wait "$server_pid" 2>/dev/null || :
    fi
    rm -rf "$work"
}

failures=0
pass() { printf 'ok    %s\n' "$1"; }
flunk() { # flunk WHAT [DETAIL]
    printf 'FAIL  %s\n' "$1"
    [ -n "${2:-}" ] && printf '        %s\n' "$2"
    failures=$((failures + 1))
}
