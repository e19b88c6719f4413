#!/usr/bin/env bash
# Container smoke test behind `make smoke`: builds both images, starts the whole stack the way
# `make up` does and checks it, then checks that a failing migration keeps the application from
# starting (once with a wrong database password, once with a changeset that fails).
#
# It runs as its own compose project, on its own network and host port, with its own throwaway
# settings made from .env.example, so it cannot touch a stack started with `make up` or a .env.
# Everything it starts is removed at the end, also when a check fails or it is interrupted.
#
# Environment: COMPOSE and CONTAINER_ENGINE as for scripts/compose.sh, and
#   SMOKE_PROJECT   compose project name (default: clicknback-smoke)
#   SMOKE_APP_PORT  host port of the API (default: 18080)
#   SMOKE_NETWORK   network name (default: clicknback-smoke-nw)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/clicknback-smoke.XXXXXX")"

export COMPOSE_PROJECT_NAME="${SMOKE_PROJECT:-clicknback-smoke}"
export ENV_FILE="$work/smoke.env"
app_port="${SMOKE_APP_PORT:-18080}"
network="${SMOKE_NETWORK:-clicknback-smoke-nw}"
unset COMPOSE_FILE

# shellcheck source=scripts/compose.sh
source "$root/scripts/compose.sh"

step() { printf '\nsmoke: == %s\n' "$*" >&2; }
pass() { printf 'smoke: ok   %s\n' "$*" >&2; }
fail() {
  printf 'smoke: FAIL %s\n' "$*" >&2
  exit 1
}
random_hex() { od -An -N"$1" -tx1 /dev/urandom | tr -d ' \n'; }

teardown() {
  COMPOSE_FILE=podman-compose.yml compose down -v --remove-orphans >/dev/null 2>&1 || true
}

cleanup() {
  local status=$?
  trap - EXIT INT TERM
  step "tear down"
  teardown
  engine network rm "$network" >/dev/null 2>&1 || true
  rm -rf "$work"
  if ((status == 0)); then
    printf '\nsmoke: PASSED\n' >&2
  else
    printf '\nsmoke: FAILED (exit %s)\n' "$status" >&2
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---- Settings: .env.example with this run's port, network and fresh secrets -----------------

db_password="$(random_hex 16)"
sed -e "s/^APP_PORT=.*/APP_PORT=$app_port/" \
  -e "s/^DOCKER_NETWORK_NAME=.*/DOCKER_NETWORK_NAME=$network/" \
  -e "s/^POSTGRES_PASSWORD=.*/POSTGRES_PASSWORD=$db_password/" \
  -e "s/^DB_PASSWORD=.*/DB_PASSWORD=$db_password/" \
  -e "s/^OAUTH_HASH_KEY=.*/OAUTH_HASH_KEY=$(random_hex 32)/" \
  .env.example >"$ENV_FILE"
# Compose tools let the environment override the env file; keep the caller's out of this run.
while IFS='=' read -r name _; do
  unset "$name"
done < <(grep -E '^[A-Za-z_][A-Za-z0-9_]*=' "$ENV_FILE")

detect_compose
detect_engine
app_image="$(setting APP_IMAGE)"
migrate_image="$(setting MIGRATE_IMAGE)"
expected_changesets="$(cat src/main/resources/db/changelog/changes/*.xml | grep -c '<changeSet ')"

# ---- Checks ---------------------------------------------------------------------------------

# The migration job ran and exited with the given status ("zero" or "non-zero").
check_migrate_exit() {
  local expected="$1" id code
  id="$(container_id "$MIGRATE_SERVICE")"
  [[ -n "$id" ]] || fail "no $MIGRATE_SERVICE container was created"
  code="$(engine inspect --format '{{.State.Status}} {{.State.ExitCode}}' "$id")"
  case "$expected $code" in
    "zero exited 0") pass "$MIGRATE_SERVICE exited 0" ;;
    "non-zero exited "[1-9]*) pass "$MIGRATE_SERVICE exited ${code#exited } (a failure, as intended)" ;;
    *) fail "$MIGRATE_SERVICE should have exited $expected; status and exit code: $code" ;;
  esac
}

migrate_log() { engine logs "$(container_id "$MIGRATE_SERVICE")" 2>&1; }

# The application container must never have run: not created, or created and never started.
check_app_never_started() {
  local id state
  id="$(container_id "$APP_SERVICE")"
  if [[ -z "$id" ]]; then
    pass "$APP_SERVICE was never created"
    return
  fi
  state="$(engine inspect --format '{{.State.Status}} {{.RestartCount}}' "$id")"
  [[ "$state" == "created 0" ]] || fail "$APP_SERVICE must not start after a failed migration; state: $state"
  pass "$APP_SERVICE was created but never started"
}

check_images() {
  step "images: non-root users, no build tools or sources in the application image"
  local user tools sources
  user="$(engine image inspect --format '{{.Config.User}}' "$app_image")"
  [[ "$user" == 1001 ]] || fail "$app_image should run as USER 1001, has '$user'"
  pass "$app_image runs as USER $user"
  user="$(engine image inspect --format '{{.Config.User}}' "$migrate_image")"
  [[ -n "$user" && "$user" != 0* && "$user" != root* ]] || fail "$migrate_image runs as root ('$user')"
  pass "$migrate_image runs as USER $user"
  # shellcheck disable=SC2016 # expanded by the container's shell
  tools="$(engine run --rm --entrypoint sh "$app_image" -c \
    'for t in mvn mvnw javac gradle; do command -v "$t" || true; done')"
  [[ -z "$tools" ]] || fail "build tools in $app_image: $tools"
  pass "no mvn, javac or gradle in $app_image"
  sources="$(engine run --rm --entrypoint sh "$app_image" -c \
    'find /config /opt/ol/wlp/usr /home \( -name "*.java" -o -name pom.xml -o -name .m2 \) -print 2>/dev/null || true')"
  [[ -z "$sources" ]] || fail "sources or build files in $app_image: $sources"
  pass "no Java sources, pom.xml or Maven repository in $app_image"
}

