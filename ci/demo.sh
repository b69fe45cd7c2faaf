#!/usr/bin/env bash
# Sets up, builds, and runs the main job: a HIPAA scan of the bundled demo clinic. The account is
# served in-process by mockaws and scanned over HTTP with AWS's HIPAA conformance pack; the report
# groups every verdict by HIPAA safeguard and control. Then the same clinic after remediation.
set -euo pipefail
cd "$(dirname "$0")/.."
ci/install-deps.sh
ci/build.sh

echo "# hipaasim scan scenarios/demo/clinic-noncompliant.yaml"
status=0
build/hipaasim scan scenarios/demo/clinic-noncompliant.yaml || status=$?
if [ "$status" -ne 1 ]; then  # 1: something is NON_COMPLIANT, as this account is meant to be
  echo "ci/demo.sh: expected exit status 1 from the non-compliant clinic, got $status" >&2
  exit 1
fi

echo
echo "# hipaasim scan scenarios/demo/clinic-compliant.yaml (summary)"
report=$(build/hipaasim scan scenarios/demo/clinic-compliant.yaml) || {
  echo "ci/demo.sh: the compliant clinic should scan clean (exit 0)" >&2
  exit 1
}
echo "$report" | tail -n 1
