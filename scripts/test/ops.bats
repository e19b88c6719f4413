#!/usr/bin/env bats
# Tests for the VPS operation scripts (scripts/backup.sh, backup-retention.sh, nightly-reset.sh,
# restore.sh) with a real throwaway PostgreSQL in local mode (DB_EXEC=local): backup, then the
# nightly reset and reseed, then a restore that brings back exactly the backed-up rows. The
# container mode's commands are checked with a stand-in compose tool. Tests that need PostgreSQL
# are skipped without server binaries and psql.
#   OPS_BATS_PORT  port of the throwaway cluster (default 55496)

setup_file() {
  export ROOT="$BATS_TEST_DIRNAME/../.."
  export OPS_BATS_PORT=${OPS_BATS_PORT:-55496}
  export OPS_INSTANCE="bats-ops-$$"
}

teardown_file() {
  DB_INSTANCE=$OPS_INSTANCE DB_PORT=$OPS_BATS_PORT "$ROOT/scripts/db.sh" destroy >/dev/null 2>&1 || true
}

setup() {
  unset DB_HOST DB_NAME DB_USER DB_PASSWORD PG_BINDIR MIGRATE_CMD MIGRATE_IMAGE COMPOSE BACKUP_DIR
  export DB_INSTANCE=$OPS_INSTANCE DB_PORT=$OPS_BATS_PORT DB_EXEC=local
  # A deploy directory as on the VPS, with local-mode settings in its .env.
  export CLICKNBACK_HOME="$BATS_TEST_TMPDIR/home"
  mkdir -p "$CLICKNBACK_HOME/seeds"
  cp "$ROOT/seeds/all.sql" "$CLICKNBACK_HOME/seeds/all.sql"
  printf 'POSTGRES_USER=clicknback\nPOSTGRES_DB=clicknback\nDB_NAME=clicknback\nDB_USER=clicknback\nDB_PASSWORD=clicknback\n' \
    >"$CLICKNBACK_HOME/.env"
}

require_postgres() {
  if ! compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null && ! command -v initdb >/dev/null; then
    skip "no PostgreSQL server binaries installed (sudo apt-get install postgresql)"
  fi
  command -v psql >/dev/null || skip "no psql client (sudo apt-get install postgresql-client)"
  command -v pg_dump >/dev/null || skip "no pg_dump (sudo apt-get install postgresql-client)"
}

sql() {
  "$ROOT/scripts/db.sh" psql -X -q -tA -v ON_ERROR_STOP=1 -c "$1"
}

# Row count and md5 of every row (in a fixed order) of each application table.
fingerprint() {
  local table query=""
  for table in users merchants offers purchases wallets cashback_transactions feature_flags \
    refresh_tokens audit_logs payouts databasechangelog; do
    query+="${query:+ UNION ALL }SELECT '$table', count(*), md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) FROM $table t"
  done
  sql "$query"
}

@test "every operation script prints its usage with --help and refuses unknown arguments" {
  for script in backup backup-retention nightly-reset restore; do
    run "$ROOT/scripts/$script.sh" --help
    [ "$status" -eq 0 ]
    [[ $output == *"Usage: scripts/$script.sh"* ]]
    run "$ROOT/scripts/$script.sh" --frobnicate
    [ "$status" -eq 2 ]
  done
  run "$ROOT/scripts/restore.sh"
  [ "$status" -eq 2 ]
}

@test "a missing deploy directory or .env is named" {
  DB_EXEC=container CLICKNBACK_HOME="$BATS_TEST_TMPDIR/nowhere" run "$ROOT/scripts/backup.sh"
  [ "$status" -eq 1 ]
  [[ $output == *"deploy directory $BATS_TEST_TMPDIR/nowhere not found"* ]]
  rm "$CLICKNBACK_HOME/.env"
  DB_EXEC=container run "$ROOT/scripts/nightly-reset.sh"
  [ "$status" -eq 1 ]
  [[ $output == *"$CLICKNBACK_HOME/.env not found"* ]]
}

