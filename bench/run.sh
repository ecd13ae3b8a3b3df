#!/usr/bin/env bash
# The FOI Tracker benchmark: one command.
#
#   bench/run.sh                 # 10 000 requests
#   bench/run.sh 10000 1000000   # each size in turn, then the ratio between the first and last
#
# Needs root (a throw-away PostgreSQL 15 through scripts/with-postgres.sh), Debian's wrk and nginx.
# For each size it creates the database foi_bench, lets the app create the schema (Flyway) and
# import the seed, generates the requests (bench/generate.sql), builds the search index, starts the
# packaged app on PostgreSQL, measures start-up time, warms up, drives wrk on 127.0.0.1 at
# concurrency 1, 16 and 64 (BENCH_DURATION seconds per cell, default 10), measures resident memory,
# and serves the same case page from nginx as the ceiling. Results: printed, and appended to
# bench/RESULTS.md with the machine and its load average.
#
# Settings: BENCH_DURATION (s per cell), BENCH_CONCURRENCY ("1 16 64"), BENCH_CELLS (only these), BENCH_SKIP_BUILD=1 (reuse
# target/quarkus-app), BENCH_APP_PORT (18080), BENCH_NGINX_PORT (18081), BENCH_OUT (RESULTS.md),
# BENCH_JAVA_OPTS (JVM options; default "-XX:+UseSerialGC -Xmx192m -XX:SharedArchiveFile=app-cds.jsa",
# with MALLOC_ARENA_MAX=2).
set -euo pipefail
cd "$(dirname "$0")/.."
# The project builds and runs on Java 25 (README "Run it"): Temurin 25, not the machine's default java.
export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
export PATH="$JAVA_HOME/bin:$PATH"
ROOT="$PWD"

if [ -z "${FOI_PG_SOCKETS:-}" ]; then
  WITH_PG="${BENCH_WITH_POSTGRES:-scripts/with-postgres.sh}"; [ -x "$WITH_PG" ] || { echo "bench/run.sh: scripts/with-postgres.sh is missing" >&2; exit 2; }
  command -v wrk >/dev/null || { echo "bench/run.sh: install wrk (apt-get install -y wrk)" >&2; exit 2; }
  command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || { echo "bench/run.sh: install nginx" >&2; exit 2; }
  exec env FOI_PG_PORT="${FOI_PG_PORT:-5499}" "$WITH_PG" "$0" "$@"
fi

