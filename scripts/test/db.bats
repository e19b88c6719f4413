#!/usr/bin/env bats
# Tests for scripts/db.sh. The lifecycle tests start a real throwaway PostgreSQL and are
# skipped when no server binaries are installed or their port is taken.
#   DB_BATS_PORT       port for the throwaway cluster (default 55491)
#   DB_BATS_FREE_PORT  a port where nothing listens (default 55492)

setup_file() {
  export DB_SH="$BATS_TEST_DIRNAME/../db.sh"
  export DB_BATS_PORT=${DB_BATS_PORT:-55491}
  export DB_BATS_FREE_PORT=${DB_BATS_FREE_PORT:-55492}
  export BATS_INSTANCE="bats-$$"
  export BATS_PASSWORD="bats-Secret-$$-pw"
}

teardown_file() {
  DB_INSTANCE=$BATS_INSTANCE DB_PORT=$DB_BATS_PORT "$DB_SH" destroy >/dev/null 2>&1 || true
}

setup() {
  # Never inherit settings from the developer's shell.
  unset DB_HOST DB_NAME DB_USER PG_BINDIR
  export DB_INSTANCE=$BATS_INSTANCE DB_PORT=$DB_BATS_PORT DB_PASSWORD=$BATS_PASSWORD
}

have_server_binaries() {
  compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || command -v initdb >/dev/null
}

port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

require_cluster() {
  have_server_binaries || skip "no PostgreSQL server binaries installed"
  command -v psql >/dev/null || skip "no psql client"
}

refute_password_in_output() {
  [[ $output != *"$BATS_PASSWORD"* ]]
}

@test "--help prints usage and exits 0" {
  run "$DB_SH" --help
  [ "$status" -eq 0 ]
  [[ $output == *"Usage: scripts/db.sh"* ]]
}

@test "unknown command prints usage and exits 2" {
  run "$DB_SH" frobnicate
  [ "$status" -eq 2 ]
  [[ $output == *"unknown command: frobnicate"* ]]
  [[ $output == *"Usage:"* ]]
}

@test "invalid DB_PORT and DB_INSTANCE are rejected" {
  DB_PORT=notaport run "$DB_SH" status
  [ "$status" -eq 1 ]
  DB_INSTANCE=../escape run "$DB_SH" destroy
  [ "$status" -eq 1 ]
  [[ $output == *"DB_INSTANCE must be"* ]]
}

@test "up without server binaries and without a server explains what to install" {
  port_in_use "$DB_BATS_FREE_PORT" && skip "port $DB_BATS_FREE_PORT is in use"
  DB_PORT=$DB_BATS_FREE_PORT PG_BINDIR=/nonexistent run "$DB_SH" up
  [ "$status" -eq 1 ]
  [[ $output == *"no PostgreSQL answers at localhost:$DB_BATS_FREE_PORT"* ]]
  [[ $output == *"apt-get install postgresql"* ]]
  [[ $output == *"DB_HOST"* ]]
  refute_password_in_output
}

@test "status exits 3 when nothing answers; down is a no-op" {
  port_in_use "$DB_BATS_FREE_PORT" && skip "port $DB_BATS_FREE_PORT is in use"
  DB_PORT=$DB_BATS_FREE_PORT DB_INSTANCE=bats-none run "$DB_SH" status
  [ "$status" -eq 3 ]
  [[ $output == *"no PostgreSQL answers"* ]]
  DB_INSTANCE=bats-none run "$DB_SH" down
  [ "$status" -eq 0 ]
  [[ $output == *"throwaway PostgreSQL (bats-none) not running"* ]]
}

@test "lifecycle: up, up again, connect, status, down twice, up reusing data, destroy" {
  require_cluster
  port_in_use "$DB_BATS_PORT" && skip "port $DB_BATS_PORT is in use"
  local root
  root=$(cd "$BATS_TEST_DIRNAME/../.." && pwd -P)

  run "$DB_SH" up
  [ "$status" -eq 0 ]
  [[ $output == *"started throwaway PostgreSQL"*"127.0.0.1:$DB_BATS_PORT/clicknback"* ]]
  refute_password_in_output
  [ -f "$root/.local/postgres/$BATS_INSTANCE/data/PG_VERSION" ]

  run "$DB_SH" up
  [ "$status" -eq 0 ]
  [[ $output == *"using PostgreSQL at localhost:$DB_BATS_PORT/clicknback"* ]]

  run env PGPASSWORD="$BATS_PASSWORD" psql -X -tA -h 127.0.0.1 -p "$DB_BATS_PORT" -U clicknback -d clicknback -c 'select 40 + 2'
  [ "$status" -eq 0 ]
  [ "$output" = "42" ]

  run "$DB_SH" psql -X -tA -c 'select current_user'
  [ "$status" -eq 0 ]
  [ "$output" = "clicknback" ]

  run "$DB_SH" status
  [ "$status" -eq 0 ]
  [[ $output == *"($BATS_INSTANCE) running"* ]]

  run "$DB_SH" down
  [ "$status" -eq 0 ]
  [[ $output == *"stopped throwaway PostgreSQL ($BATS_INSTANCE)"* ]]
  run "$DB_SH" down
  [ "$status" -eq 0 ]
  [[ $output == *"not running"* ]]
  run "$DB_SH" status
  [ "$status" -eq 3 ]

  run "$DB_SH" up
  [ "$status" -eq 0 ]
  [[ $output != *"initialised"* ]]
  [[ $output == *"started throwaway PostgreSQL"* ]]

  run "$DB_SH" destroy
  [ "$status" -eq 0 ]
  [ ! -e "$root/.local/postgres/$BATS_INSTANCE" ]
  run "$DB_SH" status
  [ "$status" -eq 3 ]
}

@test "up uses a server that already answers, and down never stops it" {
  require_cluster
  port_in_use "$DB_BATS_PORT" && skip "port $DB_BATS_PORT is in use"
  run "$DB_SH" up
  [ "$status" -eq 0 ]

  DB_INSTANCE=bats-other run "$DB_SH" up
  [ "$status" -eq 0 ]
  [ "$output" = "db: using PostgreSQL at localhost:$DB_BATS_PORT/clicknback" ]

  DB_INSTANCE=bats-other run "$DB_SH" down
  [ "$status" -eq 0 ]
  [[ $output == *"(bats-other) not running"* ]]
  DB_INSTANCE=bats-other run "$DB_SH" status
  [ "$status" -eq 0 ]

  DB_INSTANCE=bats-other DB_PASSWORD=wrong-password run "$DB_SH" up
  [ "$status" -eq 1 ]
  [[ $output == *"password authentication failed"* ]]
  [[ $output != *"wrong-password"* ]]

  run "$DB_SH" destroy
  [ "$status" -eq 0 ]
}

@test "up creates a missing database in the running throwaway cluster" {
  require_cluster
  port_in_use "$DB_BATS_PORT" && skip "port $DB_BATS_PORT is in use"
  run "$DB_SH" up
  [ "$status" -eq 0 ]
  DB_NAME=clicknback_extra run "$DB_SH" up
  [ "$status" -eq 0 ]
  [[ $output == *"created database clicknback_extra"* ]]
  DB_NAME=clicknback_extra run "$DB_SH" psql -X -tA -c 'select current_database()'
  [ "$output" = "clicknback_extra" ]
  run "$DB_SH" destroy
  [ "$status" -eq 0 ]
}
