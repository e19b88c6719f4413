#!/usr/bin/env bash
# The container stack behind `make image`, `make up`, `make down`, `make logs` and `make ps`:
# podman-compose.yml run by whichever compose tool is installed, in this order: `podman compose`,
# podman-compose, `docker compose`, docker-compose. The choice is printed.
#
# Usage: scripts/compose.sh image|up|down|logs|ps [extra arguments for the compose command]
#        scripts/compose.sh compose ARGS...   (any compose command, e.g. `compose config`)
#
# Environment:
#   COMPOSE               the compose command to use, e.g. COMPOSE=docker-compose or
#                         COMPOSE="podman compose" (default: detected as above)
#   CONTAINER_ENGINE      podman or docker, for networks and container state (default: the one
#                         behind the compose command)
#   COMPOSE_PROJECT_NAME  project name (default: clicknback)
#   COMPOSE_FILE          compose file(s), colon-separated (default: podman-compose.yml)
#   ENV_FILE              settings of the stack (default: .env, made from .env.example)
#   UP_TIMEOUT            seconds `up` waits for clicknback-app to be healthy (default: 300)
#
# Also a library: scripts/smoke.sh sources it for the same helpers.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

PROJECT="${COMPOSE_PROJECT_NAME:-clicknback}"
ENV_FILE="${ENV_FILE:-.env}"
UP_TIMEOUT="${UP_TIMEOUT:-300}"
APP_SERVICE=clicknback-app
MIGRATE_SERVICE=migrate

log() { printf 'compose: %s\n' "$*" >&2; }
die() {
  printf 'compose: ERROR: %s\n' "$*" >&2
  exit 1
}

# ---- Which compose tool and which engine ----------------------------------------------------

COMPOSE_CMD=()
ENGINE=""

# podman-compose before 1.4 ignores depends_on conditions: the app could start before migrating.
podman_compose_version() {
  podman-compose --version 2>/dev/null |
    sed -n 's/^podman-composer\{0,1\} version *\([0-9][0-9.]*\).*/\1/p' | head -n 1
}

podman_compose_usable() {
  local version major minor
  command -v podman-compose >/dev/null || return 1
  version="$(podman_compose_version)"
  IFS=. read -r major minor _ <<<"${version:-0.0}"
  if ((major > 1 || (major == 1 && minor >= 4))); then
    return 0
  fi
  log "skipping podman-compose ${version:-of unknown version}: it needs to be 1.4 or newer"
  return 1
}

detect_compose() {
  if [[ -n "${COMPOSE:-}" ]]; then
    read -r -a COMPOSE_CMD <<<"$COMPOSE"
    command -v "${COMPOSE_CMD[0]}" >/dev/null || die "COMPOSE='$COMPOSE': ${COMPOSE_CMD[0]} not found"
    log "using $COMPOSE (from COMPOSE)"
  elif command -v podman >/dev/null && podman compose version >/dev/null 2>&1; then
    COMPOSE_CMD=(podman compose)
    log "using podman compose (set COMPOSE to choose another)"
  elif podman_compose_usable; then
    COMPOSE_CMD=(podman-compose)
    log "using podman-compose (set COMPOSE to choose another)"
  elif command -v docker >/dev/null && docker compose version >/dev/null 2>&1; then
    COMPOSE_CMD=(docker compose)
    log "using docker compose (set COMPOSE to choose another)"
  elif command -v docker-compose >/dev/null; then
    COMPOSE_CMD=(docker-compose)
    log "using docker-compose (set COMPOSE to choose another)"
  else
    die "no usable compose tool: install podman with podman-compose 1.4 or newer, or Docker Compose"
  fi
}

detect_engine() {
  # Docker's compose tools talk to a Docker API socket. Without Docker, point them at Podman's
  # (start it with `systemctl enable --now podman.socket` or `podman system service`).
  if [[ "${COMPOSE_CMD[0]}" == docker* && -z "${DOCKER_HOST:-}" && ! -S /var/run/docker.sock ]]; then
    local sock=/run/podman/podman.sock
    if [[ $(id -u) -ne 0 ]]; then
      sock="${XDG_RUNTIME_DIR:-/run/user/$(id -u)}/podman/podman.sock"
    fi
    if [[ -S "$sock" ]]; then
      export DOCKER_HOST="unix://$sock"
      log "no Docker socket; using Podman's: DOCKER_HOST=$DOCKER_HOST"
    fi
  fi

  if [[ -n "${CONTAINER_ENGINE:-}" ]]; then
    ENGINE="$CONTAINER_ENGINE"
  elif [[ "${COMPOSE_CMD[0]}" == podman* ]]; then
    ENGINE=podman
  elif [[ "${DOCKER_HOST:-}" == *podman* ]] && command -v podman >/dev/null; then
    ENGINE=podman
  elif command -v docker >/dev/null; then
    ENGINE=docker
  else
    ENGINE=podman
  fi
  command -v "$ENGINE" >/dev/null || die "container engine '$ENGINE' not found (set CONTAINER_ENGINE)"
}

engine() { "$ENGINE" "$@"; }

