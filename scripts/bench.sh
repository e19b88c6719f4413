#!/usr/bin/env bash
# scripts/bench.sh — `make bench`: ClickNBack measured against its own ceiling (docs/benchmark.md).
#
# Builds the packaged server (scripts/server.sh build), starts a database of its own
# (DB_INSTANCE=bench) and loads scripts/bench/data.sql into it, starts the server as instance
# "bench" with the container's JVM options (liberty/config/jvm.options), logs in a set of users,
# then drives load with wrk from the same machine over loopback:
#
#   live      GET  /health/live            the ceiling: the cheapest request the server answers
#   offers    GET  /api/v1/offers/active   authenticated
#   wallet    GET  /api/v1/users/me/wallet authenticated
#   purchase  POST /api/v1/purchases       unique external ids, then exact wallet totals
#   login     POST /api/v1/auth/login      bounded by the password hash; reported apart
#
# Each scenario runs at BENCH_CONNECTIONS, then at increasing concurrency until the throughput
# stops rising, then paced at 70 % of its peak. Writes target/bench/results.json and
# target/bench/results.md. Any error (socket error or non-2xx answer) or a wallet that does not
# match its cashback rows fails the run. The server and the database are removed on exit,
# whatever happens.
#
# Settings (environment):
#   BENCH_DURATION=5          seconds per step        BENCH_CONNECTIONS=16   the fixed step
#   BENCH_WARMUP=20           seconds of warm-up load per scenario before the measured steps
#   BENCH_LEVELS="2 4 8 16 32 64 128"                 concurrency ramp (login: 1 2 4 8)
#   BENCH_USERS=100           users logged in for the authenticated scenarios
#   BENCH_WRK_THREADS=1       wrk threads            BENCH_WRK_CPUS=        taskset list for wrk
#   BENCH_HTTP_PORT=9390 BENCH_HTTPS_PORT=9790 BENCH_DB_PORT=55444
#   BENCH_SKIP_BUILD=1        reuse the last scripts/server.sh build
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

INSTANCE=bench
CLK_TCK=$(getconf CLK_TCK)
OUT_DIR="$root/target/bench"
WORK_DIR="$OUT_DIR/work"
LUA="$root/scripts/bench/scenario.lua"
PASSWORD='Str0ng!Pass' # the password of every user of scripts/bench/data.sql

DURATION=${BENCH_DURATION:-5}
# Seconds of load per scenario before the measured steps: on two cores the JIT compiler needs
# about this long before a path runs compiled (shorter warm-ups left the first steps 2x slower).
WARMUP=${BENCH_WARMUP:-20}
FIXED_CONNECTIONS=${BENCH_CONNECTIONS:-16}
LEVELS=${BENCH_LEVELS:-2 4 8 16 32 64 128}
LOGIN_LEVELS=${BENCH_LOGIN_LEVELS:-1 2 4 8}
USERS=${BENCH_USERS:-100}
WRK_THREADS=${BENCH_WRK_THREADS:-1}
WRK_CPUS=${BENCH_WRK_CPUS:-}
# The ramp stops when a step adds less than this fraction to the best throughput so far.
MIN_GAIN=0.05

# The bench's own database and server; nothing else is touched.
export DB_INSTANCE=bench DB_HOST=localhost DB_PORT="${BENCH_DB_PORT:-55444}"
export DB_NAME=clicknback DB_USER=clicknback DB_PASSWORD=clicknback
export HTTP_PORT="${BENCH_HTTP_PORT:-9390}" HTTPS_PORT="${BENCH_HTTPS_PORT:-9790}"
# The verification job ticks at start-up (the data set has nothing pending) and then not again
# during the run, so the wallet check after the ingestion scenario cannot race a confirmation.
export PURCHASE_CONFIRMATION_INTERVAL_SECONDS=86400
export OAUTH_ACCESS_TOKEN_TTL=120
export LOG_LEVEL=WARNING

say() { printf 'bench: %s\n' "$*"; }
die() {
  printf 'bench: error: %s\n' "$*" >&2
  exit 1
}