@test "backup-retention deletes only backups older than 7 days and keeps the newest" {
  local dir="$CLICKNBACK_HOME/backups"
  mkdir -p "$dir"
  touch -d '10 days ago' "$dir/clicknback-20260101-030000.sql.gz"
  touch -d '8 days ago' "$dir/clicknback-20260103-030000.sql.gz"
  touch -d '6 days ago' "$dir/clicknback-20260105-030000.sql.gz"
  touch -d '1 hour ago' "$dir/clicknback-20260111-030000.sql.gz"
  touch -d '30 days ago' "$dir/notes.txt"
  run "$ROOT/scripts/backup-retention.sh"
  [ "$status" -eq 0 ]
  [[ $output == *"2 backup(s) older than 7 days deleted"* ]]
  run ls "$dir"
  [ "$output" = "$(printf '%s\n' clicknback-20260105-030000.sql.gz clicknback-20260111-030000.sql.gz notes.txt)" ]

  # The newest backup survives even when it is old (the backups stopped: keep the last one).
  rm "$dir"/clicknback-*
  touch -d '20 days ago' "$dir/clicknback-20251201-030000.sql.gz"
  touch -d '21 days ago' "$dir/clicknback-20251130-030000.sql.gz"
  run "$ROOT/scripts/backup-retention.sh"
  [ "$status" -eq 0 ]
  run compgen -G "$dir/clicknback-*"
  [ "${#lines[@]}" -eq 1 ]
  [ -f "$dir/clicknback-20251201-030000.sql.gz" ]

  RETENTION_DAYS=0 run "$ROOT/scripts/backup-retention.sh"
  [ "$status" -eq 1 ]
}

@test "backup, nightly reset and reseed, then restore brings back exactly the backed-up data" {
  require_postgres
  run make -s -C "$ROOT" seed
  [ "$status" -eq 0 ]
  # Make the data differ from a fresh seed: a new user, a changed wallet, a deleted flag.
  sql "INSERT INTO users (id, email, hashed_password, role) VALUES ('0b000000-0000-4000-8000-000000000001', 'extra@example.com', 'x', 'user');
       UPDATE wallets SET available_balance = available_balance + 1.23 WHERE user_id = 'b7e2c1a2-4f3a-4e2b-9c1a-8d2e3f4b5c6d';
       DELETE FROM feature_flags WHERE scope_type = 'user';"
  before=$(fingerprint)

  run "$ROOT/scripts/backup.sh"
  echo "$output"
  [ "$status" -eq 0 ]
  backup=$(printf '%s\n' "$output" | tail -n 1)
  [[ $backup == "$CLICKNBACK_HOME/backups/clicknback-"*.sql.gz ]]
  [ "$(stat -c %a "$backup")" = 600 ]
  gzip -t "$backup"
  [ -z "$(find "$CLICKNBACK_HOME/backups" -name '*.partial')" ]

  run "$ROOT/scripts/nightly-reset.sh"
  echo "$output"
  [ "$status" -eq 0 ]
  [[ $output == *"reset complete"* ]]
  # The seed is back: no extra user, dave's flag again, the wallet as seeded.
  [ "$(sql "SELECT count(*) FROM users")" = 6 ]
  [ "$(sql "SELECT count(*) FROM feature_flags")" = 3 ]
  [ "$(sql "SELECT available_balance FROM wallets WHERE user_id = 'b7e2c1a2-4f3a-4e2b-9c1a-8d2e3f4b5c6d'")" = 15.00 ]
  [ "$(fingerprint)" != "$before" ]

  run "$ROOT/scripts/restore.sh" --yes "$backup"
  echo "$output"
  [ "$status" -eq 0 ]
  after=$(fingerprint)
  echo "before: $before"
  echo "after:  $after"
  [ "$after" = "$before" ]
  [ "$(sql "SELECT count(*) FROM users WHERE email = 'extra@example.com'")" = 1 ]
}

