#!/usr/bin/env bash
# scripts/db.sh — a PostgreSQL for ClickNBack development and tests, without manual steps.
#
#   scripts/db.sh up        use the server at DB_HOST:DB_PORT, or start a throwaway local cluster
#   scripts/db.sh down      stop the throwaway cluster of DB_INSTANCE (never any other server)
#   scripts/db.sh status    does DB_HOST:DB_PORT answer? is the throwaway cluster running?
#   scripts/db.sh destroy   down, then delete .local/postgres/<DB_INSTANCE>
#   scripts/db.sh psql ...  psql against the configured database
#
# Run `scripts/db.sh --help` for the settings. Passwords are never printed.
set -euo pipefail

SCRIPT_DIR=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd -P)
ROOT_DIR=$(dirname -- "$SCRIPT_DIR")

# Development-only defaults: well-known credentials for a local throwaway database.
# Never use them for a server reachable from anywhere else.
DB_HOST=${DB_HOST:-localhost}
DB_PORT=${DB_PORT:-55432}
DB_NAME=${DB_NAME:-clicknback}
DB_USER=${DB_USER:-clicknback}
DB_PASSWORD=${DB_PASSWORD:-clicknback}
# Names the throwaway cluster (the Makefile uses "test" on port 55433 for test runs).
DB_INSTANCE=${DB_INSTANCE:-dev}
# Optional: directory holding initdb/pg_ctl/postgres; overrides the search (also used by tests).
PG_BINDIR=${PG_BINDIR:-}

INSTANCE_REL=".local/postgres/$DB_INSTANCE"
INSTANCE_DIR="$ROOT_DIR/$INSTANCE_REL"
DATA_DIR="$INSTANCE_DIR/data"
RUN_DIR="$INSTANCE_DIR/run"
LOG_FILE="$INSTANCE_DIR/postgres.log"
CONF_NAME="clicknback.conf"   # settings file in DATA_DIR, rewritten on every start
SUPERUSER="postgres"          # superuser of the throwaway cluster (socket-only access)

SERVER_BINDIR=""    # set by find_server_bindir
PG_OS_USER=""       # OS user that owns and runs the throwaway cluster
CLUSTER_PID=""      # set by cluster_running
CLUSTER_PORT=""
CRED_STATE=""       # ok | rejected | unknown, set by check_credentials
CRED_ERROR=""
STARTED_HERE=0      # 1 while a cluster started by this invocation is not yet known to be good
SUCCEEDED=0
PWFILE=""           # temporary superuser password file for initdb

