# Make sure a PostgreSQL server answers for the tests; source it after lib.sh.
# Exports RECEPTION_TEST_PG_URL. Order: the URL given, the local server, a local cluster started,
# Debian's postgresql installed and started.

pg_answers() {
  "$PY" - "$1" <<'PYEOF' 2>/dev/null
import sys
import psycopg
from sqlalchemy.engine import make_url
url = make_url(sys.argv[1]).set(drivername="postgresql")
psycopg.connect(url.render_as_string(hide_password=False), connect_timeout=3).close()
PYEOF
}

start_local_clusters() {
  command -v pg_ctlcluster >/dev/null || return 1
  local version
  for version in $(ls /etc/postgresql 2>/dev/null); do
    as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start 2>/dev/null || true
  done
  sleep 2
}

set_local_password() {
  # A fresh Debian cluster asks for a password on 127.0.0.1: give the postgres role one.
  as_root runuser -u postgres -- psql -q -c "ALTER USER postgres PASSWORD 'postgres'" >/dev/null 2>&1 || true
}

ensure_postgres() {
  local url="${RECEPTION_TEST_PG_URL:-postgresql+psycopg://postgres@127.0.0.1:5432/postgres}"
  local with_password="postgresql+psycopg://postgres:postgres@127.0.0.1:5432/postgres"
  if pg_answers "$url"; then export RECEPTION_TEST_PG_URL="$url"; return 0; fi
  if [ -z "${RECEPTION_TEST_PG_URL:-}" ]; then
    if pg_answers "$with_password"; then export RECEPTION_TEST_PG_URL="$with_password"; return 0; fi
    say "No PostgreSQL server answers at 127.0.0.1:5432: starting one"
    if ! ls /etc/postgresql/*/main >/dev/null 2>&1; then
      say "Installing Debian's postgresql"
      apt_install postgresql || true
    fi
    start_local_clusters || true
    for candidate in "$url" "$with_password"; do
      if pg_answers "$candidate"; then export RECEPTION_TEST_PG_URL="$candidate"; return 0; fi
    done
    set_local_password
    if pg_answers "$with_password"; then export RECEPTION_TEST_PG_URL="$with_password"; return 0; fi
  fi
  say "PostgreSQL does not answer at $url: the persistence tests need it (set RECEPTION_TEST_PG_URL)"
  return 1
}
