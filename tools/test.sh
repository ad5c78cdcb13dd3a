#!/usr/bin/env bash
# Runs the whole test suite: installs missing packages, builds the default preset (core, app,
# CLI), then runs every test with CTest (ending in CTest's summary line).
set -euo pipefail
cd "$(dirname "$0")/.."
tools/install-deps.sh
cmake --preset default
cmake --build --preset default
export QT_QPA_PLATFORM=offscreen
ctest --preset default
