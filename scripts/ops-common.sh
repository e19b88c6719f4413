#!/usr/bin/env bash
# Shared by the VPS operation scripts (backup.sh, backup-retention.sh, nightly-reset.sh,
# restore.sh); sourced, never run. It reads the deploy directory's settings and gives the scripts
# one way to reach psql and pg_dump, whichever way the database is reached.
#
# Settings (environment first, then $CLICKNBACK_HOME/.env):
#   CLICKNBACK_HOME  deploy directory (default /opt/clicknback): podman-compose.yml, .env,
#                    seeds/all.sql, backups/
#   DB_EXEC          container (default): psql and pg_dump run inside the clicknback-db container
#                    as POSTGRES_USER on POSTGRES_DB, through the compose tool;
#                    local: the psql and pg_dump on this machine connect to
#                    DB_HOST:DB_PORT/DB_NAME as DB_USER with DB_PASSWORD (used by the tests)
#   COMPOSE          compose command for container mode (default: docker compose, podman compose,
#                    podman-compose or docker-compose, the first that works)
#   COMPOSE_FILE     compose file in CLICKNBACK_HOME (default podman-compose.yml)
#   OPS_LOCK_WAIT    seconds to wait for another operation script to finish (default 900)

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  echo "ops-common.sh is a library for the operation scripts; run one of them instead" >&2
  exit 2
fi

CLICKNBACK_HOME="${CLICKNBACK_HOME:-/opt/clicknback}"
DB_EXEC="${DB_EXEC:-container}"
OPS_NAME="${OPS_NAME:-$(basename "$0" .sh)}"
DB_SERVICE=clicknback-db
APP_SERVICE=clicknback-app
MIGRATE_SERVICE=migrate
SCRIPTS_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

log() { printf '%s %s: %s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$OPS_NAME" "$*"; }
die() {
  printf '%s %s: ERROR: %s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$OPS_NAME" "$*" >&2
  exit 1
}

# A setting: the environment wins over $CLICKNBACK_HOME/.env; $2 is the default. The file is
# parsed, never sourced, so nothing in it runs.
setting() {
  local name="$1" default="${2:-}" value="${!1:-}"
  if [[ -z "$value" && -f "$CLICKNBACK_HOME/.env" ]]; then
    value="$(sed -n "s/^[[:space:]]*${name}[[:space:]]*=[[:space:]]*//p" "$CLICKNBACK_HOME/.env" | tail -n 1)"
    value="${value%\"}" value="${value#\"}" value="${value%\'}" value="${value#\'}"
  fi
  printf '%s' "${value:-$default}"
}

require_home() {
  [[ -d "$CLICKNBACK_HOME" ]] ||
    die "deploy directory $CLICKNBACK_HOME not found (set CLICKNBACK_HOME)"
  if [[ "$DB_EXEC" == container && ! -f "$CLICKNBACK_HOME/.env" ]]; then
    die "$CLICKNBACK_HOME/.env not found: the deploy directory needs its .env (see .env.example)"
  fi
  case "$DB_EXEC" in
    container | local) ;;
    *) die "DB_EXEC must be container or local (got '$DB_EXEC')" ;;
  esac
}

# One operation at a time: a backup, a reset or a restore waits for the one running.
take_lock() {
  local lock="$CLICKNBACK_HOME/.ops.lock"
  command -v flock >/dev/null || return 0
  exec 9>>"$lock"
  if ! flock -w "${OPS_LOCK_WAIT:-900}" 9; then
    die "another operation script holds $lock for more than ${OPS_LOCK_WAIT:-900}s"
  fi
}

# ---- compose (container mode) -----------------------------------------------------------------

COMPOSE_CMD=()