check_running_stack() {
  step "checks on the running stack"
  local id log ran state body code uid

  check_migrate_exit zero
  log="$(migrate_log)"
  ran="$(grep -c '^Running Changeset: ' <<<"$log" || true)"
  ((ran == expected_changesets)) ||
    fail "$MIGRATE_SERVICE should have applied $expected_changesets changesets, its log shows $ran"
  grep -q "Liquibase command 'update' was executed successfully" <<<"$log" ||
    fail "$MIGRATE_SERVICE log lacks Liquibase's success line"
  pass "$MIGRATE_SERVICE applied all $ran changesets"

  id="$(container_id "$APP_SERVICE")"
  state="$(container_state "$id")"
  [[ "$state" == "running healthy 0" ]] || fail "$APP_SERVICE should be running and healthy: $state"
  pass "$APP_SERVICE is running and healthy"

  body="$work/ready.json"
  code="$(curl -sS -o "$body" -w '%{http_code}' --max-time 10 \
    "http://127.0.0.1:$app_port/health/ready" || true)"
  [[ "$code" == 200 ]] || fail "GET /health/ready on port $app_port: HTTP $code $(cat "$body" 2>/dev/null)"
  grep -q '"status":"UP"' "$body" || fail "GET /health/ready is not UP: $(cat "$body")"
  pass "GET http://127.0.0.1:$app_port/health/ready -> 200 $(cat "$body")"

  uid="$(engine exec "$id" id -u)"
  [[ "$uid" =~ ^[0-9]+$ && "$uid" -ne 0 ]] || fail "$APP_SERVICE runs as uid '$uid'"
  pass "$APP_SERVICE runs as uid $uid ($(engine exec "$id" whoami 2>/dev/null || echo no name)), not root"

  grep -q '^{"type":"liberty_message"' <(engine logs "$id" 2>&1) ||
    fail "$APP_SERVICE does not log JSON lines"
  pass "$APP_SERVICE logs JSON lines"
}

# Starts the stack expecting the migration to fail; the extra settings are NAME=VALUE pairs.
up_expecting_failure() {
  local rc=0
  (
    for setting in "$@"; do
      export "${setting?}"
    done
    UP_TIMEOUT=60 cmd_up
  ) || rc=$?
  ((rc != 0)) || fail "the stack came up although the migration should have failed"
  pass "make up failed, as it must"
}

# Every setting of docs/configuration.md is in .env.example, and the stack passes on every one
# that .env.example sets.
check_settings() {
  step "settings: docs/configuration.md, .env.example and podman-compose.yml agree"
  local name
  # shellcheck disable=SC2016 # backquotes of the Markdown table, not a command
  while read -r name; do
    grep -qw "$name" .env.example || fail "$name (docs/configuration.md) is missing from .env.example"
  done < <(sed -n 's/^| `\([A-Z][A-Z0-9_]*\)` |.*/\1/p' docs/configuration.md)
  pass "every setting in docs/configuration.md is in .env.example"
  while read -r name; do
    grep -qF "\${$name" podman-compose.yml || fail "$name (.env.example) is not used by podman-compose.yml"
  done < <(sed -n 's/^\([A-Z][A-Z0-9_]*\)=.*/\1/p' .env.example)
  pass "podman-compose.yml uses every variable .env.example sets"
}

# ---- Run ------------------------------------------------------------------------------------

check_settings

step "build the images"
cmd_image
check_images

step "positive: start the stack (as make up does)"
teardown
cmd_up || fail "the stack did not become healthy"
check_running_stack
teardown

step "negative: the migration job cannot log in (wrong DB_PASSWORD for migrate and app)"
up_expecting_failure "DB_PASSWORD=wrong-$(random_hex 8)"
check_migrate_exit non-zero
grep -q 'password authentication failed' <<<"$(migrate_log)" ||
  fail "$MIGRATE_SERVICE log does not show the authentication failure"
pass "$MIGRATE_SERVICE log shows: password authentication failed"
check_app_never_started
teardown

step "negative: a changeset fails (a failing changelog mounted over the master changelog)"
cat >"$work/failing-changelog.xml" <<'EOF'
<?xml version="1.0" encoding="UTF-8"?>
<databaseChangeLog
        xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
        xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog
                            http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.33.xsd">
    <changeSet id="smoke-failing-changeset" author="smoke">
        <sql>SELECT no_such_column FROM no_such_table</sql>
    </changeSet>
</databaseChangeLog>
EOF
chmod 644 "$work/failing-changelog.xml"
cat >"$work/failing-migration.yml" <<EOF
services:
  migrate:
    volumes:
      - $work/failing-changelog.xml:/opt/migrate/changelog/db/changelog/db.changelog-master.xml:ro,z
EOF
COMPOSE_FILE="podman-compose.yml:$work/failing-migration.yml" up_expecting_failure
check_migrate_exit non-zero
grep -q 'smoke-failing-changeset' <<<"$(migrate_log)" ||
  fail "$MIGRATE_SERVICE log does not name the failing changeset"
pass "$MIGRATE_SERVICE log names the failing changeset"
check_app_never_started
