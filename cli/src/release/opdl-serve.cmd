@echo off
rem Double-click to start the OPDL page on this computer and open it in the browser. Close this window to stop it.
call "%~dp0opdl.cmd" serve --open %*
if errorlevel 1 pause