usage() {
  cat <<EOF
Usage: scripts/db.sh <command> [args]

Commands:
  up          Make a PostgreSQL available at DB_HOST:DB_PORT/DB_NAME for DB_USER.
              Uses a server that already answers and accepts the credentials; otherwise,
              if DB_HOST is local and PostgreSQL server binaries are installed, starts a
              throwaway cluster in .local/postgres/<DB_INSTANCE> (127.0.0.1 only).
  down        Stop the throwaway cluster of DB_INSTANCE, if running.
  status      Report whether DB_HOST:DB_PORT answers (exit 0) or not (exit 3), and
              whether the throwaway cluster of DB_INSTANCE is running.
  destroy     'down', then delete .local/postgres/<DB_INSTANCE>.
  psql [...]  Run psql against the configured database (extra args passed on).
  help        Show this help (also -h, --help).

Settings (environment; development-only defaults):
  DB_HOST=localhost  DB_PORT=55432  DB_NAME=clicknback  DB_USER=clicknback
  DB_PASSWORD=clicknback  DB_INSTANCE=dev
  PG_BINDIR   directory with initdb/pg_ctl to use instead of searching
              /usr/lib/postgresql/*/bin, pg_config --bindir and PATH.
EOF
}

say() { printf 'db: %s\n' "$*"; }

# die MESSAGE [DETAIL...] — print an error (details indented) and exit 1.
die() {
  printf 'db: error: %s\n' "$1" >&2
  shift
  local line
  for line in "$@"; do printf '    %s\n' "$line" >&2; done
  exit 1
}

validate_settings() {
  if ! [[ $DB_PORT =~ ^[0-9]{1,5}$ ]] || ((10#$DB_PORT < 1 || 10#$DB_PORT > 65535)); then
    die "DB_PORT must be a TCP port number (got '$DB_PORT')"
  fi
  DB_PORT=$((10#$DB_PORT))
  [[ $DB_INSTANCE =~ ^[A-Za-z0-9][A-Za-z0-9_-]*$ ]] ||
    die "DB_INSTANCE must be letters, digits, '_' or '-' (got '$DB_INSTANCE')"
  [[ -n $DB_HOST ]] || die "DB_HOST must not be empty"
  [[ -n $DB_NAME ]] || die "DB_NAME must not be empty"
  [[ -n $DB_USER ]] || die "DB_USER must not be empty"
  [[ -n $DB_PASSWORD ]] || die "DB_PASSWORD must not be empty"
}

is_local_host() {
  case $DB_HOST in
    localhost | 127.0.0.1 | ::1) return 0 ;;
    *) return 1 ;;
  esac
}

# The throwaway cluster listens on loopback only.
listen_address() {
  if [[ $DB_HOST == "::1" ]]; then echo "::1"; else echo "127.0.0.1"; fi
}

# --- binaries -----------------------------------------------------------------------------

# Newest /usr/lib/postgresql/<version>/bin containing program $1 (prints nothing if none).
newest_libdir_with() {
  local dir found=""
  while IFS= read -r dir; do
    if [[ -x $dir/$1 ]]; then found=$dir; fi
  done < <(printf '%s\n' /usr/lib/postgresql/*/bin | sort -V)
  if [[ -n $found ]]; then printf '%s\n' "$found"; fi
}

# Sets SERVER_BINDIR to a directory with initdb and pg_ctl, or to "" if there is none.
find_server_bindir() {
  SERVER_BINDIR=""
  local dir
  if [[ -n $PG_BINDIR ]]; then
    if [[ -x $PG_BINDIR/initdb && -x $PG_BINDIR/pg_ctl ]]; then SERVER_BINDIR=$PG_BINDIR; fi
    return 0
  fi
  # An existing cluster must be run by the major version that created it.
  if [[ -r $DATA_DIR/PG_VERSION ]]; then
    dir="/usr/lib/postgresql/$(<"$DATA_DIR/PG_VERSION")/bin"
    if [[ -x $dir/initdb && -x $dir/pg_ctl ]]; then SERVER_BINDIR=$dir; return 0; fi
  fi
  dir=$(newest_libdir_with initdb)
  if [[ -n $dir && -x $dir/pg_ctl ]]; then SERVER_BINDIR=$dir; return 0; fi
  if command -v pg_config >/dev/null 2>&1; then
    dir=$(pg_config --bindir 2>/dev/null || true)
    if [[ -n $dir && -x $dir/initdb && -x $dir/pg_ctl ]]; then SERVER_BINDIR=$dir; return 0; fi
  fi
  if dir=$(command -v initdb 2>/dev/null); then
    dir=$(dirname -- "$dir")
    if [[ -x $dir/pg_ctl ]]; then SERVER_BINDIR=$dir; fi
  fi
  return 0
}

# Path of client program $1 (psql, pg_isready): server bindir, PATH, /usr/lib/postgresql.
# Only programs that actually run count (Debian's pg_wrapper in /usr/bin fails when no
# postgresql-client-<version> is installed).
find_client() {
  local candidate dir
  for candidate in "${SERVER_BINDIR:+$SERVER_BINDIR/$1}" "$(command -v "$1" 2>/dev/null || true)"; do
    if [[ -n $candidate && -x $candidate ]] && "$candidate" --version >/dev/null 2>&1; then
      printf '%s\n' "$candidate"
      return 0
    fi
  done
  dir=$(newest_libdir_with "$1")
  if [[ -n $dir ]]; then printf '%s\n' "$dir/$1"; fi
}