compose() {
  local files=() args=() file
  # Every compose tool reads .env by itself; --env-file (not in old podman-compose) only for others.
  if [[ "$ENV_FILE" != .env ]]; then
    args+=(--env-file "$ENV_FILE")
  fi
  args+=(-p "$PROJECT")
  IFS=: read -r -a files <<<"${COMPOSE_FILE:-podman-compose.yml}"
  for file in "${files[@]}"; do
    args+=(-f "$file")
  done
  "${COMPOSE_CMD[@]}" "${args[@]}" "$@"
}

# ---- Settings -------------------------------------------------------------------------------

require_env_file() {
  if [[ ! -f "$ENV_FILE" ]]; then
    die "$ENV_FILE not found. Create it from the example, then replace the change-me secrets:
  cp .env.example .env"
  fi
  if grep -Eq '^[^#]*=.*change-me' "$ENV_FILE"; then
    log "WARNING: $ENV_FILE still holds change-me placeholders: fine on a laptop, never in production"
  fi
}

# A setting as the compose tool sees it: the environment first, then the env file.
setting() {
  local name="$1" value
  value="${!name:-}"
  if [[ -z "$value" && -f "$ENV_FILE" ]]; then
    value="$(sed -n "s/^[[:space:]]*${name}[[:space:]]*=[[:space:]]*//p" "$ENV_FILE" | tail -n 1)"
    value="${value%\"}" value="${value#\"}" value="${value%\'}" value="${value#\'}"
  fi
  printf '%s' "$value"
}

network_name() {
  local network
  network="$(setting DOCKER_NETWORK_NAME)"
  printf '%s' "${network:-clicknback-nw}"
}

ensure_network() {
  local network
  network="$(network_name)"
  if ! engine network inspect "$network" >/dev/null 2>&1; then
    log "creating network $network"
    engine network create "$network" >/dev/null
  fi
}

# ---- Container state ------------------------------------------------------------------------

# Id of a service's container in this project; empty when it was never created.
container_id() {
  engine ps -a -q \
    --filter "label=com.docker.compose.project=$PROJECT" \
    --filter "label=com.docker.compose.service=$1" | head -n 1
}

# "<status> <health> <restarts>", e.g. "running healthy 0", "running starting 0", "exited none 0".
container_state() {
  engine inspect --format \
    '{{.State.Status}} {{if .State.Health}}{{.State.Health.Status}}{{else}}none{{end}} {{.RestartCount}}' \
    "$1"
}

list_containers() {
  engine ps -a --filter "label=com.docker.compose.project=$PROJECT" \
    --format 'table {{.Names}}\t{{.Image}}\t{{.Status}}\t{{.Ports}}'
}

show_failure() {
  local service id
  list_containers >&2 || true
  for service in "$MIGRATE_SERVICE" "$APP_SERVICE"; do
    id="$(container_id "$service")"
    if [[ -n "$id" ]]; then
      log "last log lines of $service:"
      engine logs --tail 40 "$id" 2>&1 | sed 's/^/  | /' >&2 || true
    fi
  done
}

# Waits until clicknback-app is healthy; fails when it stops, restarts or the time runs out.
wait_healthy() {
  local started="$1" id state
  while true; do
    id="$(container_id "$APP_SERVICE")"
    state="not created"
    if [[ -n "$id" ]]; then
      state="$(container_state "$id")"
      case "$state" in
        "running healthy "*) return 0 ;;
        exited* | dead* | *" "[1-9]*)
          log "$APP_SERVICE stopped or restarted (status, health, restarts: $state)"
          return 1
          ;;
      esac
    fi
    if ((SECONDS - started >= UP_TIMEOUT)); then
      log "$APP_SERVICE is not healthy after ${UP_TIMEOUT}s ($state)"
      return 1
    fi
    sleep 1
  done
}

# ---- Commands -------------------------------------------------------------------------------

cmd_image() {
  if [[ ! -f "$ENV_FILE" ]]; then
    log "$ENV_FILE not found; image names from .env.example"
    ENV_FILE=.env.example
  fi
  compose build "$@" "$MIGRATE_SERVICE" "$APP_SERVICE"
  local image size
  for image in "$(setting MIGRATE_IMAGE)" "$(setting APP_IMAGE)"; do
    size="$(engine image inspect --format '{{.Size}}' "$image")"
    log "built $image ($((size / 1000000)) MB)"
  done
}

cmd_up() {
  require_env_file
  local started=$SECONDS
  ensure_network
  if ! compose up -d "$@"; then
    log "the stack did not start; its containers and last log lines follow"
    show_failure
    return 1
  fi
  log "waiting for $APP_SERVICE to be healthy (up to ${UP_TIMEOUT}s)"
  if ! wait_healthy "$started"; then
    show_failure
    return 1
  fi
  log "$APP_SERVICE is healthy, $((SECONDS - started))s after start:" \
    "http://localhost:$(setting APP_PORT)/health/ready"
}

main() {
  local command="${1:-}"
  shift || true
  case "$command" in
    image | up | down | logs | ps | compose) ;;
    *) die "usage: scripts/compose.sh image|up|down|logs|ps|compose [ARGS...]" ;;
  esac
  detect_compose
  detect_engine
  case "$command" in
    image) cmd_image "$@" ;;
    up) cmd_up "$@" ;;
    down) compose down "$@" ;;
    logs) compose logs -f "$@" "$APP_SERVICE" ;;
    ps) list_containers ;;
    compose) compose "$@" ;;
  esac
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  main "$@"
fi
