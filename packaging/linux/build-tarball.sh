#!/usr/bin/env bash
# Linux archive of the consultant application.
#   packaging/linux/build-tarball.sh VERSION
# takes the one-folder bundle dist/consultant-app/ (make package) and writes
# dist/consultant-app-VERSION-linux-x86_64.tar.gz: the bundle with a menu entry
# (.desktop), the icon and install.sh (per-user install, no root).
set -euo pipefail

version="${1:?usage: $0 VERSION}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
bundle="$root/dist/consultant-app"
name="consultant-app-$version-linux-$(uname -m)"
[[ -x "$bundle/consultant-app" ]] || { echo "$bundle is missing: run make package first" >&2; exit 1; }

staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT
mkdir "$staging/$name"
cp -R "$bundle/." "$staging/$name/"
cp "$root/packaging/linux/consultant-app.desktop" "$root/packaging/linux/install.sh" \
   "$root/resources/icons/consultant-app.png" "$staging/$name/"
chmod +x "$staging/$name/install.sh"
tar -C "$staging" -czf "$root/dist/$name.tar.gz" "$name"
echo "$root/dist/$name.tar.gz"
