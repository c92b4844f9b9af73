@echo off
rem Variables set here stay in this script, not in the caller's console.
setlocal
rem The kcs command: runs kcs.jar, which the build puts next to this script.
rem Usage: kcs [assess|recommend|club|open|group|autonomy|budget|evaluate|simulate|sweep|sensitivity|example|help] [FILE] [--lang pl|en] [--format text|json|csv|html]
rem The class-data archive the build made (AppCDS), only at the length the build recorded: the JVM
rem aborts on a truncated archive.
set KCS_CDS=
set KCS_JSA_LENGTH=
set KCS_JSA_EXPECTED=
if exist "%~dp0kcs.jsa.length" set /p KCS_JSA_EXPECTED=<"%~dp0kcs.jsa.length"
if exist "%~dp0kcs.jsa" for %%F in ("%~dp0kcs.jsa") do set KCS_JSA_LENGTH=%%~zF
if defined KCS_JSA_LENGTH if "%KCS_JSA_LENGTH%"=="%KCS_JSA_EXPECTED%" set KCS_CDS=-XX:SharedArchiveFile="%~dp0kcs.jsa" -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off
rem But for the long runs of the simulation, the quick C1 compiler and the serial collector, which
rem start fastest.
set KCS_QUICK=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC
if /i "%~1"=="simulate" set KCS_QUICK=
if /i "%~1"=="sweep" set KCS_QUICK=
if /i "%~1"=="sensitivity" set KCS_QUICK=
java %KCS_CDS% %KCS_QUICK% %KCS_JAVA_OPTS% -jar "%~dp0kcs.jar" %*
exit /b %ERRORLEVEL%
