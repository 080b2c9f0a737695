#!/usr/bin/env bash
# The two set-up commands of the README, on a machine that has only Python 3.11+:
#   ./dev.sh run    start the dashboard on the bundled data (http://localhost:8501)
#   ./dev.sh test   lint and run the whole test suite (unit, AppTest, browser)
# Both create .venv and install the pinned requirements the first time, and again only
# when a requirements file changes, so running them twice is cheap.
set -euo pipefail
cd "$(dirname "$0")"

PYTHON=${PYTHON:-python3}
VENV=.venv

ensure_venv() {
  local requirements=$1
  if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    echo "error: Python 3.11 or newer is needed as '$PYTHON' (set PYTHON=/path/to/python3.11)" >&2
    exit 2
  fi
  [ -x "$VENV/bin/python" ] || "$PYTHON" -m venv "$VENV"
  local stamp="$VENV/.installed-$(basename "$requirements")"
  local wanted
  wanted=$(cat requirements*.txt | sha256sum | cut -d' ' -f1)
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$wanted" ]; then
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -r "$requirements"
    echo "$wanted" > "$stamp"
  fi
}

ensure_chromium() {
  [ -x /usr/bin/chromium ] && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "installing Debian's chromium for the browser tests..." >&2
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "error: the browser tests need /usr/bin/chromium: sudo apt-get install chromium" >&2
    exit 2
  fi
}

case "${1:-}" in
  run)
    ensure_venv requirements.txt
    shift
    exec "$VENV/bin/streamlit" run dashboard/app.py "$@"
    ;;
  test)
    ensure_venv requirements-dev.txt
    ensure_chromium
    shift
    "$VENV/bin/ruff" check .
    "$VENV/bin/ruff" format --check .
    exec "$VENV/bin/python" -m pytest "$@"
    ;;
  *)
    echo "usage: ./dev.sh run [streamlit options] | ./dev.sh test [pytest options]" >&2
    exit 2
    ;;
esac