# Major version of the server binaries in SERVER_BINDIR (e.g. 15).
server_major_version() {
  local out
  out=$("$SERVER_BINDIR/pg_ctl" --version)
  if [[ $out =~ \(PostgreSQL\)\ ([0-9]+) ]]; then
    printf '%s\n' "${BASH_REMATCH[1]}"
  else
    die "cannot tell the version of $SERVER_BINDIR/pg_ctl ('$out')"
  fi
}

# --- probing --------------------------------------------------------------------------------

# Does anything PostgreSQL-like answer at DB_HOST:DB_PORT?
server_answers() {
  local isready rc=0 i
  isready=$(find_client pg_isready)
  if [[ -n $isready ]]; then
    for i in 1 2 3 4 5 6 7 8 9 10; do
      rc=0
      "$isready" -q -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d "$DB_NAME" -t 5 || rc=$?
      # 1 = answering but rejecting connections (e.g. still starting up): give it a moment.
      ((rc == 1 && i < 10)) || break
      sleep 1
    done
    ((rc == 0 || rc == 1))
  else
    # No client tools: fall back to a plain TCP connect.
    # shellcheck disable=SC2016 # $1/$2 are expanded by the inner bash
    if command -v timeout >/dev/null 2>&1; then
      timeout 5 bash -c 'exec 3<>"/dev/tcp/$1/$2"' _ "$DB_HOST" "$DB_PORT" 2>/dev/null
    else
      bash -c 'exec 3<>"/dev/tcp/$1/$2"' _ "$DB_HOST" "$DB_PORT" 2>/dev/null
    fi
  fi
}

# Sets CRED_STATE: ok (DB_USER/DB_PASSWORD can open DB_NAME), rejected (CRED_ERROR says why),
# unknown (no psql client to check with).
check_credentials() {
  CRED_STATE=unknown
  CRED_ERROR=""
  local psql out
  psql=$(find_client psql)
  [[ -n $psql ]] || return 0
  if out=$(PGPASSWORD=$DB_PASSWORD PGCONNECT_TIMEOUT=5 "$psql" -X -w -q -tA \
    -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d "$DB_NAME" -c 'SELECT 1' </dev/null 2>&1); then
    CRED_STATE=ok
  else
    CRED_STATE=rejected
    CRED_ERROR=$(printf '%s\n' "$out" | sed -E -e 's/^psql: (error: )?//' -e '/^[[:space:]]*$/d' | tail -n 1)
  fi
}

# Is the throwaway cluster of DB_INSTANCE running? Sets CLUSTER_PID and CLUSTER_PORT.
# Decided from its own postmaster.pid, so it never mistakes another server for ours.
cluster_running() {
  CLUSTER_PID=""
  CLUSTER_PORT=""
  local pidfile="$DATA_DIR/postmaster.pid" lines=() pid comm cwd
  [[ -r $pidfile ]] || return 1
  mapfile -t lines <"$pidfile" || return 1
  pid=${lines[0]:-}
  [[ $pid =~ ^[0-9]+$ && -d /proc/$pid ]] || return 1
  comm=$(cat "/proc/$pid/comm" 2>/dev/null || true)
  [[ $comm == postgres || $comm == postmaster ]] || return 1
  # The postmaster's working directory is its data directory (readable as root or owner).
  if cwd=$(readlink "/proc/$pid/cwd" 2>/dev/null) && [[ $cwd != "$DATA_DIR" ]]; then
    return 1
  fi
  CLUSTER_PID=$pid
  CLUSTER_PORT=${lines[3]:-}
  return 0
}