SIZES=("$@")
[ "${#SIZES[@]}" -gt 0 ] || SIZES=(10000)
DURATION="${BENCH_DURATION:-10}"
CONCURRENCY="${BENCH_CONCURRENCY:-1 16 64}"
APP_PORT="${BENCH_APP_PORT:-18080}"
NGINX_PORT="${BENCH_NGINX_PORT:-18081}"
OUT="${BENCH_OUT:-$ROOT/bench/RESULTS.md}"
WORK="$(mktemp -d /tmp/foi-bench.XXXXXX)"
chmod 755 "$WORK"
APP_PID=""
NGINX_PID=""
cleanup() {
  cp "$WORK"/app*.log /tmp/ 2>/dev/null || true # the last run's app logs stay in /tmp/app.log
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

PSQL_SU=(runuser -u postgres -- psql -h "$FOI_PG_SOCKETS" -p "$FOI_PG_PORT" -U postgres -v ON_ERROR_STOP=1 -q)
DB=foi_bench
export FOI_DB_URL="jdbc:postgresql://127.0.0.1:$FOI_PG_PORT/$DB"
PSQL=(env PGPASSWORD=foi psql -h 127.0.0.1 -p "$FOI_PG_PORT" -U foi -d "$DB" -v ON_ERROR_STOP=1 -q)

log() { echo "bench: $*" >&2; }
load() { cut -d' ' -f1-3 /proc/loadavg; }

if [ "${BENCH_SKIP_BUILD:-0}" != 1 ] || [ ! -f target/quarkus-app/quarkus-run.jar ]; then
  log "packaging (./mvnw -B package -DskipTests, with an AppCDS archive)"
  FOI_DB_KIND=postgresql ./mvnw -B -q package -DskipTests -Dfuzz.replay.skip=true -Dspotbugs.skip=true \
    -Dquarkus.package.jar.appcds.enabled=true
fi

# Production profile on PostgreSQL. The public pages need no sign-in. The officer queue and the
# statistics page are read with a bearer token that this script signs itself: the app is told to
# check tokens against the script's public key (quarkus.oidc.public-key, local verification, with
# no provider address and no sign-in form), so no identity provider has to run. Only the benchmark
# does this; FOI_OIDC_URL below just satisfies the production start-up check.
export QUARKUS_PROFILE=prod
export FOI_DB_KIND=postgresql FOI_DB_USER=foi FOI_DB_PASSWORD=foi
export FOI_OIDC_URL="http://127.0.0.1:9/realms/none" FOI_OIDC_CLIENT_SECRET=bench-not-a-secret
export FOI_OIDC_STATE_SECRET=bench-state-secret-of-32-characters-or-more
# The public address; the benchmark reaches the app both directly and through nginx, so the
# production refusal of other Host headers (421) is switched off for this run only.
export FOI_PUBLIC_BASE_URL="http://127.0.0.1:$APP_PORT/" FOI_PUBLIC_HOST_ONLY=false
export FOI_SEARCH_INDEX_PATH="$WORK/search-index"
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/token-key.pem" 2>/dev/null
PUBLIC_KEY=$(openssl rsa -in "$WORK/token-key.pem" -pubout 2>/dev/null | grep -v -- '-----' | tr -d '\n')
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
token() { # a signed RS256 JWT for a bench user with the officer and auditor roles for every
  # authority, valid one day, for the audience production checks (FOI_OIDC_AUDIENCE, foi-tracker)
  local now header payload
  now=$(date +%s)
  header=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
  payload=$(printf '{"sub":"bench","preferred_username":"bench","aud":"foi-tracker","iat":%d,"exp":%d,"realm_access":{"roles":["officer","auditor","authority:*"]}}' \
    "$now" "$((now + 86400))" | b64url)
  printf '%s.%s.%s' "$header" "$payload" \
    "$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$WORK/token-key.pem" | b64url)"
}
# The JVM settings a small council would run with (BENCH_JAVA_OPTS replaces them): a 192 MB heap
# with the serial collector (two cores), two malloc arenas, and the class archive made at
# packaging time (AppCDS). A heap that starts small and is given back when mostly free
# (-Xms32m -XX:MinHeapFreeRatio=15 -XX:MaxHeapFreeRatio=40) saved 70 MB of resident memory but
# never grew past 120 MB under the million-request review: 883 full collections, 72 s of pauses.
export MALLOC_ARENA_MAX=2
JAVA_OPTS=(${BENCH_JAVA_OPTS:--XX:+UseSerialGC -Xmx192m -XX:SharedArchiveFile=app-cds.jsa} -Dquarkus.http.port="$APP_PORT" -Dquarkus.http.host=127.0.0.1
  -Dquarkus.oidc.application-type=service -Dquarkus.oidc.logout.path= -Dquarkus.oidc.auth-server-url=
  -Dquarkus.oidc.api.auth-server-url= -Dquarkus.oidc.public-key="$PUBLIC_KEY"
  -Dquarkus.oidc.api.public-key="$PUBLIC_KEY"
  # Every status check comes from one address for one reference: the guessing limits (a handful of
  # tries in flight or wrong per address and per reference) would answer most of them 429, so the
  # run lifts them to measure the check itself (the limits are tested in AccessCodeGuessingTest).
  -Dfoi.status.max-failures=1000000000 -Dfoi.status.max-reference-failures=1000000000)

