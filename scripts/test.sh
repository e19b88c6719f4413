#!/usr/bin/env bash
# The whole test run behind `make test`: shell-script tests, then unit and integration tests
# (Liberty + a throwaway PostgreSQL of its own) with one merged coverage report.
# Cleans up after itself whatever happens: the server is stopped and the test database removed.
#
# Arguments go to Maven, e.g. one integration test while working on it:
#   SCRIPT_TESTS=skip scripts/test.sh -Dit.test=BadInputIT -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

# The test database: its own throwaway cluster, apart from the development one.
export DB_INSTANCE=test DB_HOST=localhost DB_PORT="${TEST_DB_PORT:-55433}"
export DB_NAME=clicknback DB_USER=clicknback DB_PASSWORD=clicknback
# The server under test; move the ports to run beside `make dev` or another test run.
export HTTP_PORT="${HTTP_PORT:-9080}" HTTPS_PORT="${HTTPS_PORT:-9443}"
# The second server of the two-server reliability test (TwoServersIT): a packaged instance of
# scripts/server.sh beside the server under test, on the same database.
export SECOND_HTTP_PORT="${SECOND_HTTP_PORT:-$((HTTP_PORT + 10))}"
export SECOND_HTTPS_PORT="${SECOND_HTTPS_PORT:-$((HTTPS_PORT + 10))}"
# The verification job of the server under test: a short interval so that the job's tests see it
# confirm and reject within seconds, and a rejection merchant to exercise the rejection path.
export PURCHASE_CONFIRMATION_INTERVAL_SECONDS="${PURCHASE_CONFIRMATION_INTERVAL_SECONDS:-2}"
export PURCHASE_MAX_VERIFICATION_ATTEMPTS="${PURCHASE_MAX_VERIFICATION_ATTEMPTS:-3}"
export REJECTION_MERCHANT_ID="${REJECTION_MERCHANT_ID:-f0000000-0000-0000-0000-000000000001}"
# The withdrawal policy of the server under test: bounds far from the amounts other payout tests
# use, so PayoutPolicyIT can break each of them (the interval rule stays off: it is unit-tested).
export PAYOUT_MIN_AMOUNT="${PAYOUT_MIN_AMOUNT:-0.50}"
export PAYOUT_MONTHLY_LIMIT="${PAYOUT_MONTHLY_LIMIT:-10000.00}"
export PAYOUT_WEEKLY_LIMIT="${PAYOUT_WEEKLY_LIMIT:-5000.00}"

cleanup() {
  local server="$root/target/liberty/wlp/bin/server"
  if [[ -x "$server" ]] && "$server" status clicknback >/dev/null 2>&1; then
    "$server" stop clicknback >/dev/null 2>&1 || true
  fi
  HTTP_PORT=$SECOND_HTTP_PORT scripts/server.sh destroy it-second >/dev/null 2>&1 || true
  scripts/db.sh destroy || true
}
trap cleanup EXIT

if [[ ${SCRIPT_TESTS:-run} == skip ]]; then
  echo "test: SCRIPT_TESTS=skip, so the shell-script tests in scripts/test did not run" >&2
elif command -v bats >/dev/null; then
  # The Nginx tests (scripts/test/nginx.bats) skip, saying so, when nginx is not installed.
  if ! command -v nginx >/dev/null && [[ ! -x /usr/sbin/nginx ]]; then
    echo "test: nginx is not installed, so the Nginx configuration tests will be skipped" >&2
    echo "test: install it with: sudo apt-get install nginx" >&2
  fi
  bats scripts/test
else
  echo "test: bats is not installed, so the shell-script tests in scripts/test did not run" >&2
  echo "test: install it with: sudo apt-get install bats" >&2
fi

scripts/db.sh up
scripts/migrate.sh update
mvn -B verify -Dliberty.http.port="$HTTP_PORT" -Dliberty.https.port="$HTTPS_PORT" "$@"

# No stack trace, SQL or row value reaches the log (spec 00 §3): the integration tests above ran
# every error path against this server, duplicates and a database outage among them.
leaks='^[[:space:]]+at [a-zA-Z]|Call: |Internal Exception|Detail: Key|Exception \[EclipseLink'
log="$root/target/liberty/wlp/usr/servers/clicknback/logs/messages.log"
if grep -qE "$leaks" "$log"; then
  echo "test: the server's log holds stack traces or SQL (first lines below, all in $log):" >&2
  grep -nE -m 10 "$leaks" "$log" >&2
  exit 1
fi

echo
echo "Coverage report (unit + integration, merged):"
echo "  HTML: target/site/jacoco/index.html"
echo "  XML:  target/site/jacoco/jacoco.xml"
echo "  CSV:  target/site/jacoco/jacoco.csv"
