#!/usr/bin/env bash
# scripts/server.sh — packaged ClickNBack servers for benchmarks and reliability drills.
#
#   scripts/server.sh build         package the WAR and the Liberty runtime (mvn, tests skipped)
#   scripts/server.sh start NAME    start instance NAME in the background; wait until ready
#   scripts/server.sh stop NAME     stop it (graceful)
#   scripts/server.sh kill NAME     kill -9 it (crash drills)
#   scripts/server.sh pid NAME      print its JVM's process id (exit 3 when not running)
#   scripts/server.sh status NAME   running or not (exit 0 / 3)
#   scripts/server.sh destroy NAME  stop, then delete .local/servers/NAME
#
# An instance is the packaged application (target/clicknback.war, not the loose application of
# make dev and make test) in a server directory of its own, .local/servers/NAME, built from
# liberty/config exactly as the container image is: same server.xml, same jvm.options. Several
# instances run side by side on different ports (HTTP_PORT, HTTPS_PORT) against one database.
# Settings come from the environment like everywhere else (docs/configuration.md); the
# development defaults of pom.xml fill in what is unset, as for make run.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

SERVER_NAME=clicknback
WLP="$root/target/liberty/wlp"
BUILT_SERVER="$WLP/usr/servers/$SERVER_NAME"
READY_TIMEOUT_SECONDS=${READY_TIMEOUT_SECONDS:-120}

say() { printf 'server: %s\n' "$*"; }
die() {
  printf 'server: error: %s\n' "$*" >&2
  exit 1
}

usage() {
  sed -n '2,17p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
}

instance_name() {
  local name=${1:-}
  [[ $name =~ ^[a-z0-9][a-z0-9-]{0,30}$ ]] || die "instance name must match [a-z0-9-]+ (got '${name}')"
  printf '%s' "$name"
}

user_dir() { printf '%s/.local/servers/%s' "$root" "$1"; }
pid_file() { printf '%s/servers/.pid/%s.pid' "$(user_dir "$1")" "$SERVER_NAME"; }

build() {
  # package builds the WAR; liberty:create lays out the runtime, the server and the JDBC driver.
  mvn -q -B -DskipTests package liberty:create
  [[ -s target/clicknback.war ]] || die "target/clicknback.war was not built"
  [[ -s $BUILT_SERVER/jdbc/postgresql.jar ]] || die "the PostgreSQL driver was not copied"
  say "built target/clicknback.war and the Liberty runtime in target/liberty/wlp"
}

# The instance's server directory: liberty/config (server.xml, jvm.options, ...), the driver,
# the packaged WAR and the pom's development defaults. Rebuilt on every start.
prepare() {
  local name=$1 dir
  dir="$(user_dir "$name")/servers/$SERVER_NAME"
  [[ -s target/clicknback.war && -x $WLP/bin/server ]] || die "nothing built yet: run scripts/server.sh build"
  rm -rf "$dir"
  mkdir -p "$dir/apps" "$dir/jdbc" "$dir/configDropins/defaults"
  cp -R liberty/config/. "$dir/"
  cp "$BUILT_SERVER/jdbc/postgresql.jar" "$dir/jdbc/"
  cp target/clicknback.war "$dir/apps/"
  cp "$BUILT_SERVER"/configDropins/defaults/*.xml "$dir/configDropins/defaults/"
}

pid_of() {
  local file pid
  file=$(pid_file "$1")
  [[ -s $file ]] || return 3
  pid=$(<"$file")
  kill -0 "$pid" 2>/dev/null || return 3
  printf '%s\n' "$pid"
}

http_port() { printf '%s' "${HTTP_PORT:-9080}"; }

ready_code() {
  curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$(http_port)/health/ready" || true
}

start() {
  local name=$1 started elapsed code
  if pid_of "$name" >/dev/null; then die "instance '$name' is already running (pid $(pid_of "$name"))"; fi
  prepare "$name"
  code=$(ready_code)
  [[ $code == 000 ]] || die "port $(http_port) is already answering; set HTTP_PORT (and HTTPS_PORT)"
  started=$(date +%s.%N)
  WLP_USER_DIR="$(user_dir "$name")" "$WLP/bin/server" start "$SERVER_NAME" --clean >/dev/null
  while :; do
    code=$(ready_code)
    [[ $code == 200 ]] && break
    elapsed=$(awk -v s="$started" -v n="$(date +%s.%N)" 'BEGIN { printf "%d", n - s }')
    if ((elapsed >= READY_TIMEOUT_SECONDS)) || ! pid_of "$name" >/dev/null; then
      printf 'server: error: instance %s not ready after %ss (last /health/ready: %s); log tail:\n' \
        "$name" "$elapsed" "$code" >&2
      tail -n 20 "$(user_dir "$name")/servers/$SERVER_NAME/logs/messages.log" >&2 2>/dev/null || true
      exit 1
    fi
    sleep 0.1
  done
  elapsed=$(awk -v s="$started" -v n="$(date +%s.%N)" 'BEGIN { printf "%.2f", n - s }')
  say "instance $name ready on port $(http_port) in ${elapsed}s (pid $(pid_of "$name"))"
}

stop() {
  local name=$1
  pid_of "$name" >/dev/null || { say "instance $name is not running"; return 0; }
  WLP_USER_DIR="$(user_dir "$name")" "$WLP/bin/server" stop "$SERVER_NAME" >/dev/null
  say "instance $name stopped"
}

crash() {
  local name=$1 pid
  pid=$(pid_of "$name") || die "instance '$name' is not running"
  kill -9 "$pid"
  while kill -0 "$pid" 2>/dev/null; do sleep 0.05; done
  say "instance $name killed (kill -9 $pid)"
}

command=${1:-help}
case $command in
  build) build ;;
  start) start "$(instance_name "${2:-}")" ;;
  stop) stop "$(instance_name "${2:-}")" ;;
  kill) crash "$(instance_name "${2:-}")" ;;
  pid) pid_of "$(instance_name "${2:-}")" ;;
  status)
    name=$(instance_name "${2:-}")
    if pid=$(pid_of "$name"); then say "instance $name running (pid $pid)"; else say "instance $name not running"; exit 3; fi
    ;;
  destroy)
    name=$(instance_name "${2:-}")
    stop "$name"
    rm -rf "$(user_dir "$name")"
    ;;
  help | -h | --help) usage ;;
  *)
    usage >&2
    exit 2
    ;;
esac