start_app() { # $1: log file; sets APP_PID and STARTUP_MS
  local t0 t1
  t0=$(date +%s%N)
  # Run from its own folder: the AppCDS archive is only used with the jar at the path it was made for.
  (cd target/quarkus-app && exec java "${JAVA_OPTS[@]}" -jar quarkus-run.jar) >"$1" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 1200); do
    if curl -fs -o /dev/null "http://127.0.0.1:$APP_PORT/cases/leicester-cse-cce-2015-2024"; then
      t1=$(date +%s%N)
      STARTUP_MS=$(( (t1 - t0) / 1000000 ))
      return 0
    fi
    kill -0 "$APP_PID" 2>/dev/null || { log "the app stopped; its log:"; tail -40 "$1" >&2; exit 1; }
    sleep 0.1
  done
  log "the app did not answer within 120 s"; tail -40 "$1" >&2; exit 1
}
stop_app() { kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""; }

start_nginx() { # serves $WORK/static on NGINX_PORT
  cat >"$WORK/nginx.conf" <<CONF
worker_processes 2;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $WORK/nginx-tmp;
  proxy_temp_path $WORK/nginx-tmp;
  fastcgi_temp_path $WORK/nginx-tmp;
  uwsgi_temp_path $WORK/nginx-tmp;
  scgi_temp_path $WORK/nginx-tmp;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    location / { root $WORK/static; default_type text/html; }
  }
}
CONF
  mkdir -p "$WORK/nginx-tmp"
  chmod -R a+rX "$WORK"
  nginx -c "$WORK/nginx.conf" -g 'daemon off;' &
  NGINX_PID=$!
  for _ in $(seq 1 50); do curl -fs -o /dev/null "http://127.0.0.1:$NGINX_PORT/case.html" && return 0; sleep 0.1; done
  log "nginx did not start"; cat "$WORK/nginx-error.log" >&2; exit 1
}

# One wrk cell: prints "rps p50_ms p99_ms errors requests"
wrk_cell() { # $1 concurrency, $2 url, [$3 lua script]
  local c=$1 url=$2 threads=2 out
  [ "$c" -lt 2 ] && threads=1
  out=$(wrk -t"$threads" -c"$c" -d"${DURATION}s" --timeout 5s --latency ${3:+-s "$3"} "$url")
  echo "$out" >>"$WORK/wrk.log"
  awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /m$/) return v * 60000; return v * 1000 }
    /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) }
    /requests in/ { n = $1 }
    /Requests\/sec/ { rps = $2 }
    /Non-2xx or 3xx/ { err += $NF }
    /Socket errors/ { gsub(/,/, ""); err += $4 + $6 + $8 + $10 }
    END { printf "%.0f %.2f %.2f %d %d\n", rps, p50, p99, err, n }' <<<"$out"
}

SUMMARY="$WORK/summary.md"
: >"$SUMMARY"
# Each size's figures go to $OUT as soon as they are measured, so a later failure loses nothing.
{ echo; echo "## Run of $(date -u '+%Y-%m-%d %H:%M UTC'): bench/run.sh ${SIZES[*]}"; } >>"$OUT"
declare -A RPS

