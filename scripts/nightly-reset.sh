#!/usr/bin/env bash
# Returns the public demo to its known state: drops and recreates the database's public schema,
# runs the migrations (the migrate job), then loads the demo data (seeds/all.sql). Run by cron at
# 03:05 UTC (deploy/crontab), after the 03:00 backup. In container mode the application is
# stopped meanwhile and started again afterwards, also when a step fails.
set -euo pipefail

usage() {
  cat <<'USAGE'
Usage: scripts/nightly-reset.sh [-h|--help]

DESTROYS every row of the application database, then migrates and reseeds it:
  1. DROP SCHEMA public CASCADE, CREATE SCHEMA public
  2. the migrate job (container mode) or scripts/migrate.sh (local mode)
  3. psql < SEED_FILE

Settings (environment first, then $CLICKNBACK_HOME/.env):
  CLICKNBACK_HOME  deploy directory (default /opt/clicknback)
  SEED_FILE        demo data (default $CLICKNBACK_HOME/seeds/all.sql)
  DB_EXEC          container (default) or local; see scripts/backup.sh --help
  MIGRATE_IMAGE    migration image (default: the one the running release used, else .env)
  MIGRATE_CMD      a command that migrates instead of the default (run by bash)
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
seed_file="${SEED_FILE:-$CLICKNBACK_HOME/seeds/all.sql}"
[[ -r "$seed_file" ]] || die "seed file $seed_file not found (set SEED_FILE)"
take_lock

finish() {
  local status=$?
  start_app || status=1
  if ((status == 0)); then
    log "reset complete: schema recreated, migrated, seeded from $seed_file"
  else
    log "ERROR: the reset failed (exit $status); see the lines above" >&2
  fi
  exit "$status"
}
trap finish EXIT

log "resetting the database ($DB_EXEC)"
stop_app
log "dropping and recreating the public schema"
db_psql -c "$RESET_SCHEMA_SQL"
run_migrations
log "loading $seed_file"
db_psql <"$seed_file"
