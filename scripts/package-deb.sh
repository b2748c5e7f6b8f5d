#!/usr/bin/env bash
# Builds dist/infragate_<version>_<arch>.deb with dpkg-deb: the statically linked binary, man page and
# completions under /usr, depending only on libgit2's runtime package.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v dpkg-deb >/dev/null || { echo "package-deb: dpkg-deb is required (Debian/Ubuntu)" >&2; exit 1; }

stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
DESTDIR="$stage" scripts/install.sh /usr
version="$("$stage/usr/bin/infragate" --version)"
arch="$(dpkg --print-architecture)"
# The libgit2 runtime the binary was linked against (libgit2-1.5 on Debian 12).
libgit2="$(dpkg-query -W -f='${Depends}' libgit2-dev | tr ',' '\n' | sed -n 's/^ *\(libgit2-[0-9.]*\).*/\1/p' | head -1)"
[ -n "$libgit2" ] || { echo "package-deb: cannot tell which libgit2 runtime libgit2-dev depends on" >&2; exit 1; }

install -d "$stage/DEBIAN" "$stage/usr/share/doc/infragate"
install -m 0644 LICENSE "$stage/usr/share/doc/infragate/copyright"
cat > "$stage/DEBIAN/control" <<CONTROL
Package: infragate
Version: $version
Architecture: $arch
Maintainer: infragate maintainers <infragate@infragate.invalid>
Depends: $libgit2, zlib1g
Section: devel
Priority: optional
Description: git-native security gate for infrastructure code
 Judges the Dockerfiles, Kubernetes, Compose, Helm, Terraform, CloudFormation and CI files a change
 touches, as a pull-request check, a pre-receive hook or locally.
CONTROL
mkdir -p dist
dpkg-deb --root-owner-group --build "$stage" "dist/infragate_${version}_${arch}.deb"