cluster_version() {
  if [[ -r $DATA_DIR/PG_VERSION ]]; then printf '%s ' "$(<"$DATA_DIR/PG_VERSION")"; fi
}

# --- running things as the cluster's OS user ------------------------------------------------

# Sets PG_OS_USER. PostgreSQL refuses to run as root: as root, use the owner of an existing
# data dir, else the 'postgres' user that the Debian packages create.
resolve_pg_os_user() {
  local owner
  if ((EUID == 0)); then
    command -v runuser >/dev/null 2>&1 ||
      die "running as root but 'runuser' (util-linux) is missing; run this script as a normal user"
    if [[ -d $DATA_DIR ]]; then
      owner=$(stat -c %U -- "$DATA_DIR")
      [[ $owner != root && $owner != UNKNOWN ]] ||
        die "$INSTANCE_REL/data is owned by '$owner'; PostgreSQL cannot run it" \
          "remove it with: DB_INSTANCE=$DB_INSTANCE scripts/db.sh destroy"
      PG_OS_USER=$owner
    elif getent passwd postgres >/dev/null 2>&1; then
      PG_OS_USER=postgres
    else
      die "running as root, and there is no 'postgres' OS user to run the throwaway PostgreSQL as" \
        "install the PostgreSQL server package, which creates it: apt-get install postgresql" \
        "or run this script as an unprivileged user"
    fi
  else
    PG_OS_USER=$(id -un)
    if [[ -d $DATA_DIR && ! -O $DATA_DIR ]]; then
      owner=$(stat -c %U -- "$DATA_DIR")
      die "$INSTANCE_REL/data belongs to '$owner'; run this script as '$owner' or as root"
    fi
  fi
}

# Run a command as PG_OS_USER (from /, so an unreadable cwd does not matter).
as_pg() {
  if ((EUID == 0)); then
    (cd / && exec runuser -u "$PG_OS_USER" -- "$@")
  else
    (cd / && exec "$@")
  fi
}

# Like as_pg, for commands that leave a daemon behind: close every inherited descriptor above
# stderr first, so the server cannot hold pipes of make, CI or bats open.
as_pg_daemon() {
  (
    for fd in /proc/self/fd/*; do
      fd=${fd##*/}
      if [[ $fd =~ ^[0-9]+$ ]] && ((fd > 2)); then exec {fd}>&-; fi
    done
    as_pg "$@"
  )
}

# --- throwaway cluster ----------------------------------------------------------------------

