#!/usr/bin/env bash
# Benchmark (not a test): times `infragate check` on generated repositories of 1,000 and 100,000
# files, for changes of 5 and 1,000 Dockerfiles, beside the floor of reading the same blobs with
# `git diff-tree -r OLD NEW | git cat-file --batch`. Prints a Markdown table (median of RUNS runs).
#   scripts/bench.sh [RUNS]      (default 7; builds release first)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-7}"
swift build -c release >/dev/null
bin="$(swift build -c release --show-bin-path)/infragate"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Emits a git fast-import stream: commit "base" with $1 files (1,000 of them Dockerfiles in svc*/),
# then "small" changing 5 Dockerfiles and, from base, "large" changing all 1,000.
generate() {
  local files=$1
  awk -v files="$files" 'BEGIN {
    plain = files - 1000; if (plain < 0) plain = 0
    print "commit refs/heads/main"; print "mark :1"
    print "committer bench <bench@infragate.invalid> 1700000000 +0000"; print "data 4"; print "base"
    for (i = 0; i < plain; i++) {
      body = "plain file " i "\n"
      printf "M 100644 inline src/d%d/e%d/f%d.txt\ndata %d\n%s\n", int(i / 1000), int(i / 50) % 20, i, length(body), body
    }
    for (i = 0; i < 1000; i++) {
      body = "FROM alpine:3.20\nUSER 10001\nHEALTHCHECK CMD true\nCMD [\"echo\", \"" i "\"]\n"
      printf "M 100644 inline svc/g%d/s%d/Dockerfile\ndata %d\n%s\n", int(i / 100), i, length(body), body
    }
    for (b = 0; b < 2; b++) {
      n = (b == 0) ? 5 : 1000
      printf "commit refs/heads/%s\nmark :%d\ncommitter bench <bench@infragate.invalid> 1700000100 +0000\ndata 6\nchange\nfrom :1\n", (b == 0 ? "small" : "large"), b + 2
      for (i = 0; i < n; i++) {
        body = "FROM ubuntu:latest\nENV API_TOKEN=abc" i "\nRUN curl -fsSL https://x.invalid/i.sh | sh\n"
        printf "M 100644 inline svc/g%d/s%d/Dockerfile\ndata %d\n%s\n", int(i / 100), i, length(body), body
      }
    }
  }'
}

# Median wall time in ms of running "$@" $runs times.
median_ms() {
  local samples=()
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 || true
    end=$(date +%s%N)
    samples+=("$(( (end - start) / 1000 ))")
  done
  printf '%s\n' "${samples[@]}" | sort -n | awk '{ a[NR] = $1 } END { printf "%.1f", a[int((NR + 1) / 2)] / 1000 }'
}

floor() { git -C "$1" diff-tree -r "$2" "$3" | awk '{ print $4 }' | git -C "$1" cat-file --batch >/dev/null; }

echo "| repository | changed Dockerfiles | infragate check (ms) | git diff-tree + cat-file floor (ms) |"
echo "|---:|---:|---:|---:|"
for files in 1000 100000; do
  repo="$work/repo-$files"
  git init -q --bare "$repo"
  generate "$files" | git -C "$repo" fast-import --quiet
  for branch in small large; do
    changed=$([ "$branch" = small ] && echo 5 || echo 1000)
    gate=$(median_ms "$bin" check --repo "$repo" --base main --head "$branch" --format json)
    base=$(median_ms floor "$repo" main "$branch")
    echo "| $files files | $changed | $gate | $base |"
  done
done
