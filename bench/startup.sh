#!/usr/bin/env bash
# shellcheck disable=SC2086 # the benchmarked commands are word lists on purpose (paths without spaces)
# Startup benchmark: how long notion-setup takes from exec to exit, next to a Java hello-world (the floor).
#
# Rows, all in one run on the same machine:
#   java Hello                        the floor: a bare JVM printing one line (default JVM options)
#   notion-setup --version / --help   through the launcher, as users run it (JVM options + CDS archive)
#   notion-setup validate --json      through the launcher, against a stub Notion API on 127.0.0.1
#   java -jar ... (before)            the same three with plain `java -jar`: no options, no archive
#   first screen                      exec to "Step 1 of 10" of the wizard on a pseudo-terminal, next to the
#                                     floor timed the same way (exec to "Hello, world" on a pty), interleaved;
#                                     then to its first question ready for typing (the line editor reading)
#   installed: --version, validate    the jlink image of `mvn -B -Pdist package` (or --installed PATH)
# For each: median wall time, ratio to the floor, peak RSS (GNU time's "Maximum resident set size"), and the
# goal where the issue sets one. Also the jar's size and the machine. A command that fails (e.g. validate
# while the HTTP client is a stub) is reported as failed with its error, and the other rows still print.
#
# Usage: bench/startup.sh [--runs N] [--warmup N] [--no-before] [--json FILE] [--installed PATH]
# Uses hyperfine when installed (apt-get install hyperfine), else a plain loop. Needs python3 (stub, pty).
# Bounded: defaults are 3 warm-up runs and 15 timed runs per row (about a minute in all, on a quiet machine).
set -euo pipefail

runs=15 warmup=3 before=1 json_out= installed=
while [ $# -gt 0 ]; do
    case $1 in
        --runs) runs=$2; shift 2 ;;
        --warmup) warmup=$2; shift 2 ;;
        --no-before) before=; shift ;;
        --json) json_out=$2; shift 2 ;;
        --installed) installed=$2; shift 2 ;; # the installed command to measure
        -h | --help) sed -n '3,20p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "startup.sh: unknown option $1 (try --help)" >&2; exit 2 ;;
    esac
done

repo=$(CDPATH='' cd -- "$(dirname -- "$0")/.." && pwd -P)
case $json_out in '' | /*) ;; *) json_out=$PWD/$json_out ;; esac
launcher=$repo/notion-setup
jar=$repo/target/notion-setup.jar
# shellcheck source=tools/scratch.sh
. "$repo/tools/scratch.sh"
scratch notion-setup-bench

command -v java >/dev/null || { echo "startup.sh: java is not on PATH" >&2; exit 1; }
command -v python3 >/dev/null || { echo "startup.sh: python3 is needed for the stub server" >&2; exit 1; }
gnu_time=
if /usr/bin/time -v true >/dev/null 2>&1; then
    gnu_time=/usr/bin/time
else
    echo "startup.sh: GNU time not found (apt-get install time): no peak RSS column" >&2
fi

# The jar and its CDS archive (built by the launcher with `mvn package` if needed), before any timing.
echo "Preparing: building the jar and the CDS archive if needed..." >&2
"$launcher" --version >/dev/null

# The floor.
cat >"$work/Hello.java" <<'EOF'
public class Hello {
    public static void main(String[] args) {
        System.out.println("Hello, world");
    }
}
EOF
javac -d "$work" "$work/Hello.java"

# The stub Notion API on loopback; it stops by itself after 15 minutes if this script is killed hard.
python3 "$repo/tools/fake-notion.py" --port 0 --accept-any --max-seconds 900 >"$work/stub.port" 2>"$work/stub.err" &
server_pid=$!
for _ in $(seq 50); do
    [ -s "$work/stub.port" ] && break
    sleep 0.1
done
port=$(head -n 1 "$work/stub.port")
[ -n "$port" ] || { echo "startup.sh: the stub server did not start: $(cat "$work/stub.err")" >&2; exit 1; }
api=http://127.0.0.1:$port
# An obviously fake token, shaped like a real one: ntn_FAKE and 42 more letters. Only the stub ever sees it.
export NOTION_API_KEY=ntn_FAKEbenchbenchbenchbenchbenchbenchbenchbe
cd "$work" # an empty directory: no .env of the caller's is read

names=() cmds=() goals=()
add() { names+=("$1"); goals+=("$2"); cmds+=("$3"); }
add "java Hello (floor)" "" "java -cp $work Hello"
add "notion-setup --version" "2" "$launcher --version"
add "notion-setup --help" "" "$launcher --help"
add "notion-setup validate --json (loopback)" "4" "$launcher validate --json --api-url $api"
# --- issue 15: the installed command (the jlink image from `mvn -B -Pdist package`), same goals ------------
# The folder the tarball unpacks to (the .deb installs the same under /usr/lib/notion-setup); with
# --installed PATH, that notion-setup instead (e.g. /usr/bin/notion-setup). Skipped when neither exists.
installed=${installed:-$(ls -d "$repo"/target/dist-work/notion-setup-*/bin/notion-setup 2>/dev/null | head -n 1 || :)}
if [ -n "$installed" ] && [ -x "$installed" ]; then
    add "installed: notion-setup --version" "2" "$installed --version"
    add "installed: notion-setup validate --json (loopback)" "4" "$installed validate --json --api-url $api"
