# Shared set-up steps for scripts/demo.sh and scripts/test.sh: source it, do not run it.
# Everything a fresh machine needs is installed here, from Debian's and Python's package registries.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
PY="$VENV/bin/python"

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else return 1; fi
}

APT_UPDATED=""
apt_install() {
  command -v apt-get >/dev/null || { say "apt-get is not available: install $* by hand"; return 1; }
  if [ -z "$APT_UPDATED" ]; then as_root apt-get update -qq && APT_UPDATED=1; fi
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

ensure_python() {
  local python="${PYTHON:-python3}"
  if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    say "Python 3.11 or newer is needed"; apt_install python3 python3-venv python3-pip
  fi
  if [ ! -x "$PY" ]; then
    say "Creating the virtual environment in .venv"
    "$python" -m venv "$VENV" || { apt_install python3-venv && "$python" -m venv "$VENV"; }
  fi
}

ensure_packages() {
  # Reinstall only when pyproject.toml changed since the last install.
  local stamp="$VENV/.installed-$(sha1sum "$ROOT/pyproject.toml" | cut -c1-12)"
  if [ ! -f "$stamp" ]; then
    say "Installing the project and its dependencies"
    "$PY" -m pip install -q --upgrade pip >/dev/null
    "$PY" -m pip install -q -e "$ROOT[test]"
    rm -f "$VENV"/.installed-*
    touch "$stamp"
  fi
}

ensure_qt_runtime() {
  # PySide6 wheels need a few system libraries (EGL, xkbcommon, fontconfig) even offscreen.
  if ! QT_QPA_PLATFORM=offscreen "$PY" -c 'from PySide6 import QtWidgets' 2>/dev/null; then
    say "Installing the system libraries Qt needs"
    apt_install libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 \
      libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libnss3 fonts-dejavu-core
  fi
}

ensure_build_tools() {
  # PyInstaller for the bundle (the `build` extra); its own stamp, so the test install stays as it is.
  local stamp="$VENV/.build-tools-$(sha1sum "$ROOT/pyproject.toml" | cut -c1-12)"
  if [ ! -f "$stamp" ]; then
    say "Installing PyInstaller"
    "$PY" - "$ROOT/pyproject.toml" <<'PYEOF' | xargs "$PY" -m pip install -q
import sys, tomllib
with open(sys.argv[1], "rb") as file:
    print("\n".join(f'"{r}"' for r in tomllib.load(file)["project"]["optional-dependencies"]["build"]))
PYEOF
    rm -f "$VENV"/.build-tools-*
    touch "$stamp"
  fi
}

ensure_bundle_libraries() {
  # The X11 platform plugin's libraries go into the bundle, so the build machine needs them.
  local missing="" known
  known="$( (ldconfig -p || /sbin/ldconfig -p) 2>/dev/null || true)"
  for lib in libxcb-icccm.so.4 libxcb-keysyms.so.1 libxcb-cursor.so.0 libxcb-shape.so.0 libxkbcommon-x11.so.0; do
    grep -qF "$lib" <<<"$known" || missing=1
  done
  if [ -n "$missing" ]; then
    say "Installing the X11 libraries the bundle carries"
    apt_install libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxcb-shape0 libxkbcommon-x11-0 ||
      say "Not installed: the bundle will need them on the workstation (X11 only)"
  fi
}

ensure_dev_environment() {
  ensure_python
  ensure_packages
  ensure_qt_runtime
}
