#!/bin/sh
# shellcheck disable=SC2015,SC3013 # `check && pass || flunk` (pass cannot fail); test -nt (see the launcher)
# Checks that the launcher runs the tool correctly whatever state its class-data-sharing archive is in:
# missing, fresh, stale, truncated, garbage, from another JDK, locked by another run, or in a read-only
# directory; and that it passes arguments, exit codes and JAVA_OPTS through. Works on a scratch copy of the
# launcher and the built jar (the repository's target/ is not touched), needs no network, takes ~20 s.
# Exits non-zero if any check fails.  Usage: bench/launcher-check.sh
set -u

repo=$(CDPATH='' cd -- "$(dirname -- "$0")/.." && pwd -P)
work=$(mktemp -d "${TMPDIR:-/tmp}/launcher-check.XXXXXX")
trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT
trap 'exit 130' HUP INT TERM

failures=0
pass() { printf 'ok    %s\n' "$1"; }
flunk() {
    printf 'FAIL  %s\n' "$1"
    [ -n "${2:-}" ] && printf '        %s\n' "$2"
    failures=$((failures + 1))
}

# The jar, built by the real launcher if needed (quietly), then copied with the launcher into a scratch home.
"$repo/notion-setup" --version >/dev/null 2>"$work/build.log" || {
    cat "$work/build.log"
    echo "launcher-check: cannot build or run the jar" >&2
    exit 1
}
home=$work/home
mkdir -p "$home/target" "$home/tools"
cp "$repo/notion-setup" "$home/"
cp "$repo/target/notion-setup.jar" "$home/target/"
cp "$repo/tools/fake-notion.py" "$home/tools/" 2>/dev/null || :
launcher=$home/notion-setup
cwd=$work/cwd
mkdir -p "$cwd"

# Read-only directories: root ignores permissions, so as root those cases run as nobody (setpriv).
as_nobody=
if [ "$(id -u)" -eq 0 ]; then
    command -v setpriv >/dev/null 2>&1 && as_nobody="setpriv --reuid=65534 --regid=65534 --clear-groups"
else
    as_nobody=" "
fi

java_home=$(dirname -- "$(dirname -- "$(readlink -f "$(command -v java)")")")
jdk_id=$(sed -n 's/^JAVA_RUNTIME_VERSION="\(.*\)"$/\1/p' "$java_home/release")
archive=$home/target/notion-setup-$jdk_id.jsa

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

# archive_used NAME: picocli's classes came from the application archive (the JDK's own has none of them).
archive_used() {
    # --help, not --version: a lone --version is answered before picocli loads at all.
    run "$1-classes" "JAVA_OPTS=-Xlog:class+load=info:file=$work/$1.classes" -- --help
    if grep -q 'picocli.CommandLine source: shared objects file' "$work/$1.classes" 2>/dev/null; then
        pass "$1: the archive is used"
    else
        flunk "$1: the archive is used" "picocli.CommandLine was not loaded from the archive"
    fi
}

mtime() { stat -c %Y.%y "$1" 2>/dev/null || echo none; }

# Read-only directories: run_read_only NAME [ENV=VALUE] ARGS... runs the launcher as a user who cannot write
# to target/ (nobody, if we are root), with target/ made read-only for the run.
run_read_only() {
    chmod -R a+rX "$work"
    chmod a-w "$home/target"
    launcher_real=$launcher
    launcher=$work/as-nobody
    printf '#!/bin/sh\nexec %s "%s" "$@"\n' "$as_nobody" "$launcher_real" >"$launcher"
    chmod a+rx "$launcher"
    run "$@"
    launcher=$launcher_real
    chmod u+w "$home/target"
}

# 1. Read-only directory and no archive: the tool runs anyway and writes nothing (no archive, no marker, no
#    scratch directory), so it does not keep trying either.
if [ -n "$as_nobody" ]; then
    listing=$(ls -A "$home/target")
    run_read_only ro-none -- --version
    expect_version "read-only directory, no archive: --version runs"
    [ "$(ls -A "$home/target")" = "$listing" ] && pass "read-only directory: nothing written" ||
        flunk "read-only directory: nothing written" "$(ls -A "$home/target")"
