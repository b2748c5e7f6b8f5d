#!/usr/bin/env bash
# Builds a GitHub Enterprise Server "pre-receive hook environment": a tar.gz root filesystem with
# infragate (Swift standard library linked statically), every shared library `ldd` lists for it,
# a /bin/sh, and the server policy.
#   build-environment.sh POLICY.yml OUTPUT.tar.gz
# INFRAGATE_BINARY=path skips the release build and packs that binary instead.
set -euo pipefail
policy="${1:?usage: build-environment.sh POLICY.yml OUTPUT.tar.gz}"
output="${2:?usage: build-environment.sh POLICY.yml OUTPUT.tar.gz}"
here="$(cd "$(dirname "$0")" && pwd)"
binary="${INFRAGATE_BINARY:-}"
if [ -z "$binary" ]; then
  (cd "$here/../.." && swift build -c release --static-swift-stdlib >&2)
  binary="$(cd "$here/../.." && swift build -c release --static-swift-stdlib --show-bin-path)/infragate"
fi
root="$(mktemp -d)"
trap 'rm -rf "$root"' EXIT

# Copies a program and the libraries the dynamic loader needs for it, at the same paths.
install_with_libraries() {
  local program=$1 destination=$2
  mkdir -p "$root$(dirname "$destination")"
  cp -L "$program" "$root$destination"
  ldd "$program" | awk '/=> \// { print $3 } /^[ \t]*\/[^ ]+ \(/ { print $1 }' | while read -r library; do
    mkdir -p "$root$(dirname "$library")"
    cp -L "$library" "$root$library"
  done
}

install_with_libraries "$binary" /usr/local/bin/infragate
install_with_libraries "$(readlink -f /bin/sh)" /bin/sh
install -D -m 0644 "$policy" "$root/etc/infragate/policy.yml"
install -D -m 0755 "$here/pre-receive" "$root/hooks/infragate-pre-receive"
mkdir -p "$root/tmp" "$root/dev"
# The hook runs as an unprivileged user: every file readable and every folder searchable by it.
chmod -R a+rX "$root"
tar -C "$root" -czf "$output" .
echo "wrote $output ($(du -h "$output" | cut -f1))" >&2