fi
# --- end of issue 15's part -----------------------------------------------------------------------------
if [ -n "$before" ]; then
    add "before: java -jar --version" "" "java -jar $jar --version"
    add "before: java -jar --help" "" "java -jar $jar --help"
    add "before: java -jar validate --json" "" "java -jar $jar validate --json --api-url $api"
fi

# One run of each first: a failing command is reported, not timed.
ok=()
for i in "${!cmds[@]}"; do
    if ${cmds[$i]} >"$work/pre.out" 2>"$work/pre.err" </dev/null; then
        ok[i]=1
    else
        rc=$?
        ok[i]=
        {
            echo "FAILED (exit $rc): ${names[$i]}"
            tail -n 5 "$work/pre.err" | sed 's/^/    /'
        } >&2
        names[i]="${names[$i]}  [failed: exit $rc]"
    fi
done

medians=() rss=()
if command -v hyperfine >/dev/null; then
    # In rounds: each round times every row, so a burst of load from something else on the machine lands on
    # all rows alike rather than on whichever row hyperfine happened to be timing. Median over all runs.
    rounds=3
    [ "$runs" -lt "$rounds" ] && rounds=$runs
    per_round=$(((runs + rounds - 1) / rounds))
    timer="hyperfine $(hyperfine --version | cut -d' ' -f2), $rounds rounds of $per_round"
    list=()
    for i in "${!cmds[@]}"; do [ -n "${ok[$i]}" ] && list+=("${cmds[$i]}"); done
    for round in $(seq "$rounds"); do
        w=$warmup
        [ "$round" -gt 1 ] && w=1
        hyperfine -N --style basic --warmup "$w" --runs "$per_round" --export-json "$work/h$round.json" \
            "${list[@]}" >"$work/hyperfine.log" 2>&1 || { cat "$work/hyperfine.log" >&2; exit 1; }
    done
    mapfile -t got < <(python3 -c '
import json, statistics, sys
results = [json.load(open(f))["results"] for f in sys.argv[1:]]
for row in zip(*results):
    print("%.1f" % (statistics.median([t for r in row for t in r["times"]]) * 1000))' "$work"/h*.json)
    j=0
    for i in "${!cmds[@]}"; do
        if [ -n "${ok[$i]}" ]; then medians[i]=${got[$j]}; j=$((j + 1)); else medians[i]=; fi
    done
else
    timer="plain loop (hyperfine not installed: apt-get install hyperfine)"
    for i in "${!cmds[@]}"; do
        medians[i]=
        [ -n "${ok[$i]}" ] || continue
        for _ in $(seq "$warmup"); do ${cmds[$i]} >/dev/null 2>&1 </dev/null || :; done
        : >"$work/times"
        for _ in $(seq "$runs"); do
            start=$(date +%s%N)
            ${cmds[$i]} >/dev/null 2>&1 </dev/null || :
            end=$(date +%s%N)
            echo $(((end - start) / 1000)) >>"$work/times"
        done
        medians[i]=$(sort -n "$work/times" | awk '{ v[NR] = $1 } END {
            m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.1f", m / 1000 }')
    done
fi

# Peak RSS: the median of 5 runs under GNU time.
for i in "${!cmds[@]}"; do
    rss[i]=
    if [ -z "${ok[$i]}" ] || [ -z "$gnu_time" ]; then continue; fi
    : >"$work/rss"
    for _ in 1 2 3 4 5; do
        $gnu_time -v ${cmds[$i]} </dev/null 2>&1 >/dev/null |
            awk -F': ' '/Maximum resident set size/ { print $2 }' >>"$work/rss" || :
    done
    rss[i]=$(sort -n "$work/rss" | sed -n 3p)
done

# The wizard's first screen: exec to "Step 1 of 10" on a pseudo-terminal (the wizard needs a terminal), next to
# the floor timed the same way (exec to "Hello, world" on a pty), interleaved run by run so that load from
# elsewhere lands on both alike. Each process is killed once its text is on the screen.
first_screen=$(env -u NOTION_API_KEY -u CI TERM=xterm-256color python3 - "$warmup" "$runs" "$work" "$launcher" <<'PY'
import os, pty, select, signal, statistics, sys, time

warmup, runs, work, launcher = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4]

def seconds_until(argv, markers):
    """Seconds from exec to each marker on the screen, in order; None if one never came."""
    start = time.monotonic()
    pid, fd = pty.fork()
    if pid == 0:
        os.execvp(argv[0], argv)
    seen, screen = [], b""
    try:
        while len(seen) < len(markers) and time.monotonic() - start < 60:
            if not select.select([fd], [], [], 1)[0]:
                continue
            try:
                data = os.read(fd, 65536)
            except OSError:
                break
            if not data:
                break
            screen += data
            while len(seen) < len(markers) and markers[len(seen)] in screen:
                seen.append(time.monotonic() - start)
    finally:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.close(fd)
    return seen if len(seen) == len(markers) else None

# The wizard's two moments: its first screen ("Step 1 of 10"), then its first question ready for typing (the
# line editor switches bracketed paste on when it starts reading).
rows = {"floor": (["java", "-cp", work, "Hello"], [b"Hello, world"]),
        "wizard": ([launcher], [b"Step 1 of 10", b"\x1b[?2004h"])}
times = {"floor": [], "wizard": [], "question": []}
for i in range(warmup + runs):
    for name, (argv, markers) in rows.items():
        t = seconds_until(argv, markers)
        if t is None:
            print("failed failed failed")
            sys.exit(0)
        if i >= warmup:
            times[name].append(t[0] * 1000)
            if name == "wizard":
                times["question"].append(t[1] * 1000)
print("%.1f %.1f %.1f" % tuple(statistics.median(times[k]) for k in ("floor", "wizard", "question")))
PY
) || first_screen="failed failed failed"
read -r fs_floor fs_wizard fs_question <<<"$first_screen"

floor=${medians[0]}
jar_bytes=$(wc -c <"$jar")
mem=$(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo 2>/dev/null || echo "?")
cpu=$(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || uname -m)
jdk=$(java -version 2>&1 | sed -n 2p)

echo
echo "notion-setup startup, $(date -u '+%Y-%m-%d %H:%M UTC'), $timer; $warmup warm-up + $runs timed runs per row"
echo "machine: $(nproc) CPUs ($cpu), $mem; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "JDK: $jdk"
echo "launcher JVM options: see ./notion-setup; JAVA_OPTS=${JAVA_OPTS:-<unset>}"
echo
printf '%-52s %10s %8s %8s %11s\n' "command" "median" "x floor" "goal" "peak RSS"
for i in "${!cmds[@]}"; do
    if [ -n "${medians[$i]}" ]; then
        ratio=$(awk -v m="${medians[$i]}" -v f="$floor" 'BEGIN { printf "%.2fx", m / f }')
        median="${medians[$i]} ms"
    else
        ratio=- median=-
    fi
    goal=${goals[$i]:+<= ${goals[$i]}x}
    mem_row=${rss[$i]:+$(awk -v k="${rss[$i]}" 'BEGIN { printf "%.1f MiB", k / 1024 }')}
    printf '%-52s %10s %8s %8s %11s\n' "${names[$i]}" "$median" "$ratio" "${goal:--}" "${mem_row:--}"
done
echo
echo "First screen (exec to \"Step 1 of 10\" on a pseudo-terminal; floor: exec to \"Hello, world\" the same way):"
if [ "$fs_wizard" = failed ]; then
    printf '%-52s %10s\n' "notion-setup (wizard) first screen" "failed"
else
    printf '%-52s %10s %8s %8s\n' "java Hello on a pty (floor)" "$fs_floor ms" "1.00x" "-"
    printf '%-52s %10s %8s %8s\n' "notion-setup (wizard) first screen" "$fs_wizard ms" \
        "$(awk -v m="$fs_wizard" -v f="$fs_floor" 'BEGIN { printf "%.2fx", m / f }')" "<= 5x"
    printf '%-52s %10s %8s %8s\n' "notion-setup (wizard) first question ready" "$fs_question ms" \
        "$(awk -v m="$fs_question" -v f="$fs_floor" 'BEGIN { printf "%.2fx", m / f }')" "-"
fi
echo
printf 'jar: %s, %s bytes (%.1f MiB)\n' "${jar#"$repo"/}" "$jar_bytes" "$(awk -v b="$jar_bytes" 'BEGIN { print b / 1048576 }')"
for a in "$repo"/target/notion-setup.jsa; do
    [ -f "$a" ] && printf 'CDS archive: %s, %.1f MiB\n' "${a#"$repo"/}" "$(awk -v b="$(wc -c <"$a")" 'BEGIN { print b / 1048576 }')"
done

if [ -n "$json_out" ]; then
    {
        for i in "${!cmds[@]}"; do
            printf '%s\t%s\t%s\n' "${names[$i]}" "${medians[$i]}" "${rss[$i]}"
        done
        printf '%s\t%s\t\n' "java Hello on a pty (floor)" "${fs_floor/failed/}"
        printf '%s\t%s\t\n' "notion-setup (wizard) first screen" "${fs_wizard/failed/}"
        printf '%s\t%s\t\n' "notion-setup (wizard) first question ready" "${fs_question/failed/}"
    } | python3 -c '
import json, sys
rows = [dict(zip(("command", "median_ms", "peak_rss_kib"), line.rstrip("\n").split("\t"))) for line in sys.stdin]
json.dump({"rows": rows, "jar_bytes": int(sys.argv[1])}, open(sys.argv[2], "w"), indent=2)' "$jar_bytes" "$json_out"
fi
