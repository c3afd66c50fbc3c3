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
# comes after them, so it wins), gives the JVM a UTF-8 locale in the POSIX one (and locale_opt, which says
# so) and unsets CLASSPATH: one place for both launchers.

# -Xshare:auto: should the archive ever not map (it was made by this very runtime), the JVM runs without it;
# -Xlog:cds*=off keeps that quiet, since the JVM's warnings go to stdout, which must stay clean for --json.
# -m: the tool is the module notion.setup inside the runtime, and with a main module and no CLASSPATH java
# has no class path at all. Started by its class name instead, java would take the current folder as the
# class path and load service providers (META-INF/services) planted there into the process that holds the
# token; an empty -cp "" means the current folder too.
set -f
# shellcheck disable=SC2086 # jvm_opts, locale_opt and JAVA_OPTS are word lists
exec "$runtime/bin/java" $jvm_opts $locale_opt -Xshare:auto "-XX:SharedArchiveFile=$runtime/lib/notion-setup.jsa" \
    "-Xlog:cds*=off" ${JAVA_OPTS:-} -m notion.setup/dev.notionsetup.cli.Main "$@"