# Quote $1 as a single-quoted string for postgresql.conf.
conf_quote() {
  local s=${1//\\/\\\\}
  printf "'%s'" "${s//\'/\'\'}"
}

# Quote $1 as an SQL string literal (standard_conforming_strings is on).
sql_literal() {
  printf "'%s'" "${1//\'/\'\'}"
}

# Create .local/postgres/<instance> owned by PG_OS_USER and check that user can reach it.
prepare_instance_dir() {
  local dir
  for dir in "$ROOT_DIR/.local" "$ROOT_DIR/.local/postgres"; do
    [[ -d $dir ]] || mkdir -m 755 -- "$dir"
  done
  [[ -d $INSTANCE_DIR ]] || mkdir -m 755 -- "$INSTANCE_DIR"
  if ((EUID == 0)) && [[ $(stat -c %U -- "$INSTANCE_DIR") != "$PG_OS_USER" ]]; then
    chown -- "$PG_OS_USER:" "$INSTANCE_DIR"
  fi
  if ! as_pg test -w "$INSTANCE_DIR" -a -x "$INSTANCE_DIR"; then
    # Report the outermost directory that blocks the way.
    local path="" part parts=()
    IFS=/ read -ra parts <<<"${INSTANCE_DIR#/}"
    for part in "${parts[@]}"; do
      path="$path/$part"
      dir=$path
      if ! as_pg test -x "$dir"; then
        die "OS user '$PG_OS_USER' cannot enter $dir ($(stat -c '%A %U:%G' -- "$dir")), so it cannot run a cluster in $INSTANCE_REL" \
          "make it traversable (e.g. chmod o+x '$dir') or keep the project in a directory '$PG_OS_USER' can reach"
      fi
    done
    die "OS user '$PG_OS_USER' cannot write to $INSTANCE_DIR"
  fi
  as_pg mkdir -p -m 700 -- "$RUN_DIR"
  # Unix socket paths are limited to 107 bytes.
  local sock="$RUN_DIR/.s.PGSQL.$DB_PORT"
  ((${#sock} <= 107)) ||
    die "the socket path $sock is too long for a Unix socket (${#sock} > 107 bytes)" \
      "move the project to a shorter path, or point DB_HOST/DB_PORT at a running server"
}

init_cluster() {
  local pw out
  # The superuser gets a random password that is never stored: admin access is via the
  # owner-only Unix socket. TCP logins need a password (scram-sha-256).
  pw=$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')
  PWFILE="$INSTANCE_DIR/.initdb-pwfile"
  # shellcheck disable=SC2016 # $1 is expanded by the inner sh
  printf '%s\n' "$pw" | as_pg sh -c 'umask 077 && cat >"$1"' sh "$PWFILE"
  # Initialise next to the final place and rename, so an interrupted run leaves no half-made
  # data directory behind.
  local tmp="$INSTANCE_DIR/data.initdb"
  as_pg rm -rf -- "$tmp"
  if ! out=$(as_pg "$SERVER_BINDIR/initdb" -D "$tmp" -U "$SUPERUSER" --pwfile="$PWFILE" \
    --auth-local=trust --auth-host=scram-sha-256 --encoding=UTF8 --locale=C --no-sync 2>&1); then
    printf '%s\n' "$out" | tail -n 20 >&2
    as_pg rm -rf -- "$tmp"
    die "initdb failed for $INSTANCE_REL/data"
  fi
  rm -f -- "$PWFILE"
  PWFILE=""
  if [[ -e $DATA_DIR ]]; then as_pg rmdir -- "$DATA_DIR"; fi
  as_pg mv -- "$tmp" "$DATA_DIR"
}

# (Re)write this script's settings file and make sure postgresql.conf includes it.
write_conf() {
  if ! as_pg grep -qxF "include '$CONF_NAME'" "$DATA_DIR/postgresql.conf"; then
    printf "\n# Added by scripts/db.sh: settings for this throwaway cluster.\ninclude '%s'\n" "$CONF_NAME" |
      as_pg tee -a "$DATA_DIR/postgresql.conf" >/dev/null
  fi
  {
    printf '# Written by scripts/db.sh on every start: a throwaway dev/test cluster, not for real data.\n'
    printf 'listen_addresses = %s\n' "$(conf_quote "$(listen_address)")"
    printf 'port = %s\n' "$DB_PORT"
    printf 'unix_socket_directories = %s\n' "$(conf_quote "$RUN_DIR")"
    printf 'unix_socket_permissions = 0700\n'
    printf 'max_connections = 100\n'
    printf '# Durability is pointless for throwaway data; speed matters.\n'
    printf 'fsync = off\n'
    printf 'synchronous_commit = off\n'
    printf 'full_page_writes = off\n'
    printf 'password_encryption = %s\n' "'scram-sha-256'"
  } | as_pg tee "$DATA_DIR/$CONF_NAME" >/dev/null
}

# Stop the cluster right away (used when a start goes wrong).
stop_cluster_now() {
  if cluster_running; then
    as_pg "$SERVER_BINDIR/pg_ctl" -D "$DATA_DIR" -m immediate -w -t 30 -s stop >/dev/null 2>&1 ||
      kill -KILL "$CLUSTER_PID" 2>/dev/null || true
  fi
}

show_log_tail() {
  if [[ -r $LOG_FILE ]]; then
    printf 'db: last 20 lines of %s:\n' "$INSTANCE_REL/postgres.log" >&2
    tail -n 20 -- "$LOG_FILE" | sed 's/^/    /' >&2
  fi
}

# Create DB_USER (LOGIN CREATEDB, password DB_PASSWORD) and DB_NAME owned by it if missing,
# as the superuser over the Unix socket. Prints "role-created" or "role-existed", and
# "db-created" lines.
# The password travels on psql's stdin, never on a command line, and is kept out of the log.
provision() {
  local psql="$SERVER_BINDIR/psql"
  [[ -x $psql ]] || psql=$(find_client psql)
  [[ -n $psql ]] || die "no psql client found to create role '$DB_USER' and database '$DB_NAME'"
  as_pg "$psql" -X -q -tA -v ON_ERROR_STOP=1 -v VERBOSITY=terse -v SHOW_CONTEXT=never \
    -v "role=$DB_USER" -v "db=$DB_NAME" \
    -h "$RUN_DIR" -p "$DB_PORT" -U "$SUPERUSER" -d postgres <<SQL
SET log_statement = 'none';
SET log_min_error_statement = 'panic';
SET password_encryption = 'scram-sha-256';
SELECT CASE WHEN EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'role') THEN 'role-existed' ELSE 'role-created' END;
SELECT format('CREATE ROLE %I LOGIN CREATEDB', :'role')
  WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'role') \gexec
ALTER ROLE :"role" WITH LOGIN CREATEDB PASSWORD $(sql_literal "$DB_PASSWORD");
SELECT 'db-created' WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'db');
SELECT format('CREATE DATABASE %I OWNER %I ENCODING %L TEMPLATE template0', :'db', :'role', 'UTF8')
  WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'db') \gexec
SQL
}

