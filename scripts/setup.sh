#!/usr/bin/env bash
# Installs what infragate needs to build and test on Debian/Ubuntu, only if it is missing.
set -euo pipefail

need=()
pkg-config --exists libgit2 2>/dev/null || need+=(libgit2-dev)
pkg-config --exists zlib 2>/dev/null || need+=(zlib1g-dev)
command -v pkg-config >/dev/null 2>&1 || need+=(pkg-config)
command -v git >/dev/null 2>&1 || need+=(git)
# Test-only: cmark renders the Markdown audit as GitHub/GitLab would; jsonschema and xmllint validate the
# machine formats against the official schemas (scripts/fetch-schemas.sh downloads those).
command -v cmark >/dev/null 2>&1 || need+=(cmark)
python3 -c 'import jsonschema' 2>/dev/null || need+=(python3-jsonschema)
command -v xmllint >/dev/null 2>&1 || need+=(libxml2-utils)
if [ "${#need[@]}" -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "setup: installing ${need[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
fi
command -v swift >/dev/null 2>&1 || { echo "setup: the Swift toolchain (swift 6.x) is required on PATH" >&2; exit 1; }
