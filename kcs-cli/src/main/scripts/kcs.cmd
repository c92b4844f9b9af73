@echo off
rem The kcs command: runs kcs.jar, which the build puts next to this script.
rem Usage: kcs [assess|recommend|club|open|group|autonomy|budget|evaluate|simulate|sweep|sensitivity|example|help] [FILE] [--lang pl|en] [--format text|json|csv|html]
set KCS_CDS=
if exist "%~dp0kcs.jsa" set KCS_CDS=-XX:SharedArchiveFile="%~dp0kcs.jsa" -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off
java %KCS_CDS% %KCS_JAVA_OPTS% -jar "%~dp0kcs.jar" %*