base_url() { printf 'http://127.0.0.1:%s' "$HTTP_PORT"; }

# ------------------------------------------------------------------------------------------------
# Pure helpers (scripts/test/bench.bats)
# ------------------------------------------------------------------------------------------------

# ramp_continues BEST NEW: true while NEW adds at least MIN_GAIN to BEST.
ramp_continues() {
  awk -v best="$1" -v new="$2" -v gain="$MIN_GAIN" 'BEGIN { exit !(new >= best * (1 + gain)) }'
}

# paced_step PEAK_RPS P50_MS: "connections delay_ms" that offer about 70 % of PEAK_RPS when each
# connection waits delay_ms between requests that take about P50_MS (at least 10 ms per cycle).
paced_step() {
  awk -v peak="$1" -v p50="$2" 'BEGIN {
    target = peak * 0.70; delay = 10; cycle = delay + p50
    conns = int(target * cycle / 1000 + 0.5); if (conns < 1) conns = 1
    printf "%d %d\n", conns, delay }'
}

# max_pool_size SERVER_XML: the datasource's connectionManager maxPoolSize.
max_pool_size() {
  sed -n 's/.*<connectionManager[^>]*maxPoolSize="\([0-9]*\)".*/\1/p' "$1" | head -n 1
}

# cpu_ticks PID...: user + system CPU time of the processes, in clock ticks (gone ones count 0).
cpu_ticks() {
  local pid total=0 t
  for pid in "$@"; do
    t=$(awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$pid/stat" 2>/dev/null || echo 0)
    total=$((total + t))
  done
  printf '%s\n' "$total"
}

# db_pids: the bench cluster's postmaster and its children (the backends among them).
db_pids() {
  local postmaster
  postmaster=$(head -n 1 "$root/.local/postgres/$DB_INSTANCE/data/postmaster.pid" 2>/dev/null) || return 0
  printf '%s\n' "$postmaster"
  ps -o pid= --ppid "$postmaster" 2>/dev/null || true
}

# rss_mb PID: resident set size in MB, from /proc/PID/status.
rss_mb() {
  awk '/^VmRSS:/ { printf "%.0f\n", $2 / 1024 }' "/proc/$1/status"
}

# ------------------------------------------------------------------------------------------------
# Set-up and tear-down
# ------------------------------------------------------------------------------------------------

require_tools() {
  local missing=() tool
  for tool in wrk jq curl; do command -v "$tool" >/dev/null || missing+=("$tool"); done
  ((${#missing[@]} == 0)) && return 0
  if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
    say "installing ${missing[*]} from the Debian packages"
    apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    die "missing ${missing[*]}; install with: sudo apt-get install ${missing[*]}"
  fi
}

cleanup() {
  local status=$?
  trap - EXIT
  [[ -n ${sampler_pid:-} ]] && kill "$sampler_pid" 2>/dev/null
  scripts/server.sh destroy "$INSTANCE" >/dev/null 2>&1 || true
  scripts/db.sh destroy >/dev/null 2>&1 || true
  if ((status == 0)); then say "done; server and database removed"; else
    say "FAILED (exit $status); server and database removed"
  fi
  exit "$status"
}

start_everything() {
  if [[ ${BENCH_SKIP_BUILD:-} != 1 ]]; then scripts/server.sh build; fi
  scripts/db.sh destroy >/dev/null 2>&1 || true
  scripts/db.sh up
  scripts/migrate.sh update >"$WORK_DIR/migrate.log" 2>&1 || die "migration failed: see target/bench/work/migrate.log"
  scripts/db.sh psql -q -v ON_ERROR_STOP=1 -f scripts/bench/data.sql 2>&1 | grep -v '^$' || true
  local counts
  counts=$(scripts/db.sh psql -tA -c \
    "SELECT (SELECT count(*) FROM merchants) || ' merchants, ' || (SELECT count(*) FROM offers)
       || ' offers, ' || (SELECT count(*) FROM users) || ' users, '
       || (SELECT count(*) FROM purchases) || ' purchases'")
  say "data set: $counts"
  local line
  line=$(scripts/server.sh start "$INSTANCE")
  printf '%s\n' "$line"
  START_SECONDS=$(sed -n 's/.* in \([0-9.]*\)s .*/\1/p' <<<"$line")
  SERVER_PID=$(scripts/server.sh pid "$INSTANCE")
  JVM_OPTIONS=$(grep -v '^#' liberty/config/jvm.options | grep -v '^$' | paste -sd' ' -)
  POOL_SIZE=$(max_pool_size liberty/config/server.xml)
  # Idle: ready, no request yet, and the start-up's leftovers settled (the JVM returns unused
  # native memory every 5 s, see liberty/config/jvm.options).
  sleep 15
  RSS_IDLE=$(rss_mb "$SERVER_PID")
  say "idle RSS ${RSS_IDLE} MB (pid $SERVER_PID, JVM options: $JVM_OPTIONS)"
}

# login_one EMAIL: "token email" of one bench user (run by xargs, two at a time).
login_one() {
  curl -sf -H 'Content-Type: application/json' \
    -d "{\"email\":\"$1\",\"password\":\"$PASSWORD\"}" "$(base_url)/api/v1/auth/login" |
    jq -r --arg email "$1" '"\(.access_token) \($email)"'
}

# Logs in BENCH_USERS users and writes "user_id email token" lines; lists the merchants.
login_users() {
  local i
  export -f login_one base_url
  export PASSWORD
  for ((i = 1; i <= USERS; i++)); do printf 'bench-%04d@bench.clicknback.com\n' "$i"; done \
    >"$WORK_DIR/emails"
  # shellcheck disable=SC2016 # $1 is the inner shell's
  xargs -P 2 -I{} bash -c 'login_one "$1"' _ {} <"$WORK_DIR/emails" >"$WORK_DIR/tokens"
  [[ $(wc -l <"$WORK_DIR/tokens") == "$USERS" ]] || die "could not log in all $USERS bench users"
  scripts/db.sh psql -tA -F ' ' -c "SELECT id, email FROM users WHERE email LIKE 'bench-%'" \
    >"$WORK_DIR/ids"
  awk 'NR == FNR { id[$2] = $1; next } { print id[$2], $2, $1 }' "$WORK_DIR/ids" "$WORK_DIR/tokens" \
    >"$WORK_DIR/accounts"
  scripts/db.sh psql -tA -c "SELECT id FROM merchants ORDER BY id" >"$WORK_DIR/merchants"
  say "logged in $USERS users"
}

# Samples the server's RSS every half second; the largest value ends up in rss_max.
sample_rss() {
  local max=0 now
  while kill -0 "$SERVER_PID" 2>/dev/null; do
    now=$(rss_mb "$SERVER_PID" 2>/dev/null || echo 0)
    ((now > max)) && max=$now && printf '%s\n' "$max" >"$WORK_DIR/rss_max"
    sleep 0.5
  done
}

# ------------------------------------------------------------------------------------------------
# Load
# ------------------------------------------------------------------------------------------------

# step SCENARIO LABEL CONNECTIONS [DELAY_MS]: one wrk run; prints its JSON line (with labels).
step() {
  local scenario=$1 label=$2 conns=$3 delay=${4:-0} file threads=$WRK_THREADS
  file="$WORK_DIR/$scenario-$label.json"
  ((threads > conns)) && threads=$conns
  local -a pin=() db
  [[ -n $WRK_CPUS ]] && pin=(taskset -c "$WRK_CPUS")
  mapfile -t db < <(db_pids)
  local app0 db0 app1 db1
  app0=$(cpu_ticks "$SERVER_PID") db0=$(cpu_ticks "${db[@]}")
  BENCH_SCENARIO=$scenario BENCH_DELAY_MS=$delay BENCH_OUT=$file BENCH_RUN="bench-$RUN_ID-$label" \
    BENCH_ACCOUNTS="$WORK_DIR/accounts" BENCH_MERCHANTS="$WORK_DIR/merchants" \
    BENCH_PASSWORD=$PASSWORD \
    "${pin[@]}" wrk -t "$threads" -c "$conns" -d "${DURATION}s" --timeout 10s -s "$LUA" \
    "$(base_url)" >"$WORK_DIR/$scenario-$label.txt" 2>&1 ||
    die "wrk failed for $scenario $label: $(tail -n 3 "$WORK_DIR/$scenario-$label.txt")"
  app1=$(cpu_ticks "$SERVER_PID") db1=$(cpu_ticks "${db[@]}")
  # CPU per request: the server JVM's and the database's (its backends), in milliseconds. Unlike
  # req/s, these barely depend on what else the machine is running.
  jq -c --arg s "$scenario" --arg l "$label" --argjson c "$conns" --argjson d "$delay" \
    --argjson app "$((app1 - app0))" --argjson db "$((db1 - db0))" --argjson hz "$CLK_TCK" \
    '. + {scenario: $s, step: $l, connections: $c, delay_ms: $d,
          app_cpu_ms_per_req: (if .requests > 0 then ($app * 1000 / $hz / .requests * 1000 | round) / 1000 else null end),
          db_cpu_ms_per_req: (if .requests > 0 then ($db * 1000 / $hz / .requests * 1000 | round) / 1000 else null end)}' \
    "$file" | tee -a "$WORK_DIR/steps.jsonl" |
    jq -r '"bench:   \(.scenario) \(.step) c=\(.connections): \(.rps) req/s, p50 \(.p50_ms) ms, p99 \(.p99_ms) ms, errors \(.errors), CPU/req app \(.app_cpu_ms_per_req) db \(.db_cpu_ms_per_req) ms"' >&2
}

# scenario NAME FIXED LEVELS...: the fixed step, the ramp until the throughput stops rising (two
# steps in a row that add less than MIN_GAIN, so that one noisy step does not end it), and (for
# all but login) a paced step at 70 % of the peak.
scenario() {
  local name=$1 fixed=$2 best=0 best_c=0 rps c low_p50="" flat=0
  shift 2
  say "scenario $name"
  step "$name" fixed "$fixed" >/dev/null
  for c in "$@"; do
    step "$name" "c$c" "$c" >/dev/null
    rps=$(jq -r .rps "$WORK_DIR/$name-c$c.json")
    [[ -z $low_p50 ]] && low_p50=$(jq -r .p50_ms "$WORK_DIR/$name-c$c.json")
    if ramp_continues "$best" "$rps"; then
      flat=0
    else
      flat=$((flat + 1))
    fi
    if awk -v b="$best" -v r="$rps" 'BEGIN { exit !(r > b) }'; then best=$rps best_c=$c; fi
    ((flat < 2)) || break
  done
  if [[ $name != login ]]; then
    read -r c delay < <(paced_step "$best" "$low_p50")
    step "$name" paced70 "$c" "$delay" >/dev/null
  fi
  say "  $name peaks at $best req/s with $best_c connections"
}

# ------------------------------------------------------------------------------------------------
# Checks and results
# ------------------------------------------------------------------------------------------------

# Every wallet equals the sums of its cashback rows, every purchase has its cashback row, and
# every purchase answered 201 is stored. A few more may be stored: wrk stops counting at the end of
# a step while the server finishes the requests in flight (at most one per connection).
check_wallets() {
  local ingested created mismatches in_flight
  created=$(jq -s '[.[] | select(.scenario == "purchase") | .requests - .non_2xx_3xx] | add' \
    "$WORK_DIR/steps.jsonl")
  in_flight=$(jq -s '[.[] | select(.scenario == "purchase") | .connections] | add' \
    "$WORK_DIR/steps.jsonl")
  ingested=$(scripts/db.sh psql -tA -c "SELECT count(*) FROM purchases WHERE external_id LIKE 'bench-$RUN_ID-%'")
  mismatches=$(scripts/db.sh psql -tA -c "
    SELECT count(*) FROM wallets w
    LEFT JOIN (SELECT user_id,
                      sum(amount) FILTER (WHERE status = 'pending') AS pending,
                      sum(amount) FILTER (WHERE status = 'available') AS available
               FROM cashback_transactions GROUP BY user_id) c ON c.user_id = w.user_id
    WHERE w.pending_balance <> coalesce(c.pending, 0)
       OR w.available_balance + w.paid_balance <> coalesce(c.available, 0)")
  local orphans
  orphans=$(scripts/db.sh psql -tA -c "
    SELECT count(*) FROM purchases p
    LEFT JOIN cashback_transactions c ON c.purchase_id = p.id
    WHERE c.id IS NULL OR c.amount <> p.cashback_amount")
  WALLET_CHECK=$(jq -n --argjson i "$ingested" --argjson c "$created" --argjson m "$mismatches" \
    --argjson o "$orphans" --argjson f "$in_flight" '{purchases_answered_2xx: $c,
      purchases_stored: $i, wallets_not_matching_cashback: $m,
      purchases_without_matching_cashback: $o,
      ok: ($i >= $c and $i <= $c + $f and $m == 0 and $o == 0)}')
  say "wallet check: $(jq -c . <<<"$WALLET_CHECK")"
}

write_results() {
  local load_avg
  load_avg=$(cut -d' ' -f1-3 /proc/loadavg)
  jq -s --arg start "$START_SECONDS" --argjson idle "$RSS_IDLE" \
    --argjson load "$(cat "$WORK_DIR/rss_max" 2>/dev/null || echo "$RSS_IDLE")" \
    --argjson pool "$POOL_SIZE" --arg jvm "$JVM_OPTIONS" --arg loadavg "$load_avg" \
    --argjson wallet "$WALLET_CHECK" --argjson fixed "$FIXED_CONNECTIONS" \
    --arg java "$(java -version 2>&1 | head -n 1)" --arg cpus "$(nproc)" --arg when "$(date -u +%FT%TZ)" '
    def peak(s): [.[] | select(.scenario == s and (.step == "fixed" or (.step | startswith("c"))))]
      | max_by(.rps);
    def one(s; l): [.[] | select(.scenario == s and .step == l)][0];
    . as $steps
    | (peak("live").rps) as $ceiling
    | (one("live"; "fixed").rps) as $ceiling_fixed
    | {
        run: {date: $when, cpus: ($cpus | tonumber), load_average: $loadavg, java: $java,
              jvm_options: $jvm, step_seconds: ($steps[0].duration_s | round)},
        server: {start_to_ready_s: ($start | tonumber), rss_idle_mb: $idle, rss_load_mb: $load,
                 db_pool_max: $pool},
        ceiling_rps: $ceiling,
        scenarios: [ "live", "offers", "wallet", "purchase", "login" ] | map(. as $s
          | ($steps | peak($s)) as $p | ($steps | one($s; "fixed")) as $f
          | ($steps | one($s; "paced70")) as $r
          | {name: $s,
             fixed: {connections: $fixed, rps: $f.rps, p50_ms: $f.p50_ms, p99_ms: $f.p99_ms,
                     errors: $f.errors, ratio_to_ceiling: (($f.rps / $ceiling_fixed * 1000 | round) / 1000)},
             peak: {connections: $p.connections, rps: $p.rps, p50_ms: $p.p50_ms, p99_ms: $p.p99_ms,
                    errors: $p.errors, ratio_to_ceiling: (($p.rps / $ceiling * 1000 | round) / 1000)},
             paced_70: (if $r then {connections: $r.connections, rps: $r.rps,
                    share_of_peak: (($r.rps / $p.rps * 1000 | round) / 1000),
                    p50_ms: $r.p50_ms, p99_ms: $r.p99_ms, errors: $r.errors} else null end),
             errors: ([$steps[] | select(.scenario == $s) | .errors] | add)}),
        wallet_check: $wallet,
        steps: $steps
      }' "$WORK_DIR/steps.jsonl" >"$OUT_DIR/results.json"
  markdown_table >"$OUT_DIR/results.md"
  cat "$OUT_DIR/results.md"
}

markdown_table() {
  jq -r '
    def f(x): if x == null then "-" else (x * 10 | round / 10 | tostring) end;
    def pct(x): if x == null then "-" else ((x * 100 | round | tostring) + " %") end;
    "| Scenario | Fixed req/s (c=\(.scenarios[0].fixed.connections)) | p50 / p99 ms | Peak req/s (c) "
      + "| Peak p50 / p99 ms | Ratio to ceiling | 70 % pace: req/s, p99 ms | Errors |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    (.scenarios[] | "| \(.name) | \(f(.fixed.rps)) | \(f(.fixed.p50_ms)) / \(f(.fixed.p99_ms)) "
      + "| \(f(.peak.rps)) (\(.peak.connections)) | \(f(.peak.p50_ms)) / \(f(.peak.p99_ms)) "
      + "| \(pct(.peak.ratio_to_ceiling)) "
      + "| \(if .paced_70 then "\(f(.paced_70.rps)), \(f(.paced_70.p99_ms))" else "-" end) "
      + "| \(.errors) |"),
    "",
    "| Server | Value |",
    "| --- | ---: |",
    "| Start to ready | \(.server.start_to_ready_s) s |",
    "| RSS idle | \(.server.rss_idle_mb) MB |",
    "| RSS under load (max) | \(.server.rss_load_mb) MB |",
    "| Database pool (maxPoolSize) | \(.server.db_pool_max) |",
    "| Wallet check after ingestion | \(if .wallet_check.ok then "exact" else "MISMATCH" end) |",
    "| JVM options | `\(.run.jvm_options)` |",
    "| Java | \(.run.java) |",
    "| CPUs, load average at the end | \(.run.cpus), \(.run.load_average) |"
  ' "$OUT_DIR/results.json"
}

main() {
  require_tools
  rm -rf "$OUT_DIR"
  mkdir -p "$WORK_DIR"
  RUN_ID=$(date +%s)
  trap cleanup EXIT
  start_everything
  login_users
  sample_rss &
  sampler_pid=$!

  # A warm-up of every path (BENCH_WARMUP seconds each), so that the JIT compiler and the pool are
  # not what the first steps measure.
  local s
  for s in live offers wallet purchase; do
    BENCH_SCENARIO=$s BENCH_OUT="$WORK_DIR/warmup-$s.json" BENCH_RUN="bench-$RUN_ID-warmup" \
      BENCH_ACCOUNTS="$WORK_DIR/accounts" BENCH_MERCHANTS="$WORK_DIR/merchants" \
      wrk -t 1 -c 8 -d "${WARMUP}s" -s "$LUA" "$(base_url)" >/dev/null
  done

  local -a levels login_levels
  read -r -a levels <<<"$LEVELS"
  read -r -a login_levels <<<"$LOGIN_LEVELS"
  scenario live "$FIXED_CONNECTIONS" "${levels[@]}"
  scenario offers "$FIXED_CONNECTIONS" "${levels[@]}"
  scenario wallet "$FIXED_CONNECTIONS" "${levels[@]}"
  scenario purchase "$FIXED_CONNECTIONS" "${levels[@]}"
  scenario login 4 "${login_levels[@]}"
  kill "$sampler_pid" 2>/dev/null || true
  wait "$sampler_pid" 2>/dev/null || true
  sampler_pid=

  # The warm-up purchases count as well: they were answered 201 (or the warm-up shows errors).
  jq -c '. + {scenario: "purchase", step: "warmup", connections: 8, delay_ms: 0}' \
    "$WORK_DIR/warmup-purchase.json" >>"$WORK_DIR/steps.jsonl"
  check_wallets
  write_results

  local errors
  errors=$(jq '[.steps[].errors] | add' "$OUT_DIR/results.json")
  ((errors == 0)) || die "$errors requests failed (see target/bench/work/*.txt)"
  jq -e .wallet_check.ok "$OUT_DIR/results.json" >/dev/null ||
    die "the wallets do not match their cashback rows after the ingestion scenario"
  say "results in target/bench/results.json and target/bench/results.md"
}

if [[ ${BASH_SOURCE[0]} == "$0" ]]; then
  main "$@"
fi
