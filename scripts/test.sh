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
# Each test runs in a process of its own, two at a time: every test works in its own temporary folder and
# sets no shared environment, working directory or port. --verbose keeps each test's XCTest lines, whose
# skips the closing line counts; the xUnit file counts the tests and the failures, crashes included.
log="$(mktemp)" results="$(mktemp)"
# The gate keeps compiled caches in the user's cache folder when it runs outside a repository: the tests'
# go to a folder of their own, removed with the rest, so the suite leaves nothing in the home folder.
export XDG_CACHE_HOME="$(mktemp -d)"
trap 'rm -rf "$log" "$results" "$XDG_CACHE_HOME"' EXIT
set +e
swift test --skip-build --disable-swift-testing --parallel --num-workers 2 --verbose --xunit-output "$results" "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
# One plain closing line with the totals.
executed=$(sed -nE 's/.*<testsuite [^>]*tests="([0-9]+)".*/\1/p' "$results" | head -n 1)
failed=$(sed -nE 's/.*<testsuite [^>]*failures="([0-9]+)".*/\1/p' "$results" | head -n 1)
skipped=$(grep -cE "^Test Case '[^']+' skipped \(" "$log" || true)
executed=${executed:-0} failed=${failed:-0} skipped=${skipped:-0}
echo "$((executed - failed - skipped)) passed, $failed failed, $skipped skipped"
exit "$status"
