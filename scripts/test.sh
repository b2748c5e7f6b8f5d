#!/usr/bin/env bash
# Runs the whole test suite (README command 2). Installs missing system packages first.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
# Tests commit into temporary repositories: give git an identity that does not depend on the machine.
export GIT_AUTHOR_NAME=infragate-tests GIT_AUTHOR_EMAIL=tests@infragate.invalid
export GIT_COMMITTER_NAME=infragate-tests GIT_COMMITTER_EMAIL=tests@infragate.invalid
swift build --build-tests
swift test --skip-build "$@"
