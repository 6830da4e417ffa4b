#!/usr/bin/env bash
# Start an installed or bundled application the way a user's machine would: from a folder
# outside the checkout, with a bare environment (no Python, no PYTHONPATH, no virtual
# environment), offscreen. It prints its version, writes the demo data, prints a
# convention, renders the window to PNG and opens the window until it is painted.
#   packaging/smoke-test.sh dist/consultant-app/consultant-app
#   packaging/smoke-test.sh "C:/Users/me/AppData/Local/Programs/Consultant App/consultant-app-cli.exe"
set -euo pipefail

[[ $# -eq 1 && -x "$1" ]] || { echo "usage: $0 PATH/TO/consultant-app" >&2; exit 2; }
app="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"

bare=(HOME="$work/home" PATH=/usr/bin:/bin LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen
      CONSULTANT_APP_HOME="$work/home" CONSULTANT_APP_PASSPHRASE=demo-passphrase)
case "$(uname -s)" in  # what every Windows program needs to start at all
  MINGW* | MSYS* | CYGWIN*)
    bare+=(SYSTEMROOT="${SYSTEMROOT:-C:\\Windows}" WINDIR="${WINDIR:-C:\\Windows}"
           TEMP="${TEMP:-}" TMP="${TMP:-}" USERPROFILE="${USERPROFILE:-}"
           LOCALAPPDATA="${LOCALAPPDATA:-}" APPDATA="${APPDATA:-}") ;;
esac
run() { env -i "${bare[@]}" "$app" "$@"; }
check() {  # FILE MAGIC: the file exists and starts as it should
  [[ "$(head -c "${#2}" "$1")" == "$2" ]] || { echo "smoke test: $1 is not what it should be" >&2; exit 1; }
}

run --version
run --db demo.db demo --size small >/dev/null
run --db demo.db export internships -o internships.csv
reference="$(sed -n 2p internships.csv | cut -d, -f1)"
run --db demo.db print convention "$reference" --lang nl -o convention.pdf
check convention.pdf "%PDF"
run --db demo.db screenshot --lang fr -o window.png
check window.png $'\x89PNG'
started="${EPOCHREALTIME:-}"  # bash 5; the time to the painted window is told when known
painted="$(run --db demo.db run --quit-after-paint 2>/dev/null | grep '^painted' || true)"
[[ -n "$painted" ]] || { echo "smoke test: the window was not painted" >&2; exit 1; }
if [[ -n "$started" ]]; then
  painted="$(awk -v s="${started/,/.}" -v t="${painted##* at }" 'BEGIN { printf "%.2f", t - s }')"
fi
echo "smoke test passed: $app (window painted ${painted#painted } s after start)"
