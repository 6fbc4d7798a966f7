#!/usr/bin/env bash
# Quick start, command one: set up, fill an embedded SQLite database with demo data, open the app.
# DEMO_APPEALS (default 20000) sets the size; RECEPTION_DB_URL points it elsewhere.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

ensure_dev_environment

data_dir="$("$PY" -c 'from reception.settings import data_dir; print(data_dir())')"
export RECEPTION_DB_URL="${RECEPTION_DB_URL:-sqlite:///$data_dir/demo.sqlite3}"
say "Database: $RECEPTION_DB_URL"
"$VENV/bin/reception-admin" db upgrade >/dev/null
if [ "$("$PY" -c 'import sys
from sqlalchemy import func, select
from reception.db.database import Database
from reception.db.models import Appeal
with Database(sys.argv[1]).uow() as uow:
    print(uow.session.scalar(select(func.count()).select_from(Appeal)))' "$RECEPTION_DB_URL")" = 0 ]; then
  say "Loading demo data (${DEMO_APPEALS:-20000} appeals)"
  "$VENV/bin/reception-admin" demo --appeals "${DEMO_APPEALS:-20000}" --properties 2000
fi
say "Log in as admin / demo12345 (the login window shows it too)"
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ "$(uname)" = Linux ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  command -v xvfb-run >/dev/null || apt_install xvfb xauth
  say "No display: running under xvfb-run"
  exec xvfb-run -a "$VENV/bin/reception" "$@"
fi
exec "$VENV/bin/reception" "$@"
