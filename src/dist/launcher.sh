#!/bin/sh
# notion-setup, installed: runs the tool on the Java runtime that ships beside this script (lib/runtime), so
# no Java needs to be installed. Works from wherever the folder was unpacked, and through symbolic links
# (/usr/bin/notion-setup points here in the .deb). The runtime's class-data-sharing archive was made when the
# package was built (docs/install.md), so the first run starts as fast as every later one.
set -eu

self=$0
while [ -L "$self" ]; do
    link=$(readlink "$self")
    case $link in
        /*) self=$link ;;
        *) self=$(dirname -- "$self")/$link ;;
    esac
done
case $self in */*) dir=${self%/*} ;; *) dir=. ;; esac
home=$(CDPATH='' cd -- "${dir:-/}/.." && pwd -P)
runtime=$home/lib/runtime

# @SHARED-JVM-OPTIONS@ src/dist/build.sh puts here the block of ./notion-setup that sets jvm_opts (JAVA_OPTS
# comes after them, so it wins) and gives the JVM a UTF-8 locale in the POSIX one: one place for both launchers.

# -Xshare:auto: should the archive ever not map (it was made by this very runtime), the JVM runs without it;
# -Xlog:cds*=off keeps that quiet, since the JVM's warnings go to stdout, which must stay clean for --json.
set -f
# shellcheck disable=SC2086 # jvm_opts and JAVA_OPTS are word lists
exec "$runtime/bin/java" $jvm_opts -Xshare:auto "-XX:SharedArchiveFile=$runtime/lib/notion-setup.jsa" \
    "-Xlog:cds*=off" ${JAVA_OPTS:-} dev.notionsetup.cli.Main "$@"
