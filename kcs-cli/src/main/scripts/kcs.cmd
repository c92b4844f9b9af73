@echo off
rem The kcs command: runs kcs.jar, which the build puts next to this script.
java %KCS_JAVA_OPTS% -jar "%~dp0kcs.jar" %*