# Run provision and report what it created; with "updating", also that an existing role's
# password was (re)set.
provision_and_report() {
  local out
  out=$(provision) || die "could not create role '$DB_USER' / database '$DB_NAME' in the throwaway cluster"
  if [[ ${1:-} == updating && $out == *role-existed* ]]; then
    say "set the password of role $DB_USER to DB_PASSWORD"
  fi
  case $out in
    *role-created*db-created*) say "created role $DB_USER and database $DB_NAME" ;;
    *role-created*) say "created role $DB_USER" ;;
    *db-created*) say "created database $DB_NAME" ;;
  esac
}

start_cluster() {
  resolve_pg_os_user
  local major data_version
  major=$(server_major_version)
  ((major >= 10)) || die "PostgreSQL $major in $SERVER_BINDIR is too old; version 10 or newer is needed"
  prepare_instance_dir
  if [[ -f $DATA_DIR/PG_VERSION ]]; then
    data_version=$(<"$DATA_DIR/PG_VERSION")
    [[ $data_version == "$major" ]] ||
      die "$INSTANCE_REL/data was created by PostgreSQL $data_version, but the server binaries are PostgreSQL $major ($SERVER_BINDIR)" \
        "install PostgreSQL $data_version, or start afresh with: DB_INSTANCE=$DB_INSTANCE scripts/db.sh destroy"
  else
    if [[ -e $DATA_DIR ]] && [[ -n $(ls -A -- "$DATA_DIR" 2>/dev/null) ]]; then
      die "$INSTANCE_REL/data exists but is not a PostgreSQL data directory" \
        "remove it with: DB_INSTANCE=$DB_INSTANCE scripts/db.sh destroy"
    fi
    init_cluster
    say "initialised a new PostgreSQL $major cluster in $INSTANCE_REL/data"
  fi
  write_conf

  STARTED_HERE=1
  if ! as_pg_daemon "$SERVER_BINDIR/pg_ctl" -D "$DATA_DIR" -l "$LOG_FILE" -w -t 30 -s start; then
    show_log_tail
    die "the throwaway PostgreSQL ($DB_INSTANCE) did not start on $(listen_address):$DB_PORT"
  fi
  provision_and_report
  check_credentials
  if [[ $CRED_STATE == rejected ]]; then
    show_log_tail
    die "the throwaway PostgreSQL started, but user '$DB_USER' cannot connect to '$DB_NAME' at $DB_HOST:$DB_PORT: $CRED_ERROR"
  fi
  STARTED_HERE=0
  say "started throwaway PostgreSQL $major at $(listen_address):$DB_PORT/$DB_NAME (data in $INSTANCE_REL)"
}

