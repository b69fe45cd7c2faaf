#!/usr/bin/env bash
# Configures and builds hipaasim in build/ (Release with debug info, warnings as errors).
# Usage: ci/build.sh [extra cmake arguments]
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DHIPAASIM_WERROR=ON "$@" >/dev/null
cmake --build build -j2
