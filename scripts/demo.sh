#!/usr/bin/env bash
# README command 1: install what is missing, build release, and run the gate end to end on the
# bundled example (examples/ turned into a temporary git repository with a clean and a bad commit).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
swift build -c release
bin="$(swift build -c release --show-bin-path)/infragate"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export GIT_AUTHOR_NAME=infragate-demo GIT_AUTHOR_EMAIL=demo@infragate.invalid
export GIT_COMMITTER_NAME=infragate-demo GIT_COMMITTER_EMAIL=demo@infragate.invalid
git init -q -b main "$work/repo"
cp -R examples/clean/. "$work/repo/"
git -C "$work/repo" add -A && git -C "$work/repo" commit -qm "clean: hardened Dockerfile and policy"
git -C "$work/repo" checkout -qb feature
cp -R examples/bad/. "$work/repo/"
git -C "$work/repo" add -A && git -C "$work/repo" commit -qm "bad: a Dockerfile that should not pass"

echo "== infragate check --base main --head main (nothing changed)"
"$bin" check --repo "$work/repo" --base main --head main
echo
echo "== infragate check --base main --head feature --format github"
set +e
"$bin" check --repo "$work/repo" --base main --head feature --format github
github_status=$?
echo
echo "== infragate check --base main --head feature (text)"
"$bin" check --repo "$work/repo" --base main --head feature --no-color
status=$?
set -e
echo
echo "verdict: exit $status (1 = the policy failed the change)"
if [ "$status" -ne 1 ] || [ "$github_status" -ne 1 ]; then
  echo "demo: expected the bad commit to fail the gate with exit 1" >&2
  exit 1
fi
