#!/usr/bin/env bash
# Downloads the official report schemas into Tests/Schemas/ (kept out of git; sources and licences in
# Tests/Schemas/README.md) so that Tests/IntegrationTests/SchemaValidationTests validates every machine
# format against them. Pinned by commit or tag; checked by SHA-256 where the pin is a commit.
set -euo pipefail
cd "$(dirname "$0")/../Tests/Schemas"

fetch() { # name url sha256 (empty: tag-pinned, not checked)
  local name=$1 url=$2 sum=$3
  [ -s "$name" ] && { echo "schemas: $name present"; return; }
  curl -fsSL --retry 2 -o "$name.part" "$url"
  if [ -n "$sum" ] && [ "$(sha256sum "$name.part" | cut -d' ' -f1)" != "$sum" ]; then
    rm -f "$name.part"
    echo "schemas: $name does not match its pinned SHA-256; not kept" >&2
    exit 1
  fi
  mv "$name.part" "$name"
  echo "schemas: fetched $name"
}

fetch sarif-schema-2.1.0.json \
  https://raw.githubusercontent.com/oasis-tcs/sarif-spec/e0583813964ec43cea53b6b531b402866095ed1f/sarif-2.1/schema/sarif-schema-2.1.0.json \
  c3b4bb2d6093897483348925aaa73af03b3e3f4bd4ca38cef26dcb4212a2682e
fetch sast-report-format-15.0.6.json \
  https://gitlab.com/gitlab-org/security-products/security-report-schemas/-/raw/v15.0.6/dist/sast-report-format.json \
  ""
fetch junit-10.xsd \
  https://raw.githubusercontent.com/jenkinsci/xunit-plugin/8c515de2804b3fd591a3b0f1ff8908a1b1a41887/src/main/resources/org/jenkinsci/plugins/xunit/types/model/xsd/junit-10.xsd \
  a1a816f58d1bf95ebabf371994df0b9246dee66ea9572fbec4f9296f1b2c0ff6
