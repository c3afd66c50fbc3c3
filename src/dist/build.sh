#!/usr/bin/env bash
# Builds the release artifacts into target/dist from the jar and man pages Maven made (run by
# `mvn -B -Pdist package`; docs/install.md describes every artifact and its layout):
#   notion-setup-<v>-<os>-<arch>.tar.gz (.zip on Windows, both on macOS)  a folder that runs with no Java installed:
#       bin/notion-setup (and bin/notion-setup.cmd on Windows), lib/runtime/ (a jlink runtime holding the
#       tool as one module, with its class-data-sharing archive), share/man, share/bash-completion,
#       share/zsh/site-functions, LICENSE, README.txt
#   notion-setup_<v>_amd64.deb          Linux: the same folder under /usr/lib/notion-setup (dpkg-deb)
#   notion-setup-<v>.pkg / .msi         macOS / Windows (where WiX is installed): jpackage over the same runtime
#   notion-setup-<v>.jar                the plain runnable jar, for `java -jar`
#   SHA256SUMS                          the checksums of all of them
#
# Usage: src/dist/build.sh VERSION JDK_HOME   (from the repository root, after `mvn package` made target/)
set -euo pipefail

version=$1
jdk=$2
repo=$(CDPATH='' cd -- "$(dirname -- "$0")/../.." && pwd -P)
target=$repo/target
jar=$target/notion-setup.jar
man=$target/man
dist=$target/dist
work=$target/dist-work
module=notion.setup
main_class=dev.notionsetup.cli.Main

say() { printf 'dist: %s\n' "$*" >&2; }
die() {
    printf 'dist: %s\n' "$1" >&2
    exit 1
}

case $(uname -s) in
    Linux) os=linux ;;
    Darwin) os=macos ;;
    MINGW* | MSYS* | CYGWIN*) os=windows ;;
    *) die "unsupported operating system $(uname -s)" ;;
esac
case $(uname -m) in
    x86_64 | amd64) arch=x64 ;;
    aarch64 | arm64) arch=aarch64 ;;
    *) die "unsupported processor $(uname -m)" ;;
esac
exe=
if [ "$os" = windows ]; then
    exe=.exe
    jdk=$(cygpath -u "$jdk") # Maven passes C:\...; Git Bash runs /c/...
fi
tool() { printf '%s/bin/%s%s' "$jdk" "$1" "$exe"; }
for t in jdeps jlink javac jar java; do
    [ -x "$(tool $t)" ] || die "$(tool $t) not found: build with a full JDK 17 or newer (not a JRE)"
done
[ -f "$jar" ] || die "$jar not found: run mvn package first"
ls "$man"/*.1 >/dev/null 2>&1 || die "no man pages in $man (the dist profile makes them before packaging)"

name=notion-setup-$version-$os-$arch
rm -rf "$dist" "$work"
mkdir -p "$dist" "$work"
image=$work/$name
runtime=$image/lib/runtime

# --- The tool as one module --------------------------------------------------------------------------------
# jlink takes only modules, and a class-data-sharing archive of classes on the class path is bound to the
# jar's absolute path (JDK 17 refuses it anywhere else), whereas classes inside the runtime image are archived
# independently of where the image is unpacked. So the shaded jar becomes one open module: every package
# exported, reflection allowed (Jackson, picocli), requiring what jdeps finds plus what it cannot see:
#   jdk.unsupported  JLine reaches sun.misc.Signal by reflection (Ctrl-C and resize handling in the wizard)
#   jdk.crypto.ec    the elliptic-curve TLS key exchange api.notion.com uses (a service provider; on JDK 22+
#                    it is part of java.base and this module is empty)
# java.desktop is left out: jdeps finds it only through Jackson's optional java.beans support, which Jackson
# loads inside a try/catch; it would add the AWT libraries and their X11 and font dependencies to the image.
say "finding the modules the jar uses (jdeps)"
found=$("$(tool jdeps)" --multi-release 17 --ignore-missing-deps --print-module-deps "$jar" | tr -d '\r')
requires=()
IFS=, read -r -a listed <<<"$found"
for m in "${listed[@]}"; do
    [ "$m" = java.desktop ] || requires+=("$m")
done
# jdk.unsupported (see above) is listed once: `run` names it directly (sun.misc.Signal), so jdeps finds it
# too, and a module may require another only once.
case " ${requires[*]} " in *" jdk.unsupported "*) ;; *) requires+=(jdk.unsupported) ;; esac
extra=()
"$(tool java)" --list-modules | grep -q '^jdk\.crypto\.ec@' && extra+=(jdk.crypto.ec)
say "modules: ${requires[*]} ${extra[*]}"

classes=$work/classes
mkdir -p "$classes" "$work/module-info"
(cd "$classes" && "$(tool jar)" --extract --file "$jar")
# A plain (not multi-release) jar: the versioned copies are never loaded, and jlink cannot read newer ones.
rm -rf "$classes/META-INF/versions" "$classes"/META-INF/*.SF "$classes"/META-INF/*.RSA "$classes"/META-INF/*.DSA
{
    printf 'open module %s {\n' "$module"
    for m in "${requires[@]}"; do printf '    requires %s;\n' "$m"; done
    (cd "$classes" && find . -name '*.class' ! -name package-info.class ! -name module-info.class ! -path './META-INF/*') |
        sed -e 's|^\./||' -e 's|/[^/]*$||' | sort -u | tr / . | sed 's/.*/    exports &;/'
    printf '}\n'
} >"$work/module-info/module-info.java"
"$(tool javac)" --release 17 -nowarn -d "$classes" --patch-module "$module=$classes" \
    "$work/module-info/module-info.java"
