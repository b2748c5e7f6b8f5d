#!/usr/bin/env bash
# Builds dist/infragate-<version>-linux-<arch>.tar.gz (bin/, share/: what scripts/install.sh installs)
# and its .sha256, the pinned release that action.yml and ci-templates/ download and verify.
set -euo pipefail
cd "$(dirname "$0")/.."
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
DESTDIR="$stage" scripts/install.sh /infragate
version="$("$stage/infragate/bin/infragate" --version)"
name="infragate-${version}-linux-$(uname -m)"
install -m 0644 LICENSE "$stage/infragate/LICENSE"
mkdir -p dist
tar -C "$stage" --owner=0 --group=0 --sort=name -czf "dist/$name.tar.gz" infragate
(cd dist && sha256sum "$name.tar.gz" > "$name.tar.gz.sha256")
cat "dist/$name.tar.gz.sha256"
# What the CI templates and action.yml take (INFRAGATE_SHA256 is a CI variable, never a value in a template).
echo "INFRAGATE_VERSION=$version INFRAGATE_SHA256=$(cut -d' ' -f1 "dist/$name.tar.gz.sha256")"
