#!/usr/bin/env bash
# Install the Debian/Ubuntu packages the application needs, only when some are missing.
#   packaging/linux/system-deps.sh          libraries for Qt offscreen (tests, screenshots), pdftotext
#   packaging/linux/system-deps.sh --x11    also those for a real window on an X11/Wayland desktop
# The PostgreSQL server (initdb, pg_ctl) serves the team hub's tests: they start a throwaway
# cluster; psycopg's binary wheel brings its own libpq, the system one (libpq5) is its fallback.
set -euo pipefail

packages=(python3-venv libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0
          libx11-6 libgssapi-krb5-2 poppler-utils postgresql libpq5)
if [[ "${1:-}" == "--x11" ]]; then
  packages+=(libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
             libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xfixes0
             libxcb-xkb1 libxcb-shm0 libxcb-sync1 libxcb-render0 libx11-xcb1)
fi

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "Not a Debian/Ubuntu system: install the equivalents of ${packages[*]} yourself." >&2
  exit 0
fi

missing=()
for package in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$package")
done
# python3-venv is versioned on some releases (python3.11-venv); a working ensurepip is enough.
if python3 -c "import ensurepip" >/dev/null 2>&1; then
  missing=("${missing[@]/python3-venv}")
fi
read -r -a missing <<<"${missing[*]}"
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "Installing missing system packages: ${missing[*]}"
sudo_cmd=()
[[ $(id -u) -eq 0 ]] || sudo_cmd=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
