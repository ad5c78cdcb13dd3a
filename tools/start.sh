#!/usr/bin/env bash
# Quick start: installs missing packages, builds everything, writes the Kungsör demo store when
# missing, and opens the desktop app on it. Extra arguments go to the app.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/install-deps.sh
cmake --preset default
cmake --build --preset default
STORE="data/kungsor-demo.gpkg"
if [ ! -f "$STORE" ] && [ -x build/bin/lagesbild-cli ] && build/bin/lagesbild-cli demo --help >/dev/null 2>&1; then
  build/bin/lagesbild-cli demo "$STORE"
fi
ARGS=("$@")
if [ ${#ARGS[@]} -eq 0 ] && [ -f "$STORE" ]; then ARGS=("$STORE"); fi
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "start: no display found; running the app under xvfb-run (it will not be visible)." >&2
  exec xvfb-run -a -s "-screen 0 1400x900x24" build/bin/lagesbild "${ARGS[@]}"
fi
exec build/bin/lagesbild "${ARGS[@]}"