"$(tool jar)" --create --file "$work/$module.jar" --main-class "$main_class" -C "$classes" .

# --- The runtime -------------------------------------------------------------------------------------------
say "linking the runtime (jlink)"
feature=$("$(tool java)" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | tr -d '\r')
compress=--compress=2
[ "${feature:-17}" -ge 21 ] && compress=--compress=zip-9 # "2" is deprecated from 21 on
strip_native=()
# Debian's JDK ships libjvm.so with its symbol tables (about a quarter of its size); Temurin's is stripped.
if [ "$os" = linux ] && command -v objcopy >/dev/null 2>&1; then
    strip_native=("--strip-native-debug-symbols=objcopy=$(command -v objcopy)")
fi
"$(tool jlink)" --module-path "$work/$module.jar" --add-modules "$(IFS=,; echo "$module,${extra[*]}")" \
    --strip-debug "${strip_native[@]}" --no-header-files --no-man-pages "$compress" \
    --output "$runtime"
java_bin=$runtime/bin/java$exe

# --- The folder users unpack -------------------------------------------------------------------------------
mkdir -p "$image/bin" "$image/share/man/man1" "$image/share/bash-completion/completions" \
    "$image/share/zsh/site-functions"
# The launcher, with ./notion-setup's block of JVM options and locale (between its >>> and <<< lines) in place
# of its @SHARED-JVM-OPTIONS@ line: the two launchers run the JVM alike, from one text.
shared=$(sed -n '/^# >>> /,/^# <<< /p' "$repo/notion-setup")
case $shared in *'jvm_opts='*'# <<< '*) ;; *) die "./notion-setup lost its # >>> ... # <<< block of JVM options" ;; esac
printf '%s\n' "$shared" >"$work/shared-jvm-options"
awk -v block="$work/shared-jvm-options" '
    /^# @SHARED-JVM-OPTIONS@/ { while ((getline line < block) > 0) print line; skip = 1; next }
    skip && /^#/ { next } # the placeholder comment
    { skip = 0; print }' "$repo/src/dist/launcher.sh" >"$image/bin/notion-setup"
