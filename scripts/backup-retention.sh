#!/usr/bin/env bash
# Deletes ClickNBack backups older than the retention period (default 7 days) from
# $CLICKNBACK_HOME/backups. Only files named like backup.sh names them are ever touched, and the
# newest backup is always kept. Run by cron at 03:01 UTC (deploy/crontab).
set -euo pipefail

usage() {
  cat <<'USAGE'
Usage: scripts/backup-retention.sh [-h|--help]

Deletes backups (clicknback-*.sql.gz) last modified more than RETENTION_DAYS days ago from
BACKUP_DIR, keeping the newest one whatever its age, and names each file it deletes.

Settings (environment):
  CLICKNBACK_HOME  deploy directory (default /opt/clicknback)
  BACKUP_DIR       the backups (default $CLICKNBACK_HOME/backups)
  RETENTION_DAYS   age in days beyond which a backup is deleted (default 7)
USAGE
}

case "${1:-}" in
  -h | --help) usage; exit 0 ;;
  "") ;;
  *) usage >&2; exit 2 ;;
esac

CLICKNBACK_HOME="${CLICKNBACK_HOME:-/opt/clicknback}"
backup_dir="${BACKUP_DIR:-$CLICKNBACK_HOME/backups}"
days="${RETENTION_DAYS:-7}"
log() { printf '%s backup-retention: %s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$*"; }

[[ "$days" =~ ^[0-9]+$ && "$days" -ge 1 ]] || {
  log "ERROR: RETENTION_DAYS must be a whole number of days, at least 1 (got '$days')" >&2
  exit 1
}
if [[ ! -d "$backup_dir" ]]; then
  log "no backup directory $backup_dir: nothing to delete"
  exit 0
fi

newest="$(find "$backup_dir" -maxdepth 1 -type f -name 'clicknback-*.sql.gz' -printf '%T@ %p\n' |
  sort -n | tail -n 1 | cut -d ' ' -f 2-)"
deleted=0
while IFS= read -r -d '' file; do
  [[ "$file" != "$newest" ]] || continue
  rm -f -- "$file"
  log "deleted $file"
  deleted=$((deleted + 1))
done < <(find "$backup_dir" -maxdepth 1 -type f -name 'clicknback-*.sql.gz' \
  -mmin "+$((days * 24 * 60))" -print0)
log "$deleted backup(s) older than $days days deleted from $backup_dir"
