#!/usr/bin/env bash
# Installs what infragate needs to build and test on Debian/Ubuntu, only if it is missing.
set -euo pipefail

need=()
pkg-config --exists libgit2 2>/dev/null || need+=(libgit2-dev)
pkg-config --exists libhs 2>/dev/null || need+=(libvectorscan-dev)
command -v pkg-config >/dev/null 2>&1 || need+=(pkg-config)
command -v git >/dev/null 2>&1 || need+=(git)
if [ "${#need[@]}" -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "setup: installing ${need[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
fi
command -v swift >/dev/null 2>&1 || { echo "setup: the Swift toolchain (swift 6.x) is required on PATH" >&2; exit 1; }
