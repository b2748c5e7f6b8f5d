#!/usr/bin/env bash
# Runs the whole test suite (README command 2). Installs missing system packages first.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
# Tests commit into temporary repositories: give git an identity that does not depend on the machine.
export GIT_AUTHOR_NAME=infragate-tests GIT_AUTHOR_EMAIL=tests@infragate.invalid
export GIT_COMMITTER_NAME=infragate-tests GIT_COMMITTER_EMAIL=tests@infragate.invalid
swift build --build-tests
# The suite is XCTest only; without this, an empty Swift Testing run would print the last summary line.
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
set +e
swift test --skip-build --disable-swift-testing "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
# One plain closing line with the totals of XCTest's final summary.
summary=$(grep -E "^[[:space:]]*Executed [0-9]+ tests?, with" "$log" | tail -n 1 || true)
executed=$(sed -nE 's/.*Executed ([0-9]+) tests?.*/\1/p' <<<"$summary")
failed=$(sed -nE 's/.* ([0-9]+) failures? \(.*/\1/p' <<<"$summary")
skipped=$(sed -nE 's/.*with ([0-9]+) tests? skipped.*/\1/p' <<<"$summary")
executed=${executed:-0} failed=${failed:-0} skipped=${skipped:-0}
echo "$((executed - failed - skipped)) passed, $failed failed, $skipped skipped"
exit "$status"
