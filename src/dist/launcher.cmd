@echo off
rem notion-setup, installed (Windows): runs the tool on the Java runtime that ships beside this script, from
rem cmd and PowerShell alike. The same JVM options as the Unix launcher (bin/notion-setup); JAVA_OPTS comes
rem last, so it wins. -Xshare:auto: should the class-data-sharing archive not map, the JVM runs without it.
setlocal
set "NOTION_SETUP_RUNTIME=%~dp0..\lib\runtime"
"%NOTION_SETUP_RUNTIME%\bin\java.exe" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -Xshare:auto "-XX:SharedArchiveFile=%NOTION_SETUP_RUNTIME%\lib\notion-setup.jsa" "-Xlog:cds*=off" %JAVA_OPTS% dev.notionsetup.cli.Main %*
exit /b %ERRORLEVEL%
