#!/usr/bin/env bash
# scripts/reliability.sh — the reliability drills that need servers of their own (make reliability):
# kill -9 mid-work (CrashDrill) and the soak (SoakDrill), against packaged instances of
# scripts/server.sh and a throwaway PostgreSQL of their own. The database outage and two-server
# drills run in make test (DatabaseOutageUnderLoadIT, TwoServersIT). docs/reliability.md says what
# each drill shows.
#
#   scripts/reliability.sh                 every drill, with the full 10-minute soak
#   SOAK_SECONDS=60 scripts/reliability.sh a short soak, for a quick check
#   DRILLS=CrashDrill scripts/reliability.sh  one drill (failsafe's -Dit.test syntax)
#
# Ports: DRILL_HTTP_PORT / DRILL_HTTPS_PORT (default 9190 / 9553) for the drill server, and
# RELIABILITY_DB_PORT (default 55436) for the database. Traffic stays on 127.0.0.1. Everything it
# starts is torn down on exit, whatever happens.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

export DB_INSTANCE=reliability DB_HOST=localhost DB_PORT="${RELIABILITY_DB_PORT:-55436}"
export DB_NAME=clicknback DB_USER=clicknback DB_PASSWORD=clicknback
export DRILL_HTTP_PORT="${DRILL_HTTP_PORT:-9190}" DRILL_HTTPS_PORT="${DRILL_HTTPS_PORT:-9553}"
export SOAK_SECONDS="${SOAK_SECONDS:-600}"
drills="${DRILLS:-CrashDrill,SoakDrill}"
instances=(drill-crash drill-soak)

cleanup() {
  local name
  for name in "${instances[@]}"; do
    HTTP_PORT=$DRILL_HTTP_PORT scripts/server.sh destroy "$name" >/dev/null 2>&1 || true
  done
  scripts/db.sh destroy >/dev/null 2>&1 || true
}
trap cleanup EXIT

started=$(date +%s)
cleanup
scripts/db.sh up
scripts/migrate.sh update
scripts/server.sh build
echo "reliability: drills ${drills} (soak ${SOAK_SECONDS}s) on port ${DRILL_HTTP_PORT}, database port ${DB_PORT}"
# Failsafe alone (no Liberty of the build): the drills start and kill their own instances.
# liberty.http.port points the tests' ApiClient at the drill server.
mvn -B test-compile failsafe:integration-test failsafe:verify \
  -Dit.test="$drills" -Dliberty.http.port="$DRILL_HTTP_PORT" -Djacoco.skip=true "$@"
echo "reliability: all drills passed in $(($(date +%s) - started)) s"
