#!/usr/bin/env bash
# Installs infragate under PREFIX (default /usr/local): a release build with the Swift runtime linked
# statically (it then needs only libgit2's runtime package), its man page and bash/zsh/fish completions.
#   scripts/install.sh [PREFIX]        DESTDIR=/tmp/stage scripts/install.sh /usr   (for packaging)
set -euo pipefail
cd "$(dirname "$0")/.."
prefix="${1:-/usr/local}"
root="${DESTDIR:-}${prefix}"

build=(swift build -c release --static-swift-stdlib)
"${build[@]}" --product infragate
# generate-manual (swift-argument-parser's) renders the man page from the binary's own argument definitions.
# Built here with the same flags rather than through its package plugin, which would build infragate a second time.
"${build[@]}" --product generate-manual
bindir="$("${build[@]}" --show-bin-path)"
bin="$bindir/infragate"

install -D -m 0755 "$bin" "$root/bin/infragate"
install -d "$root/share/bash-completion/completions" "$root/share/zsh/site-functions" "$root/share/fish/vendor_completions.d"
"$bin" --generate-completion-script bash > "$root/share/bash-completion/completions/infragate"
"$bin" --generate-completion-script zsh > "$root/share/zsh/site-functions/_infragate"
"$bin" --generate-completion-script fish > "$root/share/fish/vendor_completions.d/infragate.fish"

manuals="$(mktemp -d)"
trap 'rm -rf "$manuals"' EXIT
"$bindir/generate-manual" "$bin" --output-directory "$manuals"
[ -s "$manuals/infragate.1" ] || { echo "install: generate-manual wrote no infragate.1" >&2; exit 1; }
install -D -m 0644 "$manuals/infragate.1" "$root/share/man/man1/infragate.1"

echo "installed infragate $("$bin" --version) under $root"
