#!/usr/bin/env bash
# Runs the three packaging scripts end to end and checks what they produce (for .ci/run; a release build):
#   scripts/install.sh into a temporary prefix: the binary runs and judges, man page and completions are there;
#   scripts/package-deb.sh: the .deb's control fields and file list (dpkg-deb -f / -c);
#   scripts/release-archive.sh: the archive's SHA-256 verifies and it holds what install.sh installs.
# What it builds under dist/ is removed again; the release build stays in .build/ like any build.
set -euo pipefail
cd "$(dirname "$0")/.."
work="$(mktemp -d)"
# `scan` outside a repository keeps its compiled secrets database in the user's cache folder: here, ours.
export XDG_CACHE_HOME="$work/cache"
made=()
cleanup() {
  rm -rf "$work"
  for file in "${made[@]}"; do rm -f "$file"; done
  rmdir dist 2>/dev/null || true
}
trap cleanup EXIT
fail() { echo "check-packaging: $*" >&2; exit 1; }

# 1. install.sh
scripts/install.sh "$work/prefix" >"$work/install.log" 2>&1 || { cat "$work/install.log" >&2; fail "install.sh failed"; }
gate="$work/prefix/bin/infragate"
for file in bin/infragate share/man/man1/infragate.1 share/bash-completion/completions/infragate \
            share/zsh/site-functions/_infragate share/fish/vendor_completions.d/infragate.fish; do
  [ -s "$work/prefix/$file" ] || fail "install.sh did not install $file"
done
version="$("$gate" --version)"
# The Swift runtime is linked in: only system libraries and libgit2 remain.
if ldd "$gate" | grep -q 'libswift'; then fail "the installed binary links the Swift runtime dynamically"; fi
grep -q 'check' "$work/prefix/share/bash-completion/completions/infragate" || fail "the bash completion names no subcommand"
grep -q '^\.Dt INFRAGATE 1' "$work/prefix/share/man/man1/infragate.1" || fail "the man page has no .Dt INFRAGATE 1 header (mdoc)"
printf 'FROM alpine:3.20\nUSER root\n' > "$work/Dockerfile"
status=0; "$gate" scan "$work/Dockerfile" >/dev/null || status=$?
[ "$status" = 1 ] || fail "the installed binary did not fail a root Dockerfile (exit $status)"

# 2. package-deb.sh
if command -v dpkg-deb >/dev/null; then
  scripts/package-deb.sh >"$work/deb.log" 2>&1 || { cat "$work/deb.log" >&2; fail "package-deb.sh failed"; }
  deb="dist/infragate_${version}_$(dpkg --print-architecture).deb"
  [ -f "$deb" ] || fail "package-deb.sh wrote no $deb"
  made+=("$deb")
  [ "$(dpkg-deb -f "$deb" Package)" = infragate ] || fail "$deb: Package is not infragate"
  [ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "$deb: Version is not $version"
  dpkg-deb -f "$deb" Depends | grep -q 'libgit2-' || fail "$deb: Depends names no libgit2 runtime"
  listing="$(dpkg-deb -c "$deb")"
  for file in ./usr/bin/infragate ./usr/share/man/man1/infragate.1 ./usr/share/doc/infragate/copyright \
              ./usr/share/bash-completion/completions/infragate; do
    grep -q " $file\$" <<<"$listing" || fail "$deb does not hold $file"
  done
  grep -q 'root/root.*\./usr/bin/infragate$' <<<"$listing" || fail "$deb: files are not owned by root"
  echo "check-packaging: $deb ($(dpkg-deb -f "$deb" Depends))"
else
  echo "check-packaging: dpkg-deb is not installed; the .deb was not built"
fi

# 3. release-archive.sh
scripts/release-archive.sh >"$work/archive.log" 2>&1 || { cat "$work/archive.log" >&2; fail "release-archive.sh failed"; }
name="infragate-${version}-linux-$(uname -m)"
made+=("dist/$name.tar.gz" "dist/$name.tar.gz.sha256")
(cd dist && sha256sum -c "$name.tar.gz.sha256" >/dev/null) || fail "dist/$name.tar.gz does not match its .sha256"
grep -q "INFRAGATE_SHA256=$(cut -d' ' -f1 "dist/$name.tar.gz.sha256")" "$work/archive.log" || fail "release-archive.sh did not print INFRAGATE_SHA256"
mkdir "$work/unpacked"
tar -C "$work/unpacked" -xzf "dist/$name.tar.gz"
# The layout action.yml and ci-templates/ run from: infragate/bin/infragate.
[ "$("$work/unpacked/infragate/bin/infragate" --version)" = "$version" ] || fail "the archive's binary is not version $version"
[ -f "$work/unpacked/infragate/LICENSE" ] || fail "the archive holds no LICENSE"
echo "check-packaging: install.sh, package-deb.sh and release-archive.sh work (infragate $version)"
