#!/usr/bin/env bash
# Install the consultant application for this user (no root needed):
#   ./install.sh              the program into ~/.local/opt/consultant-app, the command
#                             ~/.local/bin/consultant-app, a menu entry and its icon
#   ./install.sh --uninstall  remove them again
# A newer version installs over an older one. The data (database, backups, preferences in
# ~/.local/share/consultant-app and ~/.config/consultant-app) and the keyring entry are not
# in the program's folder: installing and uninstalling leave them as they are.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
target="$HOME/.local/opt/consultant-app"
command="$HOME/.local/bin/consultant-app"
menu="$data/applications/consultant-app.desktop"
icon="$data/icons/hicolor/256x256/apps/consultant-app.png"

rm -rf "$target" "$command" "$menu" "$icon"
if [[ "${1:-}" == "--uninstall" ]]; then
  echo "Consultant App removed (your data stays in $data/consultant-app)."
  exit 0
fi
mkdir -p "$target" "$(dirname "$command")" "$(dirname "$menu")" "$(dirname "$icon")"
cp -R "$here/consultant-app" "$here/_internal" "$target/"
ln -s "$target/consultant-app" "$command"
cp "$here/consultant-app.png" "$icon"
sed "s|^Exec=.*|Exec=\"$target/consultant-app\"|" "$here/consultant-app.desktop" > "$menu"
command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" || true
echo "Consultant App installed: start it from the menu, or run $command"
