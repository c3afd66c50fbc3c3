#!/bin/sh
# Makes the class-data-sharing (CDS) archive of notion-setup: the classes a few typical runs load (the
# wizard's first screen on a pseudo-terminal among them), stored so the JVM maps them at start instead of
# reading, parsing and verifying them on every run. The one training of
# both launchers: `mvn package` runs it for target/notion-setup.jsa (./notion-setup), and src/dist/build.sh
# for the packaged runtime's lib/notion-setup.jsa (src/dist/launcher.sh).
#
#   tools/cds-train.sh ARCHIVE JAVA -jar JAR          the tool as a jar (JAR alone means the same)
#   tools/cds-train.sh ARCHIVE JAVA -cp PATH CLASS    the tool's main class (PATH of absolute entries)
#   tools/cds-train.sh ARCHIVE JAVA -m MODULE/CLASS   the tool as a module, e.g. the module inside JAVA's
#                                                     runtime image, as src/dist/launcher.sh runs it
#
# The launch words must be the ones the launcher uses: ARCHIVE holds the classes those runs load. ARCHIVE is
# written to a temporary name next to it and renamed into place only once JAVA has proved it can map it
# (-Xshare:on), so a reader never sees half an archive. JAVA must be the java that will run the tool with the
# archive: the JVM silently ignores an archive made by another JDK or for another jar.
#
# Exit 0 when the archive was made, 1 when it could not be (the tool then simply starts without one; no
# archive is left behind), 2 on a usage error. Quiet unless it fails. Uses only loopback, a scratch folder and
# a fake token.
set -eu

