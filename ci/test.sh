#!/usr/bin/env bash
# The test command: installs what is missing, builds, and runs every test except benchmarks.
# Extra arguments go to ctest, e.g. `ci/test.sh -L conformance` or `ci/test.sh -R sigv4`.
set -euo pipefail
cd "$(dirname "$0")/.."
ci/install-deps.sh
ci/build.sh
ctest --test-dir build --output-on-failure -j2 -LE bench "$@"
