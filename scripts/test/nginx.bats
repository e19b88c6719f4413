#!/usr/bin/env bats
# Tests for deploy/nginx: the real nginx runs the site file (ports and certificate paths moved
# into a temporary directory, everything else as shipped) in front of a small upstream that
# echoes the request headers, on 127.0.0.1 only. Skipped when nginx, python3, openssl or curl
# is missing. Each test uses its own client address (127.0.0.x) so that rate limits do not mix.
#   NGINX_BATS_HTTP_PORT, NGINX_BATS_HTTPS_PORT, NGINX_BATS_UPSTREAM_PORT
#     (defaults 18480, 18443, 18481)

setup_file() {
  export ROOT="$BATS_TEST_DIRNAME/../.."
  export HTTP_PORT=${NGINX_BATS_HTTP_PORT:-18480}
  export HTTPS_PORT=${NGINX_BATS_HTTPS_PORT:-18443}
  export UPSTREAM_PORT=${NGINX_BATS_UPSTREAM_PORT:-18481}
  export NGINX_BIN
  NGINX_BIN=$(command -v nginx || true)
  if [[ -z $NGINX_BIN && -x /usr/sbin/nginx ]]; then NGINX_BIN=/usr/sbin/nginx; fi
  local tool
  for tool in python3 openssl curl envsubst; do
    command -v "$tool" >/dev/null || { export SKIP_REASON="$tool is not installed"; return 0; }
  done
  [[ -n $NGINX_BIN ]] || { export SKIP_REASON="nginx is not installed (sudo apt-get install nginx)"; return 0; }
  for port in "$HTTP_PORT" "$HTTPS_PORT" "$UPSTREAM_PORT"; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      export SKIP_REASON="port $port is in use (set NGINX_BATS_*_PORT)"
      return 0
    fi
  done

  export WORK="$BATS_FILE_TMPDIR/nginx"
  local le="$WORK/letsencrypt"
  mkdir -p "$le/live/clicknback.com" "$WORK/logs" "$WORK/temp"
  chmod 755 "$BATS_FILE_TMPDIR" "$WORK" "$WORK/temp"
  # A throwaway self-signed certificate where Certbot would put the real one.
  openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=clicknback.com \
    -addext 'subjectAltName=DNS:clicknback.com,DNS:www.clicknback.com' \
    -keyout "$le/live/clicknback.com/privkey.pem" -out "$le/live/clicknback.com/fullchain.pem" 2>/dev/null
  printf 'ssl_session_cache shared:le_nginx_SSL:1m;\nssl_protocols TLSv1.2 TLSv1.3;\n' >"$le/options-ssl-nginx.conf"

  # The site file as an operator installs it (envsubst of APP_PORT only), then moved to
  # loopback test ports and the temporary certificate directory.
  APP_PORT=$UPSTREAM_PORT envsubst "\${APP_PORT}" <"$ROOT/deploy/nginx/clicknback.com.conf" |
    sed -e "s|^\( *\)listen 80;|\1listen 127.0.0.1:$HTTP_PORT;|" \
      -e "s|^\( *\)listen 443 ssl http2;|\1listen 127.0.0.1:$HTTPS_PORT ssl http2;|" \
      -e '/listen \[::\]/d' \
      -e "s|/etc/letsencrypt/|$le/|g" >"$WORK/site.conf"
  cat >"$WORK/nginx.conf" <<CONF
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/logs/error.log warn;
events { worker_connections 64; }
http {
    access_log $WORK/logs/access.log;
    client_body_temp_path $WORK/temp/body;
    proxy_temp_path $WORK/temp/proxy;
    fastcgi_temp_path $WORK/temp/fastcgi;
    uwsgi_temp_path $WORK/temp/uwsgi;
    scgi_temp_path $WORK/temp/scgi;
    include $ROOT/deploy/nginx/limit-req-zone.conf;
    include $WORK/site.conf;
}
CONF

  python3 "$BATS_TEST_DIRNAME/fixtures/ops/echo_upstream.py" "$UPSTREAM_PORT" </dev/null >/dev/null 2>&1 3>&- &
  echo $! >"$WORK/upstream.pid"
  "$NGINX_BIN" -p "$WORK" -e "$WORK/logs/error.log" -c "$WORK/nginx.conf" </dev/null 3>&-
  local i
  for ((i = 0; i < 50; i++)); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$UPSTREAM_PORT") 2>/dev/null &&
      (exec 3<>"/dev/tcp/127.0.0.1/$HTTPS_PORT") 2>/dev/null; then
      return 0
    fi
    sleep 0.1
  done
  echo "nginx or the upstream did not start" >&2
  cat "$WORK/logs/error.log" >&2 || true
  return 1
}

teardown_file() {
  [[ -n ${WORK:-} ]] || return 0
  local pid i
  for file in "$WORK/nginx.pid" "$WORK/upstream.pid"; do
    [[ -s $file ]] || continue
    pid=$(<"$file")
    kill "$pid" 2>/dev/null || true
    for ((i = 0; i < 50; i++)); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
  done
}

setup() {
  if [[ -n ${SKIP_REASON:-} ]]; then skip "$SKIP_REASON"; fi
}