else
    printf 'skip  read-only directory (running as root without setpriv)\n'
fi

# 2. No archive yet: the run works, and leaves a usable archive and its stamp behind.
run missing -- --version
expect_version "missing archive: --version runs"
if [ -f "$archive" ] && [ -f "$archive.ok" ] && ! ls -d "$home"/target/.cds-training.* >/dev/null 2>&1; then
    pass "missing archive: created (and no scratch or lock left behind)"
else
    flunk "missing archive: created" "$(ls -a "$home/target")"
fi
archive_used fresh

# 3. A fresh archive is reused, not made again; also from a read-only directory.
before=$(mtime "$archive")
run reuse -- --version
expect_version "fresh archive: --version runs"
[ "$(mtime "$archive")" = "$before" ] && pass "fresh archive: reused" || flunk "fresh archive: reused" "it was rewritten"
if [ -n "$as_nobody" ]; then
    run_read_only ro-used "JAVA_OPTS=-Xlog:class+load=info:stderr" -- --help
    printf '%s' "$err" | grep -q 'picocli.CommandLine source: shared objects file' &&
        pass "read-only directory with an archive: it is used" ||
        flunk "read-only directory with an archive: it is used" "exit $rc; $(printf '%s' "$err" | tail -n 3)"
fi

# 4. Stale: the jar was rebuilt after the archive was made. Two runs at once: both work, one makes the
#    archive (the other runs without it meanwhile), and what is left is whole and used.
sleep 1
touch "$home/target/notion-setup.jar"
run stale-a -- --version &
run stale-b -- --version
wait
run stale-a-result -- --version # (the background run's $rc is lost: check its files instead)
for name in stale-a stale-b; do
    if [ "$(sed -n 1p "$work/$name.out")" = "$(sed -n 1p "$work/stale-a-result.out")" ] &&
        [ "$(wc -l <"$work/$name.out")" -eq 2 ] && [ ! -s "$work/$name.err" ]; then
        pass "stale archive (jar rebuilt), two runs at once: $name printed the version, nothing else"
    else
        flunk "stale archive, two runs at once: $name" "$(cat "$work/$name.out" "$work/$name.err")"
    fi
done
[ "$archive.ok" -nt "$home/target/notion-setup.jar" ] && pass "stale archive: made again" ||
    flunk "stale archive: made again" "stamp is not newer than the jar"
archive_used stale

# 5. Truncated after it was made (an interrupted copy, a full disk): JDK 17 would crash mapping it, so the
#    launcher must notice (it was changed after its stamp) and make it again rather than use it.
chmod u+w "$archive"
head -c 1000000 "$archive" >"$work/truncated" && cat "$work/truncated" >"$archive"
run truncated -- --version
expect_version "truncated archive: --version runs"
[ "$(wc -c <"$archive")" -gt 1000000 ] && pass "truncated archive: made again" ||
    flunk "truncated archive: made again" "still $(wc -c <"$archive") bytes"

# 6. Garbage that the stamp vouches for (the launcher cannot tell): the JVM itself must refuse it, quietly.
chmod u+w "$archive"
head -c 200000 /dev/urandom >"$archive"
: >"$archive.ok"
run garbage -- --version
expect_version "garbage archive (stamped as good): --version runs, nothing printed"
run garbage-usage -- validate --no-such-option
[ "$rc" -eq 2 ] && [ -z "$out" ] && pass "garbage archive: a usage error is still exit 2, stdout clean" ||
    flunk "garbage archive: usage error" "exit $rc; stdout: $out"

