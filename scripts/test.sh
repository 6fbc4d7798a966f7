#!/usr/bin/env bash
# Quick start, command two: set up everything and run the whole suite (lint, types, tests on
# SQLite and on a real PostgreSQL server). Extra arguments go to pytest.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/postgres.sh"
cd "$ROOT"

ensure_dev_environment
ensure_postgres

export QT_QPA_PLATFORM=offscreen
say "ruff"
"$VENV/bin/ruff" check reception ui tests bench
"$VENV/bin/ruff" format --check reception ui tests bench
say "mypy"
"$VENV/bin/mypy"
say "pytest (PostgreSQL: ${RECEPTION_TEST_PG_URL%%@*}@…)"
"$VENV/bin/pytest" "$@"
if [ -z "${RECEPTION_SKIP_BUNDLE:-}" ]; then
  say "bundle: build dist/reception/ and self-test the built program"
  bash "$ROOT/scripts/bundle.sh"
fi
