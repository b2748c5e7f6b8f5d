#!/usr/bin/env bash
# Installs infragate under PREFIX (default /usr/local): a release build with the Swift runtime linked
# statically (it then needs only libgit2's runtime package), its man page and bash/zsh/fish completions.
#   scripts/install.sh [PREFIX]        DESTDIR=/tmp/stage scripts/install.sh /usr   (for packaging)
set -euo pipefail
cd "$(dirname "$0")/.."
prefix="${1:-/usr/local}"
root="${DESTDIR:-}${prefix}"

swift build -c release --static-swift-stdlib --product infragate
bin="$(swift build -c release --show-bin-path)/infragate"

install -D -m 0755 "$bin" "$root/bin/infragate"
install -d "$root/share/bash-completion/completions" "$root/share/zsh/site-functions" "$root/share/fish/vendor_completions.d"
"$bin" --generate-completion-script bash > "$root/share/bash-completion/completions/infragate"
"$bin" --generate-completion-script zsh > "$root/share/zsh/site-functions/_infragate"
"$bin" --generate-completion-script fish > "$root/share/fish/vendor_completions.d/infragate.fish"

# The man page comes from the same argument definitions (swift-argument-parser's generate-manual plugin).
swift package --disable-sandbox plugin generate-manual --configuration release >/dev/null
manual="$(find .build/plugins -path '*GenerateManual*' -name infragate.1 | head -1)"
[ -n "$manual" ] || { echo "install: the generate-manual plugin wrote no infragate.1" >&2; exit 1; }
install -D -m 0644 "$manual" "$root/share/man/man1/infragate.1"

echo "installed infragate $("$bin" --version) under $root"
