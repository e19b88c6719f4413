#!/usr/bin/env bash
# Loads the demo data (seeds/all.sql, or the file given) into the database named by DB_*, with
# psql, behind `make seed`. The schema must be migrated and empty: `make migrate` first (make seed
# does). Never run by start-up, migrations, compose or CD; the VPS's nightly reset reseeds itself.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

usage() {
  cat <<'USAGE'
Usage: scripts/seed.sh [SEED_FILE]

Loads SEED_FILE (default seeds/all.sql) in one transaction into DB_HOST:DB_PORT/DB_NAME as
DB_USER. Development defaults as scripts/migrate.sh: localhost:55432, clicknback/clicknback.
Fails, changing nothing, when the rows already exist (reset with scripts/nightly-reset.sh
DB_EXEC=local, or recreate the development database: scripts/db.sh destroy).
USAGE
}

case "${1:-}" in
  -h | --help) usage; exit 0 ;;
esac
(($# <= 1)) || { usage >&2; exit 2; }

seed_file="${1:-$root/seeds/all.sql}"
[[ -r "$seed_file" ]] || { echo "seed: $seed_file not found" >&2; exit 1; }
# Development defaults (the same as scripts/db.sh and scripts/migrate.sh); the environment wins.
: "${DB_HOST:=localhost}" "${DB_PORT:=55432}" "${DB_NAME:=clicknback}" "${DB_USER:=clicknback}" "${DB_PASSWORD:=clicknback}"

# A psql that runs (Debian's /usr/bin/psql wrapper fails without a client package).
psql_bin=""
for candidate in "$(command -v psql 2>/dev/null || true)" $(printf '%s\n' /usr/lib/postgresql/*/bin/psql | sort -rV); do
  if [[ -n "$candidate" && -x "$candidate" ]] && "$candidate" --version >/dev/null 2>&1; then
    psql_bin="$candidate"
    break
  fi
done
if [[ -z "$psql_bin" ]]; then
  echo "seed: psql is not installed; install the PostgreSQL client: sudo apt-get install postgresql-client" >&2
  exit 1
fi

echo "seed: loading ${seed_file#"$root"/} into ${DB_HOST}:${DB_PORT}/${DB_NAME}"
# The password travels in the environment, never on the command line.
PGPASSWORD="$DB_PASSWORD" "$psql_bin" -X -q -v ON_ERROR_STOP=1 \
  -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d "$DB_NAME" -f "$seed_file"
echo "seed: done"
