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

# The same JVM options as ./notion-setup (which says why each one); JAVA_OPTS comes after them, so it wins.
jvm_opts="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData"
case ${JAVA_OPTS:-} in
    *Tiered* | *CICompilerCount*) ;;
    *) jvm_opts="$jvm_opts -XX:CICompilerCount=1" ;;
esac

# As ./notion-setup: in the POSIX locale Java would read a non-ASCII folder name as "caf??" (issue 14, item 15),
# so the JVM gets a UTF-8 locale there; any other locale is kept.
case ${LC_ALL:-${LC_CTYPE:-${LANG:-}}} in
    '' | C | POSIX) LC_ALL=C.UTF-8 && export LC_ALL ;;
esac

# -Xshare:auto: should the archive ever not map (it was made by this very runtime), the JVM runs without it;
# -Xlog:cds*=off keeps that quiet, since the JVM's warnings go to stdout, which must stay clean for --json.
set -f
# shellcheck disable=SC2086 # jvm_opts and JAVA_OPTS are word lists
exec "$runtime/bin/java" $jvm_opts -Xshare:auto "-XX:SharedArchiveFile=$runtime/lib/notion-setup.jsa" \
    "-Xlog:cds*=off" ${JAVA_OPTS:-} dev.notionsetup.cli.Main "$@"
