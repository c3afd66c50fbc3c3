@echo off
rem notion-setup, installed (Windows): runs the tool on the Java runtime that ships beside this script, from
rem cmd and PowerShell alike. The same JVM options as the Unix launcher (bin/notion-setup); JAVA_OPTS comes
rem last, so it wins. -Xshare:auto: should the class-data-sharing archive not map, the JVM runs without it.
setlocal
rem No code from the working folder: java takes CLASSPATH (or, without it, the current folder) as the
rem class path and would run service providers (META-INF/services) planted there. -m names the tool,
rem the module inside the runtime; with a main module and no CLASSPATH java has no class path at all.
set "CLASSPATH="
set "NOTION_SETUP_RUNTIME=%~dp0..\lib\runtime"
"%NOTION_SETUP_RUNTIME%\bin\java.exe" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -Xshare:auto "-XX:SharedArchiveFile=%NOTION_SETUP_RUNTIME%\lib\notion-setup.jsa" "-Xlog:cds*=off" %JAVA_OPTS% -m notion.setup/dev.notionsetup.cli.Main %*
exit /b %ERRORLEVEL%
