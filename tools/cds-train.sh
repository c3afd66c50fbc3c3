#!/bin/sh
# Makes the class-data-sharing (CDS) archive of notion-setup: the classes a few typical runs load, stored so
# the JVM maps them at start instead of reading, parsing and verifying them on every run.
#
#   tools/cds-train.sh ARCHIVE JAVA JAR
#
# ARCHIVE is written to a temporary name next to it and renamed into place only once JAVA has proved it can
# map it, so a reader never sees half an archive. JAVA must be the java that will run JAR with the archive:
# the JVM silently ignores an archive made by another JDK or for another jar. `mvn package` runs this for
# target/notion-setup.jsa; a packaged runtime image can run it with its own bin/java.
#
# Exit 0 when the archive was made, 1 when it could not be (the tool then simply starts without one; no
# archive is left behind). Quiet unless it fails. Uses only loopback, a scratch folder and a fake token.
set -eu

[ $# -eq 3 ] || { echo "usage: tools/cds-train.sh ARCHIVE JAVA JAR" >&2; exit 2; }
archive=$1 java=$2 jar=$3
tools=$(CDPATH='' cd -- "$(dirname -- "$0")" && pwd -P)
case $jar in /*) ;; *) jar=$PWD/$jar ;; esac # the archive records the jar's path: make it absolute
archive_dir=$(dirname -- "$archive")

# A static archive (-Xshare:dump from class lists), not a dynamic one (-XX:ArchiveClassesAtExit) or a JDK 24+
# AOT cache: picocli ships Java 5 class files, which those drop once linked, together with every class that
# implements a picocli interface. docs/performance.md has the measurements.
# C1 only and the serial collector, as the launcher runs: the training runs load the classes real runs load.
opts="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData"

work=$(mktemp -d "${TMPDIR:-/tmp}/notion-setup-cds.XXXXXX")
stub_pid=
cleanup() {
    [ -z "$stub_pid" ] || kill "$stub_pid" 2>/dev/null || :
    rm -rf "$work"
    rm -f "$archive_dir/.cds-train.$$.jsa"
}
trap cleanup EXIT
trap 'exit 130' HUP INT TERM

# Runs the jar once, listing the classes it loads in $work/NAME.classlist. Never prompts (stdin is /dev/null,
# so no terminal) and sees none of the caller's environment, files or token.
train() {
    name=$1
    shift
    # shellcheck disable=SC2086 # opts is a list of words
    (cd "$work" && exec env -i PATH="$PATH" HOME="$work" LANG=C.UTF-8 TERM=dumb \
        "$java" $opts "-XX:DumpLoadedClassList=$work/$name.classlist" -jar "$jar" "$@") \
        </dev/null >/dev/null 2>&1 || :
}

# The API: the loopback stand-in when python3 is there (the success path, as most real runs take), else a
# closed loopback port (the error path, after a few seconds of the client's retries).
token=ntn_FAKEabcdefghijklmnopqrstuvwxyzabcdefghijklmnop # obviously fake, shaped like a real one
api=http://127.0.0.1:9
if command -v python3 >/dev/null 2>&1; then
    python3 "$tools/fake-notion.py" --port 0 --accept-any --max-seconds 60 >"$work/stub.port" 2>/dev/null </dev/null &
    stub_pid=$!
    tries=0
    while [ ! -s "$work/stub.port" ] && [ "$tries" -lt 100 ] && kill -0 "$stub_pid" 2>/dev/null; do
        sleep 0.1
        tries=$((tries + 1))
    done
    port=$(head -n 1 "$work/stub.port" 2>/dev/null || :)
    case $port in '' | *[!0-9]*) ;; *) api=http://127.0.0.1:$port ;; esac
fi

train version --version &
train help --help &
train validate-help validate --help &
train validate validate --json --api-url "$api" --timeout 2 --token "$token" --env-file "$work/.env" &
train setup --json --yes --api-url "$api" --timeout 2 --token "$token" --env-file "$work/.env" &
# https to a closed loopback port: the TLS set-up every real run does (trust store, TLS context), without a
# handshake or the network.
train validate-tls validate --json --api-url https://127.0.0.1:9 --timeout 1 --token "$token" \
    --env-file "$work/.env" &
wait

# One list, each class once: drop comments, classes of custom loaders, and (JDK 24+) constant-pool lines and
# class ids, which only a list from a single run may carry.
awk '/^#/ || / source: / { next }
     /^@/ && $1 != "@lambda-proxy" && $1 != "@lambda-form-invoker" { next }
     { sub(/ id: [0-9]+$/, "") }
     !seen[$0]++' "$work"/*.classlist >"$work/all.classlist" 2>/dev/null || :
temp=$archive_dir/.cds-train.$$.jsa
# shellcheck disable=SC2086 # opts is a list of words
if [ -s "$work/all.classlist" ] &&
    "$java" $opts -Xshare:dump "-XX:SharedClassListFile=$work/all.classlist" "-XX:SharedArchiveFile=$temp" \
        -cp "$jar" </dev/null >"$work/dump.log" 2>&1 &&
    # -Xshare:on refuses to start with an archive it cannot map: prove it before anyone may use it.
    "$java" $opts -Xshare:on "-XX:SharedArchiveFile=$temp" -jar "$jar" --version </dev/null >/dev/null 2>&1 &&
    mv -f "$temp" "$archive"; then
    exit 0
fi
echo "cds-train: could not make $archive; notion-setup will start without it (slower)." >&2
tail -n 5 "$work/dump.log" >&2 2>/dev/null || :
rm -f "$archive"
exit 1
