#!/bin/sh
# Double-click (macOS) to start the OPDL page on this computer and open it in the browser. Close the window to stop it.
cd "$(dirname "$0")" && exec ./opdl serve --open "$@"