on_exit() {
  local rc=$?
  if [[ -n $PWFILE ]]; then rm -f -- "$PWFILE"; fi
  if ((STARTED_HERE == 1 && SUCCEEDED == 0)) && cluster_running; then
    printf 'db: stopping the throwaway PostgreSQL (%s) started by this failed run\n' "$DB_INSTANCE" >&2
    stop_cluster_now
  fi
  exit "$rc"
}

no_postgres() {
  die "no PostgreSQL answers at $DB_HOST:$DB_PORT, and no throwaway one can be started: $1" \
    "Either install PostgreSQL, so that this script can start a throwaway cluster:" \
    "    sudo apt-get install postgresql        # Debian/Ubuntu" \
    "or set DB_HOST, DB_PORT, DB_NAME, DB_USER and DB_PASSWORD to a running server."
}

# --- commands -------------------------------------------------------------------------------

cmd_up() {
  find_server_bindir
  if server_answers; then
    check_credentials
    case $CRED_STATE in
      ok)
        if cluster_running && [[ $CLUSTER_PORT == "$DB_PORT" ]] && is_local_host; then
          say "using PostgreSQL at $DB_HOST:$DB_PORT/$DB_NAME (throwaway cluster $DB_INSTANCE, already running)"
        else
          say "using PostgreSQL at $DB_HOST:$DB_PORT/$DB_NAME"
        fi
        return 0
        ;;
      unknown)
        say "using PostgreSQL at $DB_HOST:$DB_PORT/$DB_NAME (something answers there; no psql client to check the credentials)"
        return 0
        ;;
    esac
    # Our own cluster on that port, but the role or database is missing: create them.
    if is_local_host && cluster_running && [[ $CLUSTER_PORT == "$DB_PORT" && -n $SERVER_BINDIR ]]; then
      resolve_pg_os_user
      provision_and_report updating
      check_credentials
      [[ $CRED_STATE != rejected ]] ||
        die "user '$DB_USER' still cannot connect to '$DB_NAME' at $DB_HOST:$DB_PORT: $CRED_ERROR"
      say "using PostgreSQL at $DB_HOST:$DB_PORT/$DB_NAME (throwaway cluster $DB_INSTANCE, already running)"
      return 0
    fi
    die "a PostgreSQL answers at $DB_HOST:$DB_PORT, but user '$DB_USER' cannot connect to database '$DB_NAME': $CRED_ERROR" \
      "set DB_USER/DB_PASSWORD/DB_NAME to match that server, or choose another DB_PORT for a throwaway cluster"
  fi

  is_local_host || no_postgres "DB_HOST=$DB_HOST is not this machine"
  if cluster_running; then
    if [[ $CLUSTER_PORT != "$DB_PORT" ]]; then
      die "the throwaway PostgreSQL ($DB_INSTANCE) is already running on port $CLUSTER_PORT, not $DB_PORT" \
        "stop it first: DB_INSTANCE=$DB_INSTANCE scripts/db.sh down"
    fi
    show_log_tail
    die "the throwaway PostgreSQL ($DB_INSTANCE, pid $CLUSTER_PID) is running but does not answer at $DB_HOST:$DB_PORT" \
      "restart it: DB_INSTANCE=$DB_INSTANCE scripts/db.sh down && DB_INSTANCE=$DB_INSTANCE DB_PORT=$DB_PORT scripts/db.sh up"
  fi
  if [[ -z $SERVER_BINDIR ]]; then
    if [[ -n $PG_BINDIR ]]; then
      no_postgres "PG_BINDIR=$PG_BINDIR has no initdb and pg_ctl"
    fi
    no_postgres "no PostgreSQL server binaries found (looked in /usr/lib/postgresql/*/bin, pg_config --bindir, PATH)"
  fi
  start_cluster
}

