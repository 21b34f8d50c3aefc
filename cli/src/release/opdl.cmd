@echo off
rem Starts opdl from a release folder. Needs only a Java 17 or later runtime: JAVA_HOME, or java on the PATH.
setlocal
set "JAVA=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"
"%JAVA%" -version >nul 2>&1
if errorlevel 1 (
  echo opdl: Java 17 or later is needed; install a Java runtime, for example from adoptium.net, and try again. 1>&2
  echo opdl : il faut Java 17 ou plus recent; installez un environnement Java, par exemple d'adoptium.net, et reessayez. 1>&2
  exit /b 3
)
"%JAVA%" %OPDL_JAVA_OPTS% -jar "%~dp0lib\opdl.jar" %*
exit /b %ERRORLEVEL%
