#!/usr/bin/env bats
# Tests for `make seed` (scripts/seed.sh, seeds/all.sql) against a real throwaway PostgreSQL:
# migrate + seed, then the rows of spec 12, the demo admin, every password checked with the
# application's own PasswordHasher, and wallets that match their cashback rows.
# Skipped without PostgreSQL server binaries and psql.
#   SEED_BATS_PORT  port of the throwaway cluster (default 55495)

setup_file() {
  export ROOT="$BATS_TEST_DIRNAME/../.."
  export SEED_BATS_PORT=${SEED_BATS_PORT:-55495}
  export SEED_INSTANCE="bats-seed-$$"
}

teardown_file() {
  DB_INSTANCE=$SEED_INSTANCE DB_PORT=$SEED_BATS_PORT "$ROOT/scripts/db.sh" destroy >/dev/null 2>&1 || true
}

setup() {
  unset DB_HOST DB_NAME DB_USER DB_PASSWORD PG_BINDIR
  export DB_INSTANCE=$SEED_INSTANCE DB_PORT=$SEED_BATS_PORT
  if ! compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null && ! command -v initdb >/dev/null; then
    skip "no PostgreSQL server binaries installed (sudo apt-get install postgresql)"
  fi
  command -v psql >/dev/null || skip "no psql client (sudo apt-get install postgresql-client)"
}

sql() {
  "$ROOT/scripts/db.sh" psql -X -q -tA -v ON_ERROR_STOP=1 -c "$1"
}

@test "scripts/seed.sh --help prints usage" {
  run "$ROOT/scripts/seed.sh" --help
  [ "$status" -eq 0 ]
  [[ $output == *"Usage: scripts/seed.sh"* ]]
}

@test "make seed migrates and loads the demo data set of spec 12" {
  run make -s -C "$ROOT" seed
  echo "$output"
  [ "$status" -eq 0 ]
  [[ $output == *"seed: done"* ]]

  run sql "SELECT string_agg(t || '=' || n, ' ' ORDER BY t) FROM (
      SELECT 'users' t, count(*) n FROM users UNION ALL
      SELECT 'merchants', count(*) FROM merchants UNION ALL
      SELECT 'offers', count(*) FROM offers UNION ALL
      SELECT 'purchases', count(*) FROM purchases UNION ALL
      SELECT 'wallets', count(*) FROM wallets UNION ALL
      SELECT 'cashback_transactions', count(*) FROM cashback_transactions UNION ALL
      SELECT 'feature_flags', count(*) FROM feature_flags UNION ALL
      SELECT 'refresh_tokens', count(*) FROM refresh_tokens UNION ALL
      SELECT 'audit_logs', count(*) FROM audit_logs UNION ALL
      SELECT 'payouts', count(*) FROM payouts) c"
  [ "$status" -eq 0 ]
  [ "$output" = "audit_logs=0 cashback_transactions=15 feature_flags=3 merchants=28 offers=29 payouts=0 purchases=15 refresh_tokens=0 users=6 wallets=4" ]

  # 5 users of spec 12 (2 admins) plus the demo admin; 25 active merchants; 25 active offers.
  [ "$(sql "SELECT role || ':' || active FROM users WHERE email = 'admin@clicknback.com'")" = "admin:true" ]
  [ "$(sql "SELECT count(*) FROM users WHERE role = 'admin'")" = 3 ]
  [ "$(sql "SELECT count(*) FROM merchants WHERE active")" = 25 ]
  [ "$(sql "SELECT count(*) FROM offers WHERE active")" = 25 ]
  [ "$(sql "SELECT string_agg(status || '=' || n, ' ' ORDER BY status) FROM (SELECT status, count(*) n FROM purchases GROUP BY status) s")" = "confirmed=2 pending=11 reversed=2" ]
  # The cashback rows' ids, remapped from spec 12's ct000001-…: valid uuids in purchase order.
  [ "$(sql "SELECT count(*) FROM cashback_transactions c JOIN purchases p ON p.id = c.purchase_id AND p.user_id = c.user_id WHERE c.id::text LIKE 'cb000001-%'")" = 15 ]
}

@test "every seeded password matches its documented plain password (the application's PasswordHasher)" {
  [ -f "$ROOT/target/classes/com/clicknback/shared/security/PasswordHasher.class" ] ||
    mvn -q -f "$ROOT/pom.xml" compile
  run bash -c "set -o pipefail; \"$ROOT/scripts/db.sh\" psql -X -q -tA -F '|' -c \
      \"SELECT email, CASE WHEN email = 'admin@clicknback.com' THEN 'demo1234' ELSE 'Str0ng!Pass' END,
               hashed_password FROM users ORDER BY email\" |
    java -cp \"$ROOT/target/classes\" \"$BATS_TEST_DIRNAME/fixtures/ops/VerifyPassword.java\""
  echo "$output"
  [ "$status" -eq 0 ]
  [[ $output == *"6 checked, 0 mismatched"* ]]
  [[ "$(sql "SELECT count(*) FROM users WHERE hashed_password LIKE 'PBKDF2WithHmacSHA256:210000:%'")" = 6 ]]
}

@test "every wallet matches the sums of its owner's pending and available cashback rows" {
  run sql "SELECT count(*) FROM wallets w
      WHERE w.pending_balance <> (SELECT coalesce(sum(amount), 0) FROM cashback_transactions c WHERE c.user_id = w.user_id AND c.status = 'pending')
         OR w.available_balance <> (SELECT coalesce(sum(amount), 0) FROM cashback_transactions c WHERE c.user_id = w.user_id AND c.status = 'available')"
  [ "$status" -eq 0 ]
  [ "$output" = 0 ]
  [ "$(sql "SELECT count(*) FROM purchases p JOIN cashback_transactions c ON c.purchase_id = p.id WHERE p.cashback_amount <> c.amount")" = 0 ]
}

@test "seeding a second time fails and changes nothing (one transaction)" {
  before=$(sql "SELECT count(*) FROM users")
  run "$ROOT/scripts/seed.sh"
  [ "$status" -ne 0 ]
  [[ $output == *"duplicate key"* ]]
  [ "$(sql "SELECT count(*) FROM users")" = "$before" ]
}

@test "nothing but make seed and the nightly reset loads the demo data (99 O1)" {
  # Start-up, migrations, images, compose and CD never mention the seed file.
  run grep -rlE 'seeds/|all\.sql' "$ROOT/Containerfile" "$ROOT/podman-compose.yml" \
    "$ROOT/.github/workflows" "$ROOT/liberty" "$ROOT/src/main" "$ROOT/scripts/container" \
    "$ROOT/scripts/migrate.sh" "$ROOT/scripts/compose.sh"
  echo "$output"
  [ "$status" -eq 1 ]
  [ -z "$output" ]
  grep -q 'scripts/seed.sh' "$ROOT/Makefile"
  grep -q 'seeds/all.sql' "$ROOT/scripts/nightly-reset.sh"
}
