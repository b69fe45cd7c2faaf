#!/usr/bin/env bash
# Installs everything hipaasim needs to build and test on a fresh Debian 12 machine, from
# Debian's packages and the npm registry. Idempotent: what is installed already is skipped.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  g++ cmake make git
  libboost1.81-dev                    # Beast and Asio
  nlohmann-json3-dev libyaml-dev       # JSON values; LibYAML reads scenarios
  libssl-dev                          # SHA-256 and HMAC for SigV4
  libpugixml-dev                      # XML parsing on the client side of the codecs
  libgtest-dev libbenchmark-dev
  librapidcheck-dev                   # property tests (properties/)
  python3 python3-botocore            # botocore's service models: the codecs' source of truth
  python3-yaml                        # check_schema.py reads the scenario schema
  python3-boto3 awscli                # real clients for the conformance tests (awscli is CLI v2)
)
# The JS SDK v3 (the conformance tests' JSON 1.0 CloudWatch client) needs Node.js; a machine
# that has it already (from NodeSource, say) keeps its own.
command -v node >/dev/null && command -v npm >/dev/null || packages+=(nodejs npm)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "ci/install-deps.sh: installing ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# The JS SDK v3 at the versions pinned in tests/conformance/js/package-lock.json.
if [ ! -d tests/conformance/js/node_modules ]; then
  (cd tests/conformance/js && npm ci --no-audit --no-fund --loglevel=error)
fi
