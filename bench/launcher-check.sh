#!/bin/sh
# shellcheck disable=SC2015 # `check && pass || flunk` (pass cannot fail)
# Checks that the launcher runs the tool correctly whatever the class-data-sharing archive next to the jar is:
# missing, used, made for an older jar, garbage, or run by another JDK; that it passes arguments, exit codes
# and JAVA_OPTS through; and that a JVM crash during a --token run leaves no crash file and no banner on
# stdout. Works on a scratch copy of the launcher, jar and archive (the repository's target/ is not touched),
# needs no network. Exits non-zero if any check fails.  Usage: bench/launcher-check.sh
set -u

repo=$(CDPATH='' cd -- "$(dirname -- "$0")/.." && pwd -P)
# shellcheck source=tools/scratch.sh
. "$repo/tools/scratch.sh"
scratch launcher-check

# The jar and its archive, built by the real launcher if needed, then copied with the launcher into a scratch
# home. The archive is made again there, for the copied jar (the JVM checks the jar's path, size and time).
"$repo/notion-setup" --version >/dev/null 2>"$work/build.log" || {
    cat "$work/build.log"
    echo "launcher-check: cannot build or run the jar" >&2
    exit 1
}
home=$work/home
mkdir -p "$home/target"
cp "$repo/notion-setup" "$home/"
cp -p "$repo/target/notion-setup.jar" "$home/target/"
archive=$home/target/notion-setup.jsa
sh "$repo/tools/cds-train.sh" "$archive" "$(command -v java)" "$home/target/notion-setup.jar" ||
    { echo "launcher-check: tools/cds-train.sh could not make an archive" >&2; exit 1; }
cp "$archive" "$work/good.jsa"
launcher=$home/notion-setup
cwd=$work/cwd
mkdir -p "$cwd"

# run NAME [ENV=VALUE...] -- ARGS...: runs the launcher from $cwd with stdin closed; sets $rc, $out, $err.
run() {
    name=$1
    shift
    envs=
    while [ "$1" != -- ]; do
        envs="$envs $1"
        shift
    done
    shift
    # A clean environment (no NOTION_API_KEY, proxy or JAVA_OPTS of the caller's), then the case's own.
    # shellcheck disable=SC2086 # $envs is a list of NAME=VALUE words
    (cd "$cwd" && env -i PATH="$PATH" HOME="$work" LANG=C.UTF-8 $envs "$launcher" "$@") \
        </dev/null >"$work/$name.out" 2>"$work/$name.err"
    rc=$?
    out=$(cat "$work/$name.out")
    err=$(cat "$work/$name.err")
}

# expect_version NAME: the run printed exactly the two version lines, nothing on stderr, and exited 0.
expect_version() {
    first=$(printf '%s\n' "$out" | sed -n 1p)
    lines=$(printf '%s\n' "$out" | wc -l)
    if [ "$rc" -eq 0 ] && [ "${first#notion-setup }" != "$first" ] && [ "$lines" -eq 2 ] && [ -z "$err" ]; then
        pass "$1"
    else
        flunk "$1" "exit $rc; stdout: $(printf '%s' "$out" | head -c 300); stderr: $(printf '%s' "$err" | head -c 300)"
    fi
}

# picocli_from NAME SOURCE: a --help run loaded picocli.CommandLine from SOURCE ("shared objects file" is
# the archive; the JDK's own archive has no picocli class).
picocli_from() {
    run "$1-classes" "JAVA_OPTS=-Xlog:class+load=info:file=$work/$1.classes" -- --help
    grep -q "picocli.CommandLine source: $2" "$work/$1.classes" 2>/dev/null
}

# 1. The archive that cds-train.sh made is used, quietly.
run fresh -- --version
expect_version "archive in place: --version runs"
picocli_from fresh "shared objects file" && pass "archive in place: it is used" ||
    flunk "archive in place: it is used" "picocli.CommandLine was not loaded from the archive"

# 2. No archive (e.g. -Dcds.skip, or training failed): the jar runs without one.
rm -f "$archive"
run missing -- --version
expect_version "no archive: --version runs"
picocli_from missing "file:" && pass "no archive: classes come from the jar" || flunk "no archive: classes from the jar"

# 3. The jar was rebuilt after the archive was made: the JVM ignores the archive, quietly.
cp "$work/good.jsa" "$archive"
sleep 1
touch "$home/target/notion-setup.jar"
run stale -- --version
expect_version "archive older than the jar: --version runs, nothing printed"
picocli_from stale "file:" && pass "archive older than the jar: not used" || flunk "archive older than the jar: not used"
run stale-usage -- validate --no-such-option
[ "$rc" -eq 2 ] && [ -z "$out" ] && pass "archive older than the jar: a usage error is still exit 2, stdout clean" ||
    flunk "archive older than the jar: usage error" "exit $rc; stdout: $out"

