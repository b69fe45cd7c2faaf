#!/usr/bin/env bash
# Configures and builds hipaasim in build/ (Release with debug info, warnings as errors).
# Usage: ci/build.sh [extra cmake arguments]
# ccache, when installed, caches compilations across builds (a rebuild after `git checkout`
# or a clean build/ then costs seconds per unchanged file); it is never required.
set -euo pipefail
cd "$(dirname "$0")/.."
launcher=()
if command -v ccache >/dev/null; then
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DHIPAASIM_WERROR=ON "${launcher[@]}" "$@" >/dev/null
cmake --build build -j2
