#!/usr/bin/env bash
# Build the workstation bundle dist/reception/ (PyInstaller one-folder, build.spec) and run the built
# program's self-test offscreen. scripts/test.sh runs this after the test suite.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

ensure_dev_environment
ensure_build_tools
ensure_bundle_libraries

say "Building dist/reception/ (PyInstaller, log in build/pyinstaller.log)"
mkdir -p build
started=$SECONDS
# PyInstaller's own cache stays inside the checkout, like everything else the build writes.
if ! PYINSTALLER_CONFIG_DIR="$ROOT/build/pyinstaller-cache" "$VENV/bin/pyinstaller" build.spec \
    --noconfirm --log-level WARN --workpath "$ROOT/build/pyinstaller" --distpath "$ROOT/dist" \
    >build/pyinstaller.log 2>&1; then
  tail -n 40 build/pyinstaller.log >&2
  say "PyInstaller failed (the whole log: build/pyinstaller.log)"
  exit 1
fi
say "Built in $((SECONDS - started)) s: dist/reception/, $(du -sh dist/reception | cut -f1)"

say "Self-test of the built program (offscreen; screenshot and letter in build/self-test/)"
rm -rf build/self-test
QT_QPA_PLATFORM=offscreen RECEPTION_LANG=ru dist/reception/reception --self-test --self-test-dir build/self-test
dist/reception/reception-admin --help >/dev/null

if [ -n "${RECEPTION_TEST_PG_URL:-}" ]; then
  # scripts/test.sh has a PostgreSQL server: the built reception-admin migrates a throwaway database.
  say "The built reception-admin on PostgreSQL (a throwaway database)"
  scratch="reception_bundle_$$"
  pg_scratch() {
    "$PY" - "$RECEPTION_TEST_PG_URL" "$@" <<'PYEOF'
import sys
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
server = make_url(sys.argv[1]).set(drivername="postgresql+psycopg")
action, name = sys.argv[2], sys.argv[3]
engine = create_engine(server, isolation_level="AUTOCOMMIT")
with engine.connect() as connection:
    if action == "create":
        connection.execute(text(f'CREATE DATABASE "{name}"'))
        print(server.set(drivername="postgresql", database=name).render_as_string(hide_password=False))
    else:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
PYEOF
  }
  url="$(pg_scratch create "$scratch")"
  trap 'pg_scratch drop "$scratch"' EXIT
  dist/reception/reception-admin --db "$url" db upgrade
  dist/reception/reception-admin --db "$url" db status
  echo "bundle-check-1" | dist/reception/reception-admin --db "$url" user add bundle --role admin \
    --full-name "Проверка Сборки" --password-stdin
  for format in pdf xlsx; do
    dist/reception/reception-admin --db "$url" report summary --from 2026-01-01 --to 2026-12-31 \
      --format "$format" --out "build/self-test/summary.$format"
  done
fi