usage() {
    echo "usage: tools/cds-train.sh ARCHIVE JAVA [-jar JAR | -cp PATH CLASS | -m MODULE/CLASS]" >&2
    exit 2
}
[ $# -ge 3 ] || usage
archive=$1 java=$2
shift 2
case $java in /*) ;; */*) java=$PWD/$java ;; esac # the runs start in a scratch folder
[ $# -eq 1 ] && set -- -jar "$1" # the older form: ARCHIVE JAVA JAR
# After this, "$@" is the launch (the words between JAVA and the tool's arguments) and cp the class path the
# archive is dumped with: the one the launcher's runs have, since the JVM refuses an archive whose class path
# is not a prefix of the run's.
case ${1:-}/$# in
    -jar/2)
        case $2 in /*) ;; *) set -- -jar "$PWD/$2" ;; esac # the archive records the jar's path: absolute
        cp=$2
        ;;
    -cp/3 | -classpath/3 | --class-path/3) cp=$2 ;;
    -m/2 | --module/2) cp= ;;
    *) usage ;;
esac
tools=$(CDPATH='' cd -- "$(dirname -- "$0")" && pwd -P)
archive_dir=$(dirname -- "$archive")

# A static archive (-Xshare:dump from class lists), not a dynamic one (-XX:ArchiveClassesAtExit) or a JDK 24+
# AOT cache: picocli ships Java 5 class files, which those drop once linked, together with every class that
# implements a picocli interface. docs/performance.md has the measurements.
# The launchers' JVM options, from the block of ./notion-setup that both launchers run (it says why each), so
# that the training runs load the classes real runs load.
opts=$(env -u JAVA_OPTS sh -c "$(sed -n '/^# >>> /,/^# <<< /p' "$tools/../notion-setup")
printf %s \"\$jvm_opts\"")
[ -n "$opts" ] || { echo "cds-train: ./notion-setup lost its # >>> ... # <<< block of JVM options" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/notion-setup-cds.XXXXXX")
stub_pid=
cleanup() {
    [ -z "$stub_pid" ] || kill "$stub_pid" 2>/dev/null || :
    rm -rf "$work"
    rm -f "$archive_dir/.cds-train.$$.jsa"
}
trap cleanup EXIT
trap 'exit 130' HUP INT TERM

# train NAME ARGS...: runs the tool once, listing the classes it loads in $work/NAME.classlist. Never prompts
# (stdin is /dev/null, so no terminal) and sees none of the caller's environment, files or token (SYSTEMROOT
# only because Windows' networking needs it).
train() {
    name=$1
    shift
    # shellcheck disable=SC2086 # opts is a list of words
    (cd "$work" && exec env -i PATH="$PATH" HOME="$work" LANG=C.UTF-8 TERM=dumb SYSTEMROOT="${SYSTEMROOT:-}" \
        "$java" $opts "-XX:DumpLoadedClassList=$work/$name.classlist" "$@") \
        </dev/null >/dev/null 2>&1 || :
}

# The API: the loopback stand-in when Python 3 is there (the success path, as most real runs take), else a
# closed loopback port (the error path, after a few seconds of the client's retries). Windows names it python.
token=ntn_FAKEabcdefghijklmnopqrstuvwxyzabcdefghijklmnop # obviously fake, shaped like a real one
api=http://127.0.0.1:9
python=$(command -v python3 || command -v python || :)
if [ -n "$python" ]; then
    "$python" "$tools/fake-notion.py" --port 0 --accept-any --max-seconds 60 >"$work/stub.port" 2>/dev/null </dev/null &
    stub_pid=$!
    tries=0
    while [ ! -s "$work/stub.port" ] && [ "$tries" -lt 100 ] && kill -0 "$stub_pid" 2>/dev/null; do
        sleep 0.1
        tries=$((tries + 1))
    done
    port=$(head -n 1 "$work/stub.port" 2>/dev/null | tr -d '\r' || :)
    case $port in '' | *[!0-9]*) ;; *) api=http://127.0.0.1:$port ;; esac
fi

# train_wizard: the wizard's first screen, on a pseudo-terminal (the wizard needs one: JLine's terminal, line
# reader and the steps are most of what it loads), then Ctrl-C at the first prompt once the line reader has
# the terminal (it switches bracketed paste on then). Needs Python's pty module, which Windows lacks: there
# the wizard's own classes are simply not in the archive. Bounded: killed if it has not ended after a minute.
train_wizard() {
    [ -n "$python" ] && "$python" -c 'import pty' 2>/dev/null || return 0
    # A folder of its own: the first screen of a folder without a .env (the other runs write one).
    mkdir "$work/wizard"
    # shellcheck disable=SC2086 # opts is a list of words
    (cd "$work/wizard" && exec env -i PATH="$PATH" HOME="$work" LANG=C.UTF-8 TERM=xterm-256color \
        "$python" - "$java" $opts "-XX:DumpLoadedClassList=$work/wizard.classlist" "$@" <<'PY'
import os, pty, select, signal, sys, time

pid, fd = pty.fork()
if pid == 0:
    # A job started with & by a script ignores Ctrl-C, and so would the JVM it starts: undo that.
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    os.execv(sys.argv[1], sys.argv[1:])
screen, deadline = b"", time.monotonic() + 60

def read_until(done):
    global screen
    while not done() and time.monotonic() < deadline:
        if select.select([fd], [], [], 0.2)[0]:
            try:
                data = os.read(fd, 65536)
            except OSError:
                return
            if not data:
                return
            screen += data

read_until(lambda: b"\x1b[?2004h" in screen)
time.sleep(0.3)
os.write(fd, b"\x03")
read_until(lambda: False)  # to the end of its output
if time.monotonic() >= deadline:
    os.kill(pid, signal.SIGKILL)
os.waitpid(pid, 0)
PY
    ) </dev/null >/dev/null 2>&1 || :
}

# The runs at once; then wait for them (by pid: a bare wait would also wait for the stub, which lives on for
# its full minute).
runs=
train_wizard "$@" & runs="$runs $!"
train version "$@" --version & runs="$runs $!"
train help "$@" --help & runs="$runs $!"
train validate-help "$@" validate --help & runs="$runs $!"
train validate "$@" validate --json --api-url "$api" --timeout 2 --token "$token" --env-file "$work/.env" &
runs="$runs $!"
train setup "$@" --json --yes --api-url "$api" --timeout 2 --token "$token" --env-file "$work/.env" &
runs="$runs $!"
# https to a closed loopback port: the TLS set-up every real run does (trust store, TLS context), without a
# handshake or the network.
train validate-tls "$@" validate --json --api-url https://127.0.0.1:9 --timeout 1 --token "$token" \
    --env-file "$work/.env" & runs="$runs $!"
# shellcheck disable=SC2086 # a list of pids
wait $runs

# One list, each class once: drop comments, classes of custom loaders, and (JDK 24+) constant-pool lines and
# class ids, which only a list from a single run may carry; and Windows' line ends. Also drop the lambdas that
# implement a picocli interface: picocli ships Java 5 class files, and a dump that links one for a lambda
# leaves that interface and every class implementing it out of the archive ("Old class has been linked"). The
# lambdas are then made at run time, and the archive keeps picocli.
awk '{ sub(/\r$/, "") }
     /^#/ || / source: / { next }
     /^@/ && $1 != "@lambda-proxy" && $1 != "@lambda-form-invoker" { next }
     /^@lambda-proxy .*Lpicocli\// { next }
     { sub(/ id: [0-9]+$/, "") }
     !seen[$0]++' "$work"/*.classlist >"$work/all.classlist" 2>/dev/null || :
temp=$archive_dir/.cds-train.$$.jsa
# shellcheck disable=SC2086 # opts is a list of words
if [ -s "$work/all.classlist" ] &&
    "$java" $opts -Xshare:dump "-XX:SharedClassListFile=$work/all.classlist" "-XX:SharedArchiveFile=$temp" \
        -cp "$cp" </dev/null >"$work/dump.log" 2>&1 &&
    # -Xshare:on refuses to start with an archive it cannot map: prove it before anyone may use it.
    "$java" $opts -Xshare:on "-XX:SharedArchiveFile=$temp" "$@" --version </dev/null >/dev/null 2>&1 &&
    mv -f "$temp" "$archive"; then
    exit 0
fi
echo "cds-train: could not make $archive; notion-setup will start without it (slower)." >&2
tail -n 5 "$work/dump.log" >&2 2>/dev/null || :
rm -f "$archive"
exit 1