# 7. From another JDK: another JDK's archive under this JDK's name (stamped as good) is refused quietly; and
#    a second JDK, if installed, gets its own archive and leaves this one alone.
other_java=
for dir in /usr/lib/jvm/*/ "${JAVA_HOME_OTHER:-}"; do
    [ -x "${dir%/}/bin/java" ] && [ -r "${dir%/}/release" ] || continue
    case $(readlink -f "${dir%/}/bin/java") in "$java_home"/*) continue ;; esac
    other_java=${dir%/}
    break
done
if [ -n "$other_java" ]; then
    other_id=$(sed -n 's/^JAVA_RUNTIME_VERSION="\(.*\)"$/\1/p' "$other_java/release")
    before=$(mtime "$archive")
    run other-jdk "PATH=$other_java/bin:$PATH" -- --version
    expect_version "another JDK ($other_id): --version runs"
    [ -f "$home/target/notion-setup-$other_id.jsa" ] && pass "another JDK: has its own archive" ||
        flunk "another JDK: has its own archive" "$(ls "$home/target")"
    [ "$(mtime "$archive")" = "$before" ] && pass "another JDK: leaves this JDK's archive alone" ||
        flunk "another JDK: leaves this JDK's archive alone"
    if [ -f "$home/target/notion-setup-$other_id.jsa" ]; then
        chmod u+w "$archive"
        cp "$home/target/notion-setup-$other_id.jsa" "$archive"
        : >"$archive.ok"
        run foreign -- --version
        expect_version "archive from another JDK (stamped as good): --version runs, nothing printed"
    fi
else
    chmod u+w "$archive"
    printf 'not an archive from any JDK\n' >"$archive"
    : >"$archive.ok"
    run foreign -- --version
    expect_version "archive from another JDK (simulated; no second JDK found): --version runs"
fi

# 8. Another run holds the lock: run without the archive, do not wait for it.
rm -f "$archive" "$archive.ok"
mkdir "$archive.lock"
run locked -- --version
expect_version "archive being made by another run: --version runs"
[ ! -f "$archive" ] && pass "locked: did not make a second one" || flunk "locked: did not make a second one"
rmdir "$archive.lock"

# 9. A JDK the launcher cannot identify (a wrapper script, no release file): no archive, no complaint.
mkdir -p "$work/wrapped/bin"
printf '#!/bin/sh\nexec "%s" "$@"\n' "$java_home/bin/java" >"$work/wrapped/bin/java"
chmod +x "$work/wrapped/bin/java"
run wrapped "PATH=$work/wrapped/bin:$PATH" -- --version
expect_version "java behind a wrapper script: --version runs"
[ ! -f "$archive" ] && pass "unidentified JDK: archive skipped" || flunk "unidentified JDK: archive skipped"

# 10. Pass-through: arguments with spaces, exit codes, JAVA_OPTS last (it overrides), CDS switched off.
run spaces -- validate --no-such-option "two words" '*'
[ "$rc" -eq 2 ] && printf '%s' "$err" | grep -q "'two words'" && printf '%s' "$err" | grep -q "'\*'" &&
    pass "arguments pass through whole and unglobbed; exit code 2 propagates" ||
    flunk "arguments pass through whole and unglobbed" "exit $rc; stderr: $err"
run share-off "JAVA_OPTS=-Xshare:off" -- --version
expect_version "JAVA_OPTS=-Xshare:off overrides the archive"
run full-jit "JAVA_OPTS=-XX:TieredStopAtLevel=4" -- --version
expect_version "JAVA_OPTS with full tiered compilation still starts (no single compiler thread then)"
run cds-off "NOTION_SETUP_CDS=off" "JAVA_OPTS=-Xlog:class+load=info:file=$work/cds-off.classes" -- --help
grep -q 'picocli.CommandLine source: file:' "$work/cds-off.classes" 2>/dev/null &&
    pass "NOTION_SETUP_CDS=off: no archive" || flunk "NOTION_SETUP_CDS=off: no archive"
mkdir -p "$work/no-java"
ln -s "$(command -v dirname)" "$work/no-java/dirname"
run no-java "PATH=$work/no-java" -- --version
[ "$rc" -eq 127 ] && printf '%s' "$err" | grep -q 'java was not found' &&
    pass "no java on PATH: exit 127 with a message" || flunk "no java on PATH" "exit $rc; stderr: $err"

if [ "$failures" -eq 0 ]; then
    echo "launcher-check: all passed"
else
    echo "launcher-check: $failures failed"
    exit 1
fi
