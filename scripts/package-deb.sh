#!/usr/bin/env bash
# Builds dist/infragate_<version>_<arch>.deb with dpkg-deb: the binary (Swift runtime linked statically),
# man page and completions under /usr, depending on the packages that ship the libraries it links
# (libgit2's and Vectorscan's runtimes, zlib, libc), read from the binary itself.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v dpkg-deb >/dev/null || { echo "package-deb: dpkg-deb is required (Debian/Ubuntu)" >&2; exit 1; }

stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
DESTDIR="$stage" scripts/install.sh /usr
version="$("$stage/usr/bin/infragate" --version)"
arch="$(dpkg --print-architecture)"
# Each library the binary names (its NEEDED entries), as the package that ships it: libgit2-1.5 and
# libvectorscan5 on Debian 12. A library no package ships (a Swift runtime left dynamic) is an error.
depends=""
for library in $(readelf -d "$stage/usr/bin/infragate" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'); do
  # awk reads to the end: an early `exit` would let ldconfig die of SIGPIPE, which pipefail and set -e
  # turn into a silent failure of the whole script, now and then.
  path="$(ldconfig -p | awk -v name="$library" '$1 == name && !found { print $NF; found = 1 }')"
  owner="$( { [ -n "$path" ] && { dpkg -S "$path" 2>/dev/null || dpkg -S "/usr$path" 2>/dev/null; }; } | head -1 | cut -d: -f1 || true)"
  [ -n "$owner" ] || { echo "package-deb: no installed package ships $library, which the binary links" >&2; exit 1; }
  case ",$depends," in *", $owner,"*|*",$owner,"*) ;; *) depends="${depends:+$depends, }$owner" ;; esac
done

install -d "$stage/DEBIAN" "$stage/usr/share/doc/infragate"
install -m 0644 LICENSE "$stage/usr/share/doc/infragate/copyright"
cat > "$stage/DEBIAN/control" <<CONTROL
Package: infragate
Version: $version
Architecture: $arch
Maintainer: infragate maintainers <infragate@infragate.invalid>
Depends: $depends
Section: devel
Priority: optional
Description: git-native security gate for infrastructure code
 Judges the Dockerfiles, Kubernetes, Compose, Helm, Terraform, CloudFormation and CI files a change
 touches, as a pull-request check, a pre-receive hook or locally.
CONTROL
mkdir -p dist
dpkg-deb --root-owner-group --build "$stage" "dist/infragate_${version}_${arch}.deb"