# req CLIENT_IP METHOD PATH [curl args...]: HTTPS request to clicknback.com from 127.0.0.CLIENT_IP;
# prints the status code, then the body.
req() {
  local client=$1 method=$2 path=$3
  shift 3
  curl -sk --max-time 5 --interface "127.0.0.$client" \
    --resolve "clicknback.com:$HTTPS_PORT:127.0.0.1" -X "$method" \
    -w '%{http_code}\n' -o "$BATS_TEST_TMPDIR/body" "$@" "https://clicknback.com:$HTTPS_PORT$path"
}

# codes CLIENT_IP METHOD PATH N: the status codes of N rapid requests, space-separated.
codes() {
  local out="" i
  for ((i = 0; i < $4; i++)); do out+="${out:+ }$(req "$1" "$2" "$3")"; done
  printf '%s\n' "$out"
}

@test "nginx -t accepts the site file and the zone file" {
  run "$NGINX_BIN" -t -p "$WORK" -e "$WORK/logs/error.log" -c "$WORK/nginx.conf"
  echo "$output"
  [ "$status" -eq 0 ]
}

@test "HTTPS requests reach the upstream with Host, X-Real-IP, X-Forwarded-For and X-Forwarded-Proto" {
  run req 11 GET '/api/v1/merchants?limit=5' -H 'X-Forwarded-For: 203.0.113.9'
  [ "$output" = 200 ]
  run python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); h=d["headers"]
print(d["method"], d["path"], h["host"], h["x-real-ip"], h["x-forwarded-for"], h["x-forwarded-proto"], sep="|")' \
    "$BATS_TEST_TMPDIR/body"
  echo "$output"
  [ "$output" = "GET|/api/v1/merchants?limit=5|clicknback.com|127.0.0.11|203.0.113.9, 127.0.0.11|https" ]
}

@test "HTTP redirects to HTTPS with the path and query kept" {
  run curl -s --max-time 5 -o /dev/null -w '%{http_code} %{redirect_url}' \
    --resolve "clicknback.com:$HTTP_PORT:127.0.0.1" "http://clicknback.com:$HTTP_PORT/api/v1/offers?active=true"
  [ "$output" = "301 https://clicknback.com/api/v1/offers?active=true" ]
}

@test "www.clicknback.com redirects to clicknback.com over HTTP and HTTPS" {
  run curl -s --max-time 5 -o /dev/null -w '%{http_code} %{redirect_url}' \
    --resolve "www.clicknback.com:$HTTP_PORT:127.0.0.1" "http://www.clicknback.com:$HTTP_PORT/api/v1"
  [ "$output" = "301 https://clicknback.com/api/v1" ]
  run curl -sk --max-time 5 -o /dev/null -w '%{http_code} %{redirect_url}' \
    --resolve "www.clicknback.com:$HTTPS_PORT:127.0.0.1" "https://www.clicknback.com:$HTTPS_PORT/api/v1/users/me"
  [ "$output" = "301 https://clicknback.com/api/v1/users/me" ]
}

@test "the fifth rapid login from one client is refused with 429 in the error envelope; another client is not affected" {
  run codes 12 POST /api/v1/auth/login 5 -H 'Content-Type: application/json' -d '{}'
  [ "$output" = "200 200 200 200 429" ]
  # The refusal is the API's JSON error envelope, with a hint when to retry.
  run req 12 POST /api/v1/auth/login -d '{}' -D "$BATS_TEST_TMPDIR/headers"
  [ "$output" = 429 ]
  grep -qi '^content-type: application/json' "$BATS_TEST_TMPDIR/headers"
  grep -qi '^retry-after: 60' "$BATS_TEST_TMPDIR/headers"
  run python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["error"]["code"])' "$BATS_TEST_TMPDIR/body"
  [ "$output" = TOO_MANY_REQUESTS ]
  run codes 13 POST /api/v1/auth/login 1 -d '{}'
  [ "$output" = 200 ]
  grep -q 'limiting requests.*zone "auth".*client: 127.0.0.12' "$WORK/logs/error.log"
}

@test "every path form of login and registration is limited" {
  local client=20 path
  for path in /api/v1/auth/login/ /api/v1/users /api/v1/users/ '/api/v1/auth/login;jsessionid=1' \
    //api/v1//users /api/v1/./auth/login /api/v1/auth/%6Cogin; do
    client=$((client + 1))
    run codes "$client" POST "$path" 5 -d '{}'
    echo "$path: $output"
    [ "$output" = "200 200 200 200 429" ]
  done
}

@test "GET /api/v1/users/me, other endpoints, reads and CORS preflights are never limited" {
  run codes 40 GET /api/v1/users/me 10
  [ "$output" = "200 200 200 200 200 200 200 200 200 200" ]
  run codes 41 GET /api/v1/users/me/ 6
  [ "$output" = "200 200 200 200 200 200" ]
  run codes 42 POST /api/v1/auth/refresh 8 -d '{}'
  [ "$output" = "200 200 200 200 200 200 200 200" ]
  run codes 43 OPTIONS /api/v1/users 8 -H 'Origin: https://clicknback.com' -H 'Access-Control-Request-Method: POST'
  [ "$output" = "200 200 200 200 200 200 200 200" ]
  run codes 44 GET /api/v1/merchants 8
  [ "$output" = "200 200 200 200 200 200 200 200" ]
}
