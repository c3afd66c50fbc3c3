#!/usr/bin/env bash
# Re-makes docs/wizard.png: runs the real wizard in tmux against tools/fake-notion.py on loopback,
# answers it like a person, captures the coloured screen and renders it with aha and headless Chromium.
# Needs: tmux aha chromium fonts-dejavu-core python3 (apt-get install -y tmux aha chromium fonts-dejavu-core)
# and the jar (mvn -B -DskipTests package). See docs/manual-testing.md.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
port=${PORT:-18765}
token="ntn_FAKEdemo$(printf 'Q%.0s' $(seq 34))wxyz"   # visibly fake, 50 characters
work=$(mktemp -d)
session=notion-setup-capture-$$

echo '{"pages": ["Roadmap"], "databases": {}}' > "$work/state.json"
python3 "$repo/tools/fake-notion.py" --port "$port" --accept "$token" --state "$work/state.json" & server=$!
cleanup() { tmux kill-session -t "$session" 2>/dev/null || true; kill "$server" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
sleep 1

tmux new-session -d -s "$session" -x 92 -y 31 -c "$work" "TERM=xterm-256color bash --norc --noprofile"
tmux send-keys -t "$session" "alias notion-setup='java -jar $repo/target/notion-setup.jar --api-url http://127.0.0.1:$port'; clear" Enter
sleep 0.5
type_line() { tmux send-keys -t "$session" -l "$1"; tmux send-keys -t "$session" Enter; sleep "${2:-1}"; }
type_line "notion-setup --no-browser" 4   # steps 1 and 2 only inform; step 3 asks 1 or 2
type_line 1                               # step 3: create a new integration
type_line y                               # step 5: integration created
type_line "$token" 1.5                    # step 7: paste (masked on screen)
type_line y 3                             # step 9: shared a page; step 10 verifies
tmux capture-pane -t "$session" -e -p > "$work/screen.ansi"
type_line "" 1                            # no database id: the wizard saves and ends

# Drop the tail of step 4 at the top and the empty lines at the bottom.
awk '/Step 5 of 10/{on=1} on' "$work/screen.ansi" | sed -e :a -e '/^\n*$/{$d;N;ba' -e '}' > "$work/shown.ansi"
{
    printf '<!DOCTYPE html><html><head><meta charset="utf-8"><style>'
    printf 'body{margin:0;background:#1e1e1e}'
    printf '.bar{background:#323233;color:#aaa;font:12px sans-serif;padding:6px 12px}'
    printf ".term{margin:0;padding:12px 18px 14px;color:#d4d4d4;font:14px/1.35 'DejaVu Sans Mono',monospace;white-space:pre}"
    printf '</style></head><body><div class="bar">&#9679; &#9679; &#9679;&nbsp;&nbsp;&nbsp;notion-setup --no-browser</div>'
    printf '<pre class="term">'
    aha --black --no-header < "$work/shown.ansi"
    printf '</pre></body></html>\n'
} > "$work/screen.html"
height=$(( 58 + $(wc -l < "$work/shown.ansi") * 19 ))
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$work/chromium" --hide-scrollbars \
    --window-size=800,"$height" --screenshot="$repo/docs/wizard.png" "file://$work/screen.html" >/dev/null 2>&1
echo "wrote $repo/docs/wizard.png"