detect_compose() {
  ((${#COMPOSE_CMD[@]} == 0)) || return 0
  if [[ -n "${COMPOSE:-}" ]]; then
    read -r -a COMPOSE_CMD <<<"$COMPOSE"
  elif command -v docker >/dev/null && docker compose version >/dev/null 2>&1; then
    COMPOSE_CMD=(docker compose)
  elif command -v podman >/dev/null && podman compose version >/dev/null 2>&1; then
    COMPOSE_CMD=(podman compose)
  elif command -v podman-compose >/dev/null; then
    COMPOSE_CMD=(podman-compose)
  elif command -v docker-compose >/dev/null; then
    COMPOSE_CMD=(docker-compose)
  else
    die "no compose tool found (docker compose, podman compose, podman-compose or docker-compose); set COMPOSE"
  fi
  command -v "${COMPOSE_CMD[0]}" >/dev/null || die "COMPOSE='${COMPOSE:-}': ${COMPOSE_CMD[0]} not found"
}

# The compose command in the deploy directory, exactly as the CD workflow runs it (the compose
# tool reads .env from there).
compose() {
  detect_compose
  (cd "$CLICKNBACK_HOME" && "${COMPOSE_CMD[@]}" -f "${COMPOSE_FILE:-podman-compose.yml}" "$@")
}

# ---- psql and pg_dump ---------------------------------------------------------------------------

# Runs psql on the application database; SQL on stdin or in the arguments. Stops at the first error.
db_psql() {
  if [[ "$DB_EXEC" == container ]]; then
    local user db
    user="$(setting POSTGRES_USER)" db="$(setting POSTGRES_DB)"
    [[ -n "$user" && -n "$db" ]] || die "POSTGRES_USER and POSTGRES_DB must be set in $CLICKNBACK_HOME/.env"
    compose exec -T "$DB_SERVICE" psql -X -q -v ON_ERROR_STOP=1 -U "$user" -d "$db" "$@"
  else
    local_client psql
    PGPASSWORD="$(setting DB_PASSWORD)" "$LOCAL_CLIENT" -X -q -v ON_ERROR_STOP=1 \
      -h "$(setting DB_HOST localhost)" -p "$(setting DB_PORT 5432)" \
      -U "$(setting DB_USER)" -d "$(setting DB_NAME)" "$@"
  fi
}

# Runs pg_dump of the application database to stdout.
db_pg_dump() {
  if [[ "$DB_EXEC" == container ]]; then
    local user db
    user="$(setting POSTGRES_USER)" db="$(setting POSTGRES_DB)"
    [[ -n "$user" && -n "$db" ]] || die "POSTGRES_USER and POSTGRES_DB must be set in $CLICKNBACK_HOME/.env"
    compose exec -T "$DB_SERVICE" pg_dump -U "$user" -d "$db" "$@"
  else
    local_client pg_dump
    PGPASSWORD="$(setting DB_PASSWORD)" "$LOCAL_CLIENT" \
      -h "$(setting DB_HOST localhost)" -p "$(setting DB_PORT 5432)" \
      -U "$(setting DB_USER)" -d "$(setting DB_NAME)" "$@"
  fi
}

LOCAL_CLIENT=""

# Sets LOCAL_CLIENT to a working psql or pg_dump: PG_BINDIR, PATH, then the newest
# /usr/lib/postgresql/*/bin (Debian's /usr/bin wrappers fail without a matching client package).
local_client() {
  local candidate
  for candidate in "${PG_BINDIR:+$PG_BINDIR/$1}" "$(command -v "$1" 2>/dev/null || true)" \
    $(printf '%s\n' /usr/lib/postgresql/*/bin/"$1" | sort -rV); do
    if [[ -n "$candidate" && -x "$candidate" ]] && "$candidate" --version >/dev/null 2>&1; then
      LOCAL_CLIENT="$candidate"
      return 0
    fi
  done
  die "no working $1 found for DB_EXEC=local: sudo apt-get install postgresql-client"
}

# Empties the application database: drops the public schema with every table (Liquibase's own
# too) and creates it again as PostgreSQL creates it (owned by the database owner, usable by all).
# shellcheck disable=SC2034 # used by the scripts that source this file
RESET_SCHEMA_SQL="SET client_min_messages = warning;
DROP SCHEMA IF EXISTS public CASCADE;
CREATE SCHEMA public AUTHORIZATION pg_database_owner;
GRANT USAGE ON SCHEMA public TO PUBLIC;
COMMENT ON SCHEMA public IS 'standard public schema';"

# ---- the application container -------------------------------------------------------------------

APP_WAS_RUNNING=0

# Stops clicknback-app (container mode) so that nothing uses the database while it is replaced.
stop_app() {
  [[ "$DB_EXEC" == container ]] || return 0
  if [[ -n "$(compose ps -q "$APP_SERVICE" 2>/dev/null)" ]]; then
    log "stopping $APP_SERVICE while the database is replaced"
    compose stop "$APP_SERVICE" >/dev/null
    APP_WAS_RUNNING=1
  fi
}

# Starts clicknback-app again, with the image it had, if stop_app stopped it.
start_app() {
  ((APP_WAS_RUNNING)) || return 0
  log "starting $APP_SERVICE again"
  compose start "$APP_SERVICE" >/dev/null
  APP_WAS_RUNNING=0
}

# ---- migrations ----------------------------------------------------------------------------------

# The container engine behind the compose tool, for inspecting containers.
engine() {
  detect_compose
  case "${COMPOSE_CMD[0]}" in
    podman*) podman "$@" ;;
    *) docker "$@" ;;
  esac
}

# The migration image to run: MIGRATE_IMAGE from the environment, else the image of the migrate
# container of the running release (what the last deployment used), else MIGRATE_IMAGE in .env.
migrate_image() {
  local id image=""
  if [[ -n "${MIGRATE_IMAGE:-}" ]]; then
    printf '%s' "$MIGRATE_IMAGE"
    return 0
  fi
  id="$(compose ps -a -q "$MIGRATE_SERVICE" 2>/dev/null | head -n 1 || true)"
  if [[ -n "$id" ]]; then
    image="$(engine inspect --format '{{.Config.Image}}' "$id" 2>/dev/null || true)"
  fi
  printf '%s' "${image:-$(setting MIGRATE_IMAGE)}"
}

# Applies the Liquibase changelogs: MIGRATE_CMD when set (run by bash), else the migrate job of
# the compose file (container mode) or scripts/migrate.sh with the DB_* settings (local mode).
run_migrations() {
  if [[ -n "${MIGRATE_CMD:-}" ]]; then
    log "migrating: $MIGRATE_CMD"
    bash -c "$MIGRATE_CMD"
  elif [[ "$DB_EXEC" == container ]]; then
    local image
    image="$(migrate_image)"
    [[ -n "$image" ]] || die "no migration image: set MIGRATE_IMAGE in $CLICKNBACK_HOME/.env"
    log "migrating with the migrate job ($image)"
    MIGRATE_IMAGE="$image" compose run --rm --no-deps "$MIGRATE_SERVICE"
  else
    log "migrating with scripts/migrate.sh"
    DB_HOST="$(setting DB_HOST localhost)" DB_PORT="$(setting DB_PORT 5432)" \
      DB_NAME="$(setting DB_NAME)" DB_USER="$(setting DB_USER)" DB_PASSWORD="$(setting DB_PASSWORD)" \
      "$SCRIPTS_DIR/migrate.sh" update
  fi
}
