#!/usr/bin/env bash
# macOS disk image of the consultant application.
#   packaging/macos/build-dmg.sh VERSION
# takes "dist/Consultant App.app" (make package, or pyinstaller on macOS) and writes
# dist/consultant-app-VERSION-macos.dmg, holding the app and a link to /Applications.
#
# Signing and notarisation run only when their secrets are in the environment:
#   MACOS_SIGN_IDENTITY   "Developer ID Application: ..." (in the login or CI keychain)
#   APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD   notarisation with notarytool
# Without them the image is unsigned: macOS then asks the user to confirm the first start
# (right-click → Open).
set -euo pipefail

version="${1:?usage: $0 VERSION}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
app="$root/dist/Consultant App.app"
dmg="$root/dist/consultant-app-$version-macos.dmg"
entitlements="$root/packaging/macos/entitlements.plist"
[[ -d "$app" ]] || { echo "$app is missing: run make package first" >&2; exit 1; }

if [[ -n "${MACOS_SIGN_IDENTITY:-}" ]]; then
  codesign --force --deep --options runtime --timestamp \
    --entitlements "$entitlements" --sign "$MACOS_SIGN_IDENTITY" "$app"
  codesign --verify --deep --strict --verbose=2 "$app"
else
  echo "MACOS_SIGN_IDENTITY not set: the app is not signed" >&2
fi

staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
rm -f "$dmg"
hdiutil create -volname "Consultant App $version" -srcfolder "$staging" -ov -format UDZO "$dmg"

if [[ -n "${MACOS_SIGN_IDENTITY:-}" ]]; then
  codesign --force --timestamp --sign "$MACOS_SIGN_IDENTITY" "$dmg"
fi
if [[ -n "${MACOS_SIGN_IDENTITY:-}" && -n "${APPLE_ID:-}" && -n "${APPLE_TEAM_ID:-}" \
      && -n "${APPLE_APP_PASSWORD:-}" ]]; then
  xcrun notarytool submit "$dmg" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
    --password "$APPLE_APP_PASSWORD" --wait
  xcrun stapler staple "$dmg"
else
  echo "notarisation secrets not set: the disk image is not notarised" >&2
fi
echo "$dmg"