grep -q '^jvm_opts=' "$image/bin/notion-setup" || die "src/dist/launcher.sh lost its @SHARED-JVM-OPTIONS@ line"
chmod 755 "$image/bin/notion-setup"
[ "$os" = windows ] && cp "$repo/src/dist/launcher.cmd" "$image/bin/notion-setup.cmd"
cp "$repo/LICENSE" "$image/LICENSE"
sed -e "s/@VERSION@/$version/" -e "s/@PLATFORM@/$os-$arch/" "$repo/src/dist/README.txt" >"$image/README.txt"
cp "$man"/*.1 "$image/share/man/man1/"
completion=$image/share/bash-completion/completions/notion-setup
"$java_bin" -m "$module/$main_class" generate-completion | tr -d '\r' >"$completion"
[ -s "$completion" ] || die "generate-completion printed nothing"
# zsh loads completion functions from files named _<command> starting with #compdef. picocli's script serves
# bash and zsh alike (through bashcompinit); this file loads it on the first Tab and completes that Tab too.
{
    printf '#compdef notion-setup\n'
    printf '# Loaded by zsh on the first Tab after notion-setup: picocli'"'"'s completion script (the same as\n'
    printf '# `notion-setup generate-completion`) through bashcompinit, then that first Tab is completed.\n'
    printf 'autoload -U +X bashcompinit && bashcompinit\n'
    printf '# The script calls bash'"'"'s compopt, which zsh lacks: a no-op keeps each Tab from printing an error.\n'
    printf 'whence compopt >/dev/null || compopt() { return 0; }\n'
    grep -v '^#!' "$completion"
    printf '_bash_complete -F _complete_notion-setup -o default "$@"\n'
} >"$image/share/zsh/site-functions/_notion-setup"

# --- Class-data sharing, made by the runtime that will use it -------------------------------------------
# tools/cds-train.sh, the training `mvn package` runs for ./notion-setup too, launching the tool as
# bin/notion-setup does (-m, the module inside the runtime), so the archive holds what the installed command
# loads.
say "training the class-data-sharing archive"
sh "$repo/tools/cds-train.sh" "$runtime/lib/notion-setup.jsa" "$java_bin" -m "$module/$main_class" ||
    die "making the class-data-sharing archive failed (cds-train's message above)"

# --- Archives and packages ---------------------------------------------------------------------------------
say "packing $name"
if [ "$os" = windows ]; then
    (cd "$work" && "$(tool jar)" --create --no-manifest --file "$dist/$name.zip" "$name")
else
    owner=(--owner=0 --group=0 --numeric-owner)
    tar --version 2>/dev/null | grep -q 'GNU tar' || owner=(--uid 0 --gid 0)
    tar -C "$work" "${owner[@]}" -czf "$dist/$name.tar.gz" "$name"
    # Homebrew formulae (jreleaser.yml) take only .zip archives; zip keeps the modes and the symbolic links.
    [ "$os" = macos ] && (cd "$work" && zip -qry "$dist/$name.zip" "$name")
fi
cp "$jar" "$dist/notion-setup-$version.jar"

case $os in
    linux) bash "$repo/src/dist/deb.sh" "$version" "$image" "$dist" ;;
    macos | windows)
        jpackage_type=pkg
        runtime_home=runtime/Contents/Home
        if [ "$os" = windows ]; then
            jpackage_type=msi
            runtime_home=runtime
        fi
        if [ "$os" = windows ] && ! command -v candle.exe >/dev/null 2>&1 && ! command -v wix.exe >/dev/null 2>&1; then
            say "WiX not found: no .msi (the .zip is built)"
        elif [ "$os" = macos ] && [ "${version%%.*}" = 0 ]; then
            # jpackage on macOS refuses an app-version whose first number is 0 (CFBundleVersion).
            say "version $version: jpackage makes no .pkg before 1.0.0 (the .tar.gz and .zip are built)"
        else
            # jpackage's own launcher, with the options of bin/notion-setup (no JAVA_OPTS there: its rule adds
            # CICompilerCount=1); $APPDIR is the installed app folder. It runs the module (--module), but takes
            # CLASSPATH from the environment as the class path, and cannot unset it: -Djava.class.path= comes
            # after it and wins, so there is no class path (no code from the working folder, docs/security.md).
            jvm_opts=$(env -u JAVA_OPTS sh -c "$shared"'
printf %s "$jvm_opts"')
            win_opts=()
            [ "$os" = windows ] && win_opts=(--win-console --win-per-user-install --win-menu)
            "$(tool jpackage)" --type "$jpackage_type" --name notion-setup --app-version "$version" \
                --description "Walks you from a Notion account to a verified NOTION_API_KEY in .env." \
                --vendor notion-setup --license-file "$repo/LICENSE" \
                --runtime-image "$runtime" --module "$module/$main_class" \
                --java-options "$jvm_opts" --java-options "-Djava.class.path=" \
                --java-options "-Xshare:auto -Xlog:cds*=off -XX:SharedArchiveFile=\$APPDIR/../$runtime_home/lib/notion-setup.jsa" \
                "${win_opts[@]}" --dest "$dist"
        fi
        ;;
esac

(cd "$dist" && if command -v sha256sum >/dev/null 2>&1; then sha256sum -- *; else shasum -a 256 -- *; fi) \
    >"$work/SHA256SUMS"
mv "$work/SHA256SUMS" "$dist/SHA256SUMS"
say "done:"
(cd "$dist" && ls -l) >&2
