#!/usr/bin/env bash
# Backs up the ClickNBack database on the VPS: pg_dump (plain SQL, without owners and grants),
# gzip, written to $CLICKNBACK_HOME/backups/clicknback-<UTC date>-<time>.sql.gz (mode 600).
# The file appears only when the dump is complete. Run by cron at 03:00 UTC (deploy/crontab).
set -euo pipefail

usage() {
  cat <<'USAGE'
Usage: scripts/backup.sh [-h|--help]

Dumps the application database with pg_dump, gzips it and writes
$CLICKNBACK_HOME/backups/clicknback-YYYYMMDD-HHMMSS.sql.gz (UTC), then prints its path.
Restore it with scripts/restore.sh.

Settings (environment first, then $CLICKNBACK_HOME/.env):
  CLICKNBACK_HOME  deploy directory (default /opt/clicknback)
  BACKUP_DIR       where backups go (default $CLICKNBACK_HOME/backups)
  DB_EXEC          container (default: pg_dump runs in the clicknback-db container as
                   POSTGRES_USER on POSTGRES_DB) or local (this machine's pg_dump to
                   DB_HOST:DB_PORT/DB_NAME as DB_USER, DB_PASSWORD)
  COMPOSE          compose command for container mode (default: detected)
USAGE
}

case "${1:-}" in
  -h | --help) usage; exit 0 ;;
  "") ;;
  *) usage >&2; exit 2 ;;
esac

# shellcheck source=scripts/ops-common.sh
source "$(dirname "${BASH_SOURCE[0]}")/ops-common.sh"

require_home
take_lock
backup_dir="${BACKUP_DIR:-$CLICKNBACK_HOME/backups}"
umask 077
mkdir -p "$backup_dir"

target="$backup_dir/clicknback-$(date -u +%Y%m%d-%H%M%S).sql.gz"
partial="$target.partial"
trap 'rm -f "$partial"' EXIT

log "dumping the database ($DB_EXEC) to $target"
db_pg_dump --no-owner --no-privileges | gzip -9 >"$partial"
gzip -t "$partial"
mv "$partial" "$target"
log "backup complete: $target ($(wc -c <"$target") bytes)"
printf '%s\n' "$target"