cmd_down() {
  if ! cluster_running; then
    say "throwaway PostgreSQL ($DB_INSTANCE) not running"
    return 0
  fi
  local pid=$CLUSTER_PID port=$CLUSTER_PORT i
  resolve_pg_os_user
  find_server_bindir
  if [[ -n $SERVER_BINDIR ]]; then
    as_pg "$SERVER_BINDIR/pg_ctl" -D "$DATA_DIR" -m fast -w -t 60 -s stop
  else
    # No binaries any more: SIGINT is PostgreSQL's "fast shutdown".
    kill -INT "$pid"
    for ((i = 0; i < 60; i++)); do
      [[ -d /proc/$pid ]] || break
      sleep 1
    done
    [[ ! -d /proc/$pid ]] || die "the throwaway PostgreSQL ($DB_INSTANCE, pid $pid) did not stop within 60s"
  fi
  say "stopped throwaway PostgreSQL ($DB_INSTANCE) on port $port"
}

cmd_status() {
  local rc=0
  find_server_bindir
  if server_answers; then
    check_credentials
    case $CRED_STATE in
      ok) say "PostgreSQL at $DB_HOST:$DB_PORT answers; user $DB_USER can connect to $DB_NAME" ;;
      rejected) say "PostgreSQL at $DB_HOST:$DB_PORT answers, but user $DB_USER cannot connect to $DB_NAME: $CRED_ERROR" ;;
      *) say "something answers at $DB_HOST:$DB_PORT (no psql client to check it)" ;;
    esac
  else
    say "no PostgreSQL answers at $DB_HOST:$DB_PORT"
    rc=3
  fi
  if cluster_running; then
    say "throwaway PostgreSQL $(cluster_version)($DB_INSTANCE) running: pid $CLUSTER_PID, port $CLUSTER_PORT, data in $INSTANCE_REL"
  elif [[ -d $DATA_DIR ]]; then
    say "throwaway PostgreSQL ($DB_INSTANCE) not running (data in $INSTANCE_REL)"
  else
    say "throwaway PostgreSQL ($DB_INSTANCE) not running (no data yet)"
  fi
  if ((rc != 0)); then exit "$rc"; fi
}

cmd_destroy() {
  cmd_down
  if [[ -e $INSTANCE_DIR ]]; then
    rm -rf -- "$INSTANCE_DIR"
    say "removed $INSTANCE_REL"
  else
    say "nothing to remove at $INSTANCE_REL"
  fi
}

cmd_psql() {
  find_server_bindir
  local psql
  psql=$(find_client psql)
  [[ -n $psql ]] || die "no psql client found" "install it: sudo apt-get install postgresql-client"
  export PGPASSWORD=$DB_PASSWORD
  exec "$psql" -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d "$DB_NAME" "$@"
}

main() {
  local cmd=${1:-}
  case $cmd in
    -h | --help | help)
      usage
      return 0
      ;;
    up | down | status | destroy | psql) shift ;;
    "")
      usage >&2
      return 2
      ;;
    *)
      printf 'db: unknown command: %s\n\n' "$cmd" >&2
      usage >&2
      return 2
      ;;
  esac
  validate_settings
  trap on_exit EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  case $cmd in
    up) cmd_up ;;
    down) cmd_down ;;
    status) cmd_status ;;
    destroy) cmd_destroy ;;
    psql) cmd_psql "$@" ;;
  esac
  SUCCEEDED=1
}

main "$@"