@test "a restore that fails part-way changes nothing, and a broken file is refused" {
  require_postgres
  before=$(fingerprint)
  bad="$BATS_TEST_TMPDIR/clicknback-bad.sql.gz"
  printf 'CREATE TABLE users (id int);\nSELECT no_such_function();\n' | gzip >"$bad"
  run "$ROOT/scripts/restore.sh" --yes "$bad"
  [ "$status" -ne 0 ]
  [[ $output == *"rolled back"* ]]
  [ "$(fingerprint)" = "$before" ]

  printf 'not gzip' >"$BATS_TEST_TMPDIR/truncated.sql.gz"
  run "$ROOT/scripts/restore.sh" --yes "$BATS_TEST_TMPDIR/truncated.sql.gz"
  [ "$status" -eq 1 ]
  [[ $output == *"not a complete gzip file"* ]]

  # Not on a terminal and without --yes: refused before anything happens.
  run "$ROOT/scripts/restore.sh" "$bad" </dev/null
  [ "$status" -eq 1 ]
  [[ $output == *"add --yes"* ]]
}

@test "container mode runs pg_dump and psql in clicknback-db and the migrate job, stopping the app meanwhile" {
  require_postgres
  export FAKE_COMPOSE_LOG="$BATS_TEST_TMPDIR/compose.log" FAKE_DB_PORT=$OPS_BATS_PORT FAKE_DB_PASSWORD=clicknback
  export COMPOSE="$BATS_TEST_DIRNAME/fixtures/ops/fake-compose" DB_EXEC=container
  run "$ROOT/scripts/backup.sh"
  [ "$status" -eq 0 ]
  grep -qx -- '-f podman-compose.yml exec -T clicknback-db pg_dump -U clicknback -d clicknback --no-owner --no-privileges' "$FAKE_COMPOSE_LOG"
  backup=$(printf '%s\n' "$output" | tail -n 1)

  : >"$FAKE_COMPOSE_LOG"
  MIGRATE_IMAGE=ghcr.io/example/clicknback-migrate:sha-abc run "$ROOT/scripts/nightly-reset.sh"
  echo "$output"
  # The fake compose's `run` does not migrate, so loading the seed fails: the app is started again.
  [ "$status" -ne 0 ]
  cat "$FAKE_COMPOSE_LOG"
  grep -qx -- '-f podman-compose.yml stop clicknback-app' "$FAKE_COMPOSE_LOG"
  grep -qx -- '-f podman-compose.yml run --rm --no-deps migrate' "$FAKE_COMPOSE_LOG"
  grep -qx -- '-f podman-compose.yml start clicknback-app' "$FAKE_COMPOSE_LOG"

  : >"$FAKE_COMPOSE_LOG"
  run "$ROOT/scripts/restore.sh" --yes "$backup"
  [ "$status" -eq 0 ]
  grep -qx -- '-f podman-compose.yml exec -T clicknback-db psql -X -q -v ON_ERROR_STOP=1 -U clicknback -d clicknback --single-transaction --output=/dev/null' "$FAKE_COMPOSE_LOG"
  grep -qx -- '-f podman-compose.yml start clicknback-app' "$FAKE_COMPOSE_LOG"
  [ "$(sql "SELECT count(*) FROM users")" -ge 6 ]
}

@test "deploy/crontab: backup at 03:00, retention at 03:01, reset at 03:05, each logged, scripts exist" {
  local crontab="$ROOT/deploy/crontab" entries
  entries=$(grep -Ev '^[[:space:]]*(#|$)|^[A-Z_]+=' "$crontab")
  echo "$entries"
  [ "$(printf '%s\n' "$entries" | wc -l)" -eq 3 ]
  [[ $(grep -F '/scripts/backup.sh ' "$crontab") == "0 3 * * * /opt/clicknback/scripts/backup.sh >>/opt/clicknback/logs/"*".log 2>&1" ]]
  [[ $(grep -F '/scripts/backup-retention.sh ' "$crontab") == "1 3 * * * /opt/clicknback/scripts/backup-retention.sh >>/opt/clicknback/logs/"*".log 2>&1" ]]
  [[ $(grep -F '/scripts/nightly-reset.sh ' "$crontab") == "5 3 * * * /opt/clicknback/scripts/nightly-reset.sh >>/opt/clicknback/logs/"*".log 2>&1" ]]
  grep -qx 'CLICKNBACK_HOME=/opt/clicknback' "$crontab"
  for script in $(printf '%s\n' "$entries" | grep -o '/opt/clicknback/scripts/[a-z-]*\.sh'); do
    [ -x "$ROOT/scripts/${script##*/}" ]
  done
}