for N in "${SIZES[@]}"; do
  log "== $N requests (load $(load))"
  "${PSQL_SU[@]}" -d postgres -c "drop database if exists $DB" -c "create database $DB owner foi"
  rm -rf "$FOI_SEARCH_INDEX_PATH"

  log "creating the schema and importing the seed (first start)"
  start_app "$WORK/app-first.log"
  stop_app

  log "generating $N requests (bench/generate.sql)"
  g0=$(date +%s)
  FOI_BENCH=yes "${PSQL[@]}" -v n="$N" -f bench/generate.sql >"$WORK/generate-$N.log"
  GEN_S=$(( $(date +%s) - g0 ))
  PUBLISHED=$("${PSQL[@]}" -tAc "select count(*) from foi_request where state = 'PUBLISHED'")
  # One generated request gets a known access code (stored as the app stores it: salted PBKDF2), so
  # the status lookup can be measured as a requester makes it.
  # Generated references (FOI-2020-B0000001) are outside the app's pattern, so that request is
  # given a valid one that no real request can have (the Act was not in force in 1999).
  STATUS_REF=FOI-1999-00001
  "${PSQL[@]}" -c "update foi_request set system_reference = '$STATUS_REF' where id = (select max(id) from foi_request where state = 'OPEN')"
  STATUS_HASH=$(python3 -c '
import base64, hashlib, os
salt = os.urandom(16)
key = hashlib.pbkdf2_hmac("sha256", b"K7QP3XWRM4TV", salt, 60000, 32)
b64 = lambda b: base64.b64encode(b).decode().rstrip("=")
print("pbkdf2-sha256$60000$" + b64(salt) + "$" + b64(key))')
  "${PSQL[@]}" -c "update foi_request set access_code_hash = '$STATUS_HASH' where system_reference = '$STATUS_REF'"
  log "generated in ${GEN_S} s ($PUBLISHED published; load $(load))"
  # The comparison cell's batch: 400 published cases, each under an authority of its own.
  COMPARE_MEMBERS=$("${PSQL[@]}" -tA -f bench/compare.sql | tail -1)
  log "batch bench-compare: $COMPARE_MEMBERS published cases over as many authorities"

  log "rebuilding the search index (java -jar quarkus-run.jar --rebuild-index)"
  r0=$(date +%s)
  (cd target/quarkus-app && exec java "${JAVA_OPTS[@]}" -jar quarkus-run.jar --rebuild-index) >"$WORK/rebuild.log" 2>&1 \
    || { tail -40 "$WORK/rebuild.log" >&2; exit 1; }
  INDEX_S=$(( $(date +%s) - r0 ))
  log "index built in ${INDEX_S} s: $(grep -o 'Search index rebuilt.*' "$WORK/rebuild.log" | tail -1)"

  start_app "$WORK/app.log"
  QUARKUS_START=$(grep -o 'started in [0-9.]*s' "$WORK/app.log" | head -1 | grep -o '[0-9.]*' || echo "?")
  log "started in ${STARTUP_MS} ms to first page (Quarkus: ${QUARKUS_START} s)"

  BASE="http://127.0.0.1:$APP_PORT"
  CASE="$BASE/cases/leicester-cse-cce-2015-2024"
  PAGES=$(( (PUBLISHED + 19) / 20 ))
  DEEP=$(( PAGES * 9 / 10 > 1 ? PAGES * 9 / 10 : 1 ))
  DEEP_NUMBER_URL="$BASE/cases?page=$DEEP"
  # The deep page as a reader reaches it: the "next" link of the page before, which carries the
  # page key of that page's last case (keyset). Read once from the API's Link header.
  NEXT=$(curl -fs -D - -o /dev/null "$BASE/api/cases?page=$((DEEP - 1))" | tr -d '\r' \
    | grep -i '^link:' | grep -o '<[^>]*>; rel="next"' | sed -E 's/^<\/api([^>]*)>.*/\1/' || true)
  DEEP_URL="$BASE${NEXT:-/cases?page=$DEEP}"

  mkdir -p "$WORK/static"
  curl -fs "$CASE" >"$WORK/static/case.html"
  [ -n "$NGINX_PID" ] || start_nginx

  cat >"$WORK/status.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"reference":"$STATUS_REF","accessCode":"K7QP-3XWR-M4TV"}'
LUA
  TOKEN=$(token)
  cat >"$WORK/token.lua" <<LUA
wrk.headers["Authorization"] = "Bearer $TOKEN"
LUA
  # The deep pages last: after log-deep at concurrency 64 on a million requests, the first re-run
  # found every database connection still busy for half a minute (cause not yet known).
  declare -a NAMES=(static case-page case-json log-first log-all log-authority log-authority-json search search-varied status officer-queue statistics refusals refusals-deep findings-json compare compare-csv log-deep log-deep-number)
  # BENCH_CELLS="log-all log-authority" runs only the cells named (static is always run).
  if [ -n "${BENCH_CELLS:-}" ]; then read -r -a NAMES <<<"static $BENCH_CELLS"; fi
  declare -A URLS=(
    [static]="http://127.0.0.1:$NGINX_PORT/case.html"
    [case-page]="$CASE"
    [case-json]="$BASE/api/cases/leicester-cse-cce-2015-2024"
    [log-first]="$BASE/cases"
    # Issue 22: the log of every authority (/) and one authority's (/a/{slug}/, and its JSON), with
    # the requests spread over 400 authorities by bench/generate.sql.
    [log-all]="$BASE/"
    [log-authority]="$BASE/a/bench-constabulary-5/"
    [log-authority-json]="$BASE/api/cases?authority=bench-constabulary-5"
    [log-deep]="$DEEP_URL"
    [log-deep-number]="$DEEP_NUMBER_URL"
    [search]="$BASE/cases?q=exploitation+referrals"
    [search-varied]="$BASE/cases?q=potholes+2019+figures"
    [status]="$BASE/api/status"
    [officer-queue]="$BASE/officer/requests"
    [statistics]="$BASE/audit/statistics"
    [refusals]="$BASE/audit/refusals"
    [refusals-deep]="$BASE/audit/refusals?page=10"
    [findings-json]="$BASE/api/audit/findings?page=10"
    [compare]="$BASE/compare/bench-compare"
    [compare-csv]="$BASE/compare/bench-compare.csv"
  )

  script_for() {
    case "$1" in
      status) echo "$WORK/status.lua" ;;
      search-varied) echo "$ROOT/bench/varied-search.lua" ;;
      officer-queue | statistics | refusals | refusals-deep | findings-json) echo "$WORK/token.lua" ;;
    esac
  }
  # The statistics are counted once (every request read in batches) and then kept until something
  # changes: the first count is timed here, before the cells, so that it does not run under them.
  # Both first counts run only when a cell that needs them is measured (BENCH_CELLS).
  STATS_COUNT_MS="not run"
  REVIEW_MS="not run"
  if [[ " ${NAMES[*]} " == *" statistics "* ]]; then
    s0=$(date +%s%N)
    curl -s -o /dev/null --max-time 1800 -H "Authorization: Bearer $TOKEN" "${URLS[statistics]}"
    STATS_COUNT_MS=$(( ($(date +%s%N) - s0) / 1000000 ))
  fi
  log "first statistics count: ${STATS_COUNT_MS} ms"
  # The auditor's review is the same: every request reviewed in batches once, then kept.
  if [[ " ${NAMES[*]} " =~ " "(refusals|refusals-deep|findings-json)" " ]]; then
    s0=$(date +%s%N)
    curl -s -o /dev/null --max-time 1800 -H "Authorization: Bearer $TOKEN" "${URLS[refusals]}"
    REVIEW_MS=$(( ($(date +%s%N) - s0) / 1000000 ))
  fi
  log "first review of every request: ${REVIEW_MS} ms"
  log "warming up (load $(load))"
  for name in "${NAMES[@]}"; do
    [ "$name" = static ] && continue
    s=$(script_for "$name")
    wrk -t1 -c4 -d5s ${s:+-s "$s"} "${URLS[$name]}" >/dev/null
  done
  RSS_KB=$(ps -o rss= -p "$APP_PID" | tr -d ' ')
  RSS_SPLIT=$(awk '/RssAnon|RssFile/ { printf "%s %d MB ", $1, $2 / 1024 }' "/proc/$APP_PID/status")

  {
    echo
    echo "### $N requests ($PUBLISHED published) — $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo
    echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1);" \
      "load average before the run: $(load). Generation ${GEN_S} s; index build ${INDEX_S} s;" \
      "start-up ${STARTUP_MS} ms to the first page (Quarkus reports ${QUARKUS_START} s); first statistics count ${STATS_COUNT_MS} ms; first review ${REVIEW_MS} ms;" \
      "RSS after warm-up $((RSS_KB / 1024)) MB ($RSS_SPLIT: file pages are the mapped search index and jars). Deep page $DEEP of $PAGES: log-deep follows the app's" \
      "link (${DEEP_URL#$BASE}), log-deep-number asks for ?page=$DEEP alone. wrk ${DURATION} s per cell."
    echo
    echo "| page | c | req/s | p50 ms | p99 ms | errors | ratio to static | load |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|"
  } >>"$SUMMARY"

  declare -A STATIC_RPS
  for name in "${NAMES[@]}"; do
    url="${URLS[$name]}"
    script=$(script_for "$name")
    if [ "$name" = log-deep-number ] && [ "$PUBLISHED" -gt 100000 ]; then
      echo "| $name | – | not measured above 100 000 cases: a page asked for by number alone skips $(( (DEEP - 1) * 20 )) rows (OFFSET); see the smaller size | | | | | |" >>"$SUMMARY"
      continue
    fi
    if [ "$name" = status ]; then
      code=$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' \
        -d "{\"reference\":\"$STATUS_REF\",\"accessCode\":\"K7QP-3XWR-M4TV\"}" "$url")
    elif [ -n "$script" ]; then
      code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$url")
    else
      code=$(curl -s -o /dev/null -w '%{http_code}' "$url")
    fi
    if [ "$code" != 200 ]; then
      echo "| $name | – | not measured: $url answers $code | | | | | |" >>"$SUMMARY"
      log "$name: $url answers $code"
      continue
    fi
    for c in $CONCURRENCY; do
      l=$(cut -d' ' -f1 /proc/loadavg)
      read -r rps p50 p99 err total < <(wrk_cell "$c" "$url" "$script")
      if [ "$name" = static ]; then STATIC_RPS[$c]=$rps; fi
      ratio=$(awk -v a="$rps" -v b="${STATIC_RPS[$c]:-0}" 'BEGIN { if (b > 0) printf "%.3f", a / b; else print "-" }')
      RPS["$N/$name/$c"]=$rps
      echo "| $name | $c | $rps | $p50 | $p99 | $err | $ratio | $l |" >>"$SUMMARY"
      log "$name c=$c: $rps req/s p50 $p50 ms p99 $p99 ms errors $err (load $l)"
      # Let the requests still queued in the app finish before the next cell.
      w0=$(date +%s%N)
      curl -s -o /dev/null --max-time 120 "$BASE/q/health/ready" || true
      w=$(( ($(date +%s%N) - w0) / 1000000 ))
      [ "$w" -lt 1000 ] || log "$name c=$c: the app was ready again after $w ms"
    done
  done
  RSS_KB=$(ps -o rss= -p "$APP_PID" | tr -d ' ')
  echo >>"$SUMMARY"
  echo "RSS at the end of the run: $((RSS_KB / 1024)) MB." >>"$SUMMARY"
  stop_app
  cat "$SUMMARY" >>"$OUT"
  cat "$SUMMARY" >>"$WORK/all.md"
  : >"$SUMMARY"
done

if [ "${#SIZES[@]}" -gt 1 ]; then
  first=${SIZES[0]}
  last=${SIZES[-1]}
  {
    echo
    echo "### Throughput at $last relative to $first (target ≥ 0.8)"
    echo
    echo "| page | c | ratio |"
    echo "|---|---:|---:|"
    for name in case-page case-json log-first log-all log-authority log-authority-json log-deep log-deep-number search search-varied status officer-queue statistics refusals refusals-deep findings-json compare compare-csv; do
      for c in $CONCURRENCY; do
        a=${RPS["$last/$name/$c"]:-}
        b=${RPS["$first/$name/$c"]:-}
        [ -n "$a" ] && [ -n "$b" ] && echo "| $name | $c | $(awk -v a="$a" -v b="$b" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }') |"
      done
    done
  } >>"$SUMMARY"
fi

cat "$SUMMARY" >>"$OUT"
cat "$WORK/all.md" "$SUMMARY"
log "results appended to $OUT"
