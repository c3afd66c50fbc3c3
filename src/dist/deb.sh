#!/usr/bin/env bash
# Builds notion-setup_<version>_amd64.deb from the unpacked folder build.sh made, with dpkg-deb (as root:root,
# without fakeroot, through --root-owner-group). The layout (docs/install.md):
#   /usr/bin/notion-setup -> ../lib/notion-setup/bin/notion-setup
#   /usr/lib/notion-setup/{bin,lib/runtime}        the launcher and the runtime, as in the tarball
#   /usr/share/man/man1/*.1.gz                     man pages
#   /usr/share/bash-completion/completions/notion-setup, /usr/share/zsh/vendor-completions/_notion-setup
#   /usr/share/doc/notion-setup/{copyright,README.txt}
# Every file comes from the package, none is made at install time, so `apt-get remove` takes all of them.
# Usage: src/dist/deb.sh VERSION IMAGE_DIR OUT_DIR
set -euo pipefail

version=$1 image=$2 out=$3
command -v dpkg-deb >/dev/null 2>&1 || {
    echo "dist: dpkg-deb not found: no .deb (apt-get install dpkg-dev, or build on Debian or Ubuntu)" >&2
    exit 0
}
case $(uname -m) in
    x86_64) deb_arch=amd64 ;;
    aarch64) deb_arch=arm64 ;;
    *) echo "dist: no .deb for $(uname -m)" >&2; exit 0 ;;
esac

root=$(dirname "$image")/deb
rm -rf "$root"
mkdir -p "$root/DEBIAN" "$root/usr/bin" "$root/usr/lib/notion-setup" "$root/usr/share/man/man1" \
    "$root/usr/share/bash-completion/completions" "$root/usr/share/zsh/vendor-completions" \
    "$root/usr/share/doc/notion-setup"
cp -a "$image/bin" "$image/lib" "$root/usr/lib/notion-setup/"
ln -s ../lib/notion-setup/bin/notion-setup "$root/usr/bin/notion-setup"
for page in "$image"/share/man/man1/*.1; do
    gzip -9n <"$page" >"$root/usr/share/man/man1/$(basename "$page").gz"
done
cp "$image/share/bash-completion/completions/notion-setup" "$root/usr/share/bash-completion/completions/"
# Debian's zsh reads packaged completions from vendor-completions (site-functions is for the local admin).
cp "$image/share/zsh/site-functions/_notion-setup" "$root/usr/share/zsh/vendor-completions/"
cp "$image/README.txt" "$root/usr/share/doc/notion-setup/"
{
    printf 'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n'
    printf 'Upstream-Name: notion-setup\n\nFiles: *\nLicense: MIT\n'
    sed -e 's/^$/./' -e 's/^/ /' "$image/LICENSE"
    printf '\nFiles: usr/lib/notion-setup/lib/runtime/*\n'
    printf 'License: GPL-2 with Classpath exception (OpenJDK); see usr/lib/notion-setup/lib/runtime/legal\n'
} >"$root/usr/share/doc/notion-setup/copyright"

# Depends: the packages of the shared libraries the runtime links against, each soname mapped on purpose.
# A soname not in this list fails the build: a new dependency must be a decision, not an accident.
depends=()
add_depend() {
    local p
    for p in "${depends[@]}"; do [ "$p" = "$1" ] && return; done
    depends+=("$1")
}
while read -r soname; do
    case $soname in
        libc.so.6 | libm.so.6 | libdl.so.2 | libpthread.so.0 | librt.so.1 | ld-linux-*.so.*) add_depend libc6 ;;
        libz.so.1) add_depend zlib1g ;;
        libstdc++.so.6) add_depend libstdc++6 ;;
        libgcc_s.so.1) add_depend libgcc-s1 ;;
        lib*.so | libjli.so) ;; # the runtime's own libraries
        *) echo "dist: the runtime needs $soname: map it to its Debian package in src/dist/deb.sh" >&2; exit 1 ;;
    esac
done < <(find "$root/usr/lib/notion-setup/lib/runtime" -type f \( -name '*.so' -o -path '*/bin/*' \) \
    -exec objdump -p {} \; 2>/dev/null | awk '$1 == "NEEDED" { print $2 }' | sort -u)
[ ${#depends[@]} -gt 0 ] || add_depend libc6

# Recommends: bash loads /usr/share/bash-completion/completions/notion-setup only through the bash-completion
# package's loader; without it the file is never read (zsh needs nothing: it reads vendor-completions itself).
# apt installs recommended packages by default; --no-install-recommends leaves it out.
installed_kib=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
cat >"$root/DEBIAN/control" <<EOF
Package: notion-setup
Version: $version
Architecture: $deb_arch
Maintainer: notion-setup developers <noreply@notion-setup.invalid>
Depends: $(IFS=,; echo "${depends[*]}" | sed 's/,/, /g')
Recommends: bash-completion
Installed-Size: $installed_kib
Section: utils
Priority: optional
Description: set up and check a Notion API token in .env
 Walks you from a Notion account to a verified NOTION_API_KEY in .env: an
 interactive wizard, an unattended mode for CI (--token-stdin --yes) and a
 validate health check. Ships its own Java runtime; no Java needs to be
 installed.
EOF
find "$root" -type d -exec chmod 755 {} +
dpkg-deb --root-owner-group -Zxz --build "$root" "$out/notion-setup_${version}_${deb_arch}.deb" >/dev/null
echo "dist: built notion-setup_${version}_${deb_arch}.deb (Depends: ${depends[*]})" >&2