# 4. Garbage with the archive's name (not a truncated archive: JDK 17 aborts on one of those, see
#    docs/performance.md; the archive is only ever renamed into place whole).
head -c 200000 /dev/urandom >"$archive"
run garbage -- --version
expect_version "garbage archive: --version runs, nothing printed"

# 5. Another JDK than the one that made the archive, if one is installed: ignored quietly.
java_home=$(dirname -- "$(dirname -- "$(readlink -f "$(command -v java)")")")
other_java=
for dir in /usr/lib/jvm/*/ "${JAVA_HOME_OTHER:-}"; do
    [ -x "${dir%/}/bin/java" ] || continue
    case $(readlink -f "${dir%/}/bin/java") in "$java_home"/*) continue ;; esac
    other_java=${dir%/}
    break
done
if [ -n "$other_java" ]; then
    cp "$work/good.jsa" "$archive"
    touch -r "$work/good.jsa" "$home/target/notion-setup.jar" 2>/dev/null || :
    run other-jdk "PATH=$other_java/bin:$PATH" -- --version
    expect_version "archive run by another JDK ($other_java): --version runs, nothing printed"
else
    printf 'skip  another JDK (none found in /usr/lib/jvm; set JAVA_HOME_OTHER)\n'
fi

# 6. Pass-through: arguments with spaces, exit codes, JAVA_OPTS last (it overrides), no java on PATH.
run spaces -- validate --no-such-option "two words" '*'
[ "$rc" -eq 2 ] && printf '%s' "$err" | grep -q "'two words'" && printf '%s' "$err" | grep -q "'\*'" &&
    pass "arguments pass through whole and unglobbed; exit code 2 propagates" ||
    flunk "arguments pass through whole and unglobbed" "exit $rc; stderr: $err"
run share-off "JAVA_OPTS=-Xshare:off" -- --version
expect_version "JAVA_OPTS=-Xshare:off overrides the archive"
run full-jit "JAVA_OPTS=-XX:TieredStopAtLevel=4" -- --version
expect_version "JAVA_OPTS with full tiered compilation still starts (no single compiler thread then)"
mkdir -p "$work/no-java"
ln -s "$(command -v dirname)" "$work/no-java/dirname"
run no-java "PATH=$work/no-java" -- --version
[ "$rc" -eq 127 ] && printf '%s' "$err" | grep -q 'java was not found' &&
    pass "no java on PATH: exit 127 with a message" || flunk "no java on PATH" "exit $rc; stderr: $err"

# 7. A JVM crash (kill -SEGV) during a --token --json run, while it waits for an API that accepted the
#    connection and never answers: no hs_err_pid*.log (it would hold the command line, token included) in the
#    working folder, nothing on stdout (a crash banner would corrupt --json), and no token anywhere.
if command -v python3 >/dev/null 2>&1; then
    token=ntn_FAKEcrashcrashcrashcrashcrashcrashcrashcras
    python3 -c '
import socket, sys, time
s = socket.socket()
s.bind(("127.0.0.1", 0))
s.listen(4)
print(s.getsockname()[1], flush=True)
c, _ = s.accept()
print("connected", flush=True)
time.sleep(120)' >"$work/server.out" 2>/dev/null &
    server_pid=$!
    tries=0
    while [ ! -s "$work/server.out" ] && [ "$tries" -lt 100 ]; do sleep 0.1; tries=$((tries + 1)); done
    port=$(head -n 1 "$work/server.out")
    (cd "$cwd" && exec env -i PATH="$PATH" HOME="$work" LANG=C.UTF-8 "$launcher" validate --json \
        --api-url "http://127.0.0.1:$port" --timeout 60 --token "$token") </dev/null >"$work/crash.out" 2>"$work/crash.err" &
    tool=$!
    tries=0
    while ! grep -q connected "$work/server.out" && [ "$tries" -lt 600 ]; do sleep 0.1; tries=$((tries + 1)); done
    kill -SEGV "$tool" 2>/dev/null
    wait "$tool" 2>/dev/null # (the shell would report "Aborted")
    rc=$?
    left=$(ls -A "$cwd")
    if [ "$rc" -ne 0 ] && [ -z "$left" ] && [ ! -s "$work/crash.out" ] &&
        ! grep -q "$token" "$work/crash.err" && grep -q connected "$work/server.out"; then
        pass "JVM crash during a --token --json run (exit $rc): no crash file, stdout empty, no token"
    else
        flunk "JVM crash during a --token --json run" \
            "exit $rc; left in the working folder: $left; stdout: $(head -c 300 "$work/crash.out")"
    fi
    rm -f "$cwd"/hs_err_pid*.log
else
    printf 'skip  JVM crash (needs python3 for the loopback server)\n'
fi

if [ "$failures" -eq 0 ]; then
    echo "launcher-check: all passed"
else
    echo "launcher-check: $failures failed"
    exit 1
fi
