#!/usr/bin/env bash
# Checks what `mvn -B -Pdist package` put in target/dist, as a user would get it: the checksums match; the
# tarball, unpacked in a scratch folder, runs with nothing on PATH (so no Java) and its start-up archive maps;
# it validates a token against the loopback stand-in tools/fake-notion.py; its man pages and completion are
# there; the .deb holds the documented layout; the jar runs with `java -jar`. Only loopback, ~10 s.
# Exits non-zero if any check fails.  Usage: src/dist/check.sh   (Linux; .ci/run runs it)
set -u

repo=$(CDPATH='' cd -- "$(dirname -- "$0")/../.." && pwd -P)
dist=$repo/target/dist
# shellcheck source=tools/scratch.sh
. "$repo/tools/scratch.sh"
scratch dist-check
check() { # check DESCRIPTION COMMAND...: passes when the command succeeds
    local what=$1
    shift
    if "$@" >"$work/out" 2>&1; then pass "$what"; else flunk "$what" "$(tail -n 3 "$work/out" | tr '\n' ' ')"; fi
}

tarball=$(ls "$dist"/notion-setup-*-linux-*.tar.gz 2>/dev/null | head -n 1)
deb=$(ls "$dist"/notion-setup_*.deb 2>/dev/null | head -n 1)
jar=$(ls "$dist"/notion-setup-*.jar 2>/dev/null | head -n 1)
[ -n "$tarball" ] && [ -n "$deb" ] && [ -n "$jar" ] || {
    echo "dist-check: target/dist lacks the tarball, the .deb or the jar: run mvn -B -Pdist package" >&2
    exit 1
}
version=${jar##*/notion-setup-}
version=${version%.jar}

check "SHA256SUMS matches every artifact" sh -c "cd '$dist' && sha256sum --quiet -c SHA256SUMS"
check "SHA256SUMS lists the tarball, the .deb and the jar" sh -c \
    "grep -q ' ${tarball##*/}\$' '$dist/SHA256SUMS' && grep -q ' ${deb##*/}\$' '$dist/SHA256SUMS' && grep -q ' ${jar##*/}\$' '$dist/SHA256SUMS'"

# The tarball, from a folder with a space in its name, run with an empty PATH: no java, no mvn, nothing.
mkdir -p "$work/un packed" "$work/empty" "$work/cwd"
tar -C "$work/un packed" -xzf "$tarball"
home=$(ls -d "$work/un packed"/notion-setup-*)
ns=$home/bin/notion-setup
check "tarball: --version with nothing on PATH" sh -c \
    "cd '$work/cwd' && env -i PATH='$work/empty' HOME='$work/cwd' '$ns' --version | grep -qx 'notion-setup $version'"
check "tarball: its class-data-sharing archive maps (-Xshare:on)" \
    env -i PATH="$work/empty" JAVA_OPTS=-Xshare:on "$ns" --version
# No class path, so nothing in the working folder runs (service providers planted there would): not even
# with CLASSPATH naming the folder. WorkingFolderCodeIT plants real providers in front of the same image.
check "tarball: the JVM has no class path, CLASSPATH set or not" sh -c \
    "cd '$work/cwd' && env -i PATH='$work/empty' CLASSPATH=. JAVA_OPTS=-XshowSettings:properties '$ns' --version 2>&1 | grep -qx '    java.class.path = '"
# The POSIX locale: C.UTF-8 for the JVM (file names), and the word that the user's terminal shows only ASCII.
check "tarball: without a locale the JVM gets C.UTF-8 and is told the terminal is ASCII" sh -c \
    "cd '$work/cwd' && env -i PATH='$work/empty' JAVA_OPTS=-XshowSettings:properties '$ns' --version 2>&1 | grep -qx '    notionsetup.asciiTerminal = true' \
     && ! env -i PATH='$work/empty' LANG=C.UTF-8 JAVA_OPTS=-XshowSettings:properties '$ns' --version 2>&1 | grep -q asciiTerminal"
# Following a link takes readlink: a PATH with only that on it.
mkdir -p "$work/readlink-only"
ln -s "$(command -v readlink)" "$work/readlink-only/readlink"
check "tarball: through a symbolic link (as /usr/bin/notion-setup in the .deb)" sh -c \
    "ln -s '$ns' '$work/link' && env -i PATH='$work/readlink-only' '$work/link' --version"
check "tarball: its runtime has no java.desktop and has TLS's elliptic curves" sh -c \
    "'$home/lib/runtime/bin/java' --list-modules >'$work/modules' && ! grep -q '^java.desktop' '$work/modules' && grep -q '^jdk.crypto.ec' '$work/modules'"
for page in notion-setup notion-setup-validate notion-setup-generate-completion; do
    check "tarball: man page $page.1" test -s "$home/share/man/man1/$page.1"
done
check "tarball: bash completion is what generate-completion prints" sh -c \
    "env -i PATH='$work/empty' '$ns' generate-completion | cmp -s - '$home/share/bash-completion/completions/notion-setup'"
check "tarball: zsh completion starts with #compdef" sh -c \
    "head -n 1 '$home/share/zsh/site-functions/_notion-setup' | grep -qx '#compdef notion-setup'"
check "tarball: LICENSE and README.txt" test -s "$home/LICENSE" -a -s "$home/README.txt"
# The build copies ./notion-setup's block of JVM options and locale into the installed launcher, whole.
sed -n '/^# >>> /,/^# <<< /p' "$repo/notion-setup" >"$work/shared-block"
check "tarball: bin/notion-setup has ./notion-setup's JVM options and locale rule" sh -c \
    "grep -q '^jvm_opts=.*SuppressFatalErrorMessage' '$work/shared-block' && sed -n '/^# >>> /,/^# <<< /p' '$ns' | cmp -s - '$work/shared-block'"

# A token check against the loopback stand-in, then the exit code for a rejected token.
token=ntn_FAKEabcdefghijklmnopqrstuvwxyzabcdefghijklmnop
python3 "$repo/tools/fake-notion.py" --port 0 --accept "$token" --max-seconds 120 >"$work/stub.port" 2>/dev/null &
server_pid=$!
for _ in $(seq 100); do
    [ -s "$work/stub.port" ] && break
    sleep 0.1
done
api=http://127.0.0.1:$(head -n 1 "$work/stub.port")
check "tarball: --token-stdin --yes writes a verified .env" sh -c \
    "printf '%s\n' '$token' | env -i PATH='$work/empty' '$ns' --token-stdin --yes --api-url '$api' --env-file '$work/cwd/.env' && grep -q '^NOTION_API_KEY=$token\$' '$work/cwd/.env'"
check "tarball: validate --json accepts it" sh -c \
    "env -i PATH='$work/empty' NOTION_API_KEY='$token' '$ns' validate --json --api-url '$api' | grep -q '\"ok\":true'"
rejected=0
env -i PATH="$work/empty" NOTION_API_KEY=ntn_FAKEzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz "$ns" validate -q --api-url "$api" \
    >/dev/null 2>&1 || rejected=$?
[ "$rejected" -eq 1 ] && pass "tarball: a rejected token exits 1" || flunk "tarball: a rejected token exits 1" "exit $rejected"

# The .deb: its layout and its metadata (installing it is left to docs/install.md's manual check).
dpkg-deb -c "$deb" | awk '{ print $6 }' | sed 's|^\./|/|' >"$work/deb.files"
for f in /usr/bin/notion-setup /usr/lib/notion-setup/bin/notion-setup /usr/lib/notion-setup/lib/runtime/bin/java \
    /usr/lib/notion-setup/lib/runtime/lib/notion-setup.jsa /usr/share/man/man1/notion-setup.1.gz \
    /usr/share/man/man1/notion-setup-validate.1.gz /usr/share/bash-completion/completions/notion-setup \
    /usr/share/zsh/vendor-completions/_notion-setup /usr/share/doc/notion-setup/copyright; do
    check ".deb: $f" grep -qx "$f" "$work/deb.files"
done
check ".deb: /usr/bin/notion-setup links to the launcher" sh -c \
    "dpkg-deb -c '$deb' | grep -q '\./usr/bin/notion-setup -> \.\./lib/notion-setup/bin/notion-setup\$'"
check ".deb: Package notion-setup, Version $version" sh -c \
    "[ \"\$(dpkg-deb -f '$deb' Package Version | tr '\n' ' ')\" = 'Package: notion-setup Version: $version ' ]"
check ".deb: Recommends bash-completion (which loads the completion file)" sh -c \
    "dpkg-deb -f '$deb' Recommends | grep -qx 'bash-completion'"
check ".deb: every file root-owned" sh -c "! dpkg-deb -c '$deb' | awk '{ print \$2 }' | grep -v '^root/root\$'"

# The plain jar, for `java -jar` (the java that built it).
if command -v java >/dev/null 2>&1; then
    check "jar: java -jar --version" sh -c "java -jar '$jar' --version | grep -qx 'notion-setup $version'"
    check "jar: its manifest names it and its version" sh -c \
        "cd '$work' && jar --extract --file '$jar' META-INF/MANIFEST.MF && tr -d '\r' <META-INF/MANIFEST.MF | grep -qx 'Implementation-Version: $version'"
fi

echo
if [ "$failures" -gt 0 ]; then
    echo "dist-check: $failures check(s) failed"
    exit 1
fi
echo "dist-check: all checks passed"
