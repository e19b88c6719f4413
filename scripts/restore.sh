#!/usr/bin/env bash
# Restores the ClickNBack database from a backup made by scripts/backup.sh: in one transaction,
# drops the public schema and loads the dump, so a failed restore leaves the database as it was.
# In container mode the application is stopped meanwhile and started again afterwards.
set -euo pipefail

usage() {
  cat <<'USAGE'
Usage: scripts/restore.sh [--yes] BACKUP_FILE

REPLACES the whole application database with the backup BACKUP_FILE (a .sql.gz from
scripts/backup.sh, e.g. /opt/clicknback/backups/clicknback-20260101-030000.sql.gz). Asks for
confirmation on a terminal; --yes skips the question (required when not on a terminal).
Take a fresh backup first (scripts/backup.sh) if the current data may be needed.

Settings (environment first, then $CLICKNBACK_HOME/.env):
  CLICKNBACK_HOME  deploy directory (default /opt/clicknback)
  DB_EXEC          container (default) or local; see scripts/backup.sh --help
  COMPOSE          compose command for container mode (default: detected)
USAGE
}

assume_yes=0
file=""
while (($#)); do
  case "$1" in
    -h | --help) usage; exit 0 ;;
    -y | --yes) assume_yes=1 ;;
    -*) usage >&2; exit 2 ;;
    *)
      [[ -z "$file" ]] || { usage >&2; exit 2; }
      file="$1"
      ;;
  esac
  shift
done
[[ -n "$file" ]] || { usage >&2; exit 2; }

# shellcheck source=scripts/ops-common.sh
source "$(dirname "${BASH_SOURCE[0]}")/ops-common.sh"

require_home
[[ -f "$file" && -r "$file" ]] || die "backup file $file not found or not readable"
gzip -t "$file" 2>/dev/null || die "$file is not a complete gzip file"

if ((!assume_yes)); then
  [[ -t 0 ]] || die "not on a terminal: add --yes to replace the database with $file"
  read -r -p "Replace the whole ClickNBack database with $file? Type yes: " answer
  [[ "$answer" == yes ]] || die "not confirmed; nothing changed"
fi
take_lock

finish() {
  local status=$?
  start_app || status=1
  if ((status == 0)); then
    log "restore complete from $file"
  else
    log "ERROR: the restore failed (exit $status); the transaction rolled back" >&2
  fi
  exit "$status"
}
trap finish EXIT

log "restoring $file ($DB_EXEC)"
stop_app
# pg_dump writes "CREATE SCHEMA public;" when the schema is not PostgreSQL's default one; the
# schema was just recreated, so that line must not fail.
{
  printf '%s\n' "$RESET_SCHEMA_SQL"
  gzip -dc "$file" | sed 's/^CREATE SCHEMA public;$/CREATE SCHEMA IF NOT EXISTS public;/'
} | db_psql --single-transaction --output=/dev/null
