#!/usr/bin/env bash
# Database faults under load: does every write the app acknowledged survive PostgreSQL crashes, exactly
# once, and does the app recover without a restart? One command, as root:
#
#   bench/fault-run.sh        # 10 kill cycles; figures appended to bench/RESULTS.md ("Faults")
#   bench/fault-run.sh 3      # the short version .ci/run runs (3 cycles, about 1-2 minutes)
#
# It starts a throw-away PostgreSQL 15 (scripts/with-postgres.sh, port FOI_PG_PORT, default 5443) and
# the packaged app on it in the production profile (target/quarkus-app, built here unless
# FAULT_SKIP_BUILD=1 and it exists), port FAULT_APP_PORT (default 18280). The load driver
# (uk.foitracker.faults.FaultLoad, in src/test, run from target/test-classes with the JDK and pgjdbc)
# sends a steady load, about 80% reads (public pages, the public API, the officer API) and 20% officer
# writes (POST /api/requests and POST /api/responses/{ref}/answers), each write with a fresh
# Idempotency-Key that is also written into the record (the request's summary, the answer's text),
# and retried with the same key until acknowledged (2xx) or the run ends. Meanwhile it kills
# PostgreSQL, in turn with `kill -9` of the postmaster and `pg_ctl stop -m immediate`, keeps it down
# FAULT_DOWN_SECONDS (5), starts it again and measures how long the app takes to read and to write
# again; FAULT_UP_SECONDS (15) of load between kills. The app is never restarted. At the end it counts
# the rows carrying each key: every acknowledged write must be there exactly once (lost = 0,
# duplicates = 0; a write never acknowledged may be there once or not at all, and is not lost), and
# the same app process must answer a read and a write. Exit status non-zero otherwise.
#
# Sign-in: the officer API needs a bearer token, and production verifies tokens from an OIDC provider.
# This script gives the API's bearer tenant (`api`) a public key to verify tokens locally
# (quarkus.oidc.api.public-key, set only here, through the app's environment) and mints a short-lived
# RS256 officer token with openssl from a key pair made for this run and thrown away after it.
# Why not Keycloak (scripts/keycloak.sh works here): it is a 177 MB download, ~16 s and ~500 MB to
# start on a 2-core machine shared with others, and a second server to keep alive, none of which is
# what this run tests; the token check that matters (signature, expiry, the officer role in
# realm_access.roles, the same claim path as production) is the same code path either way, and a
# signed token needs no database, so an outage cannot be mistaken for a sign-in failure.
#
# Settings: FAULT_CYCLES (or the first argument), FAULT_UP_SECONDS, FAULT_DOWN_SECONDS, FAULT_RATE
# (requests/s, 25), FAULT_WORKERS (8), FAULT_APP_PORT, FAULT_SKIP_BUILD=1, FAULT_OUT (file the
# figures are appended to; default bench/RESULTS.md, "none" for none). Logs, the ledger of every
# write (ledger.csv) and the figures are kept in target/fault-run/.
set -euo pipefail
cd "$(dirname "$0")/.."
# The project builds and runs on Java 25 (README "Run it"): Temurin 25, not the machine's default java.
export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
export PATH="$JAVA_HOME/bin:$PATH"
ROOT="$PWD"

if [ -z "${FOI_PG_SOCKETS:-}" ]; then
  [ "$(id -u)" -eq 0 ] || { echo "fault-run.sh: run as root (it starts and kills PostgreSQL)" >&2; exit 2; }
  command -v openssl >/dev/null || { echo "fault-run.sh: install openssl" >&2; exit 2; }
  command -v curl >/dev/null || { echo "fault-run.sh: install curl" >&2; exit 2; }
  exec env FOI_PG_PORT="${FOI_PG_PORT:-5443}" scripts/with-postgres.sh "$0" "$@"
fi

export FAULT_CYCLES="${1:-${FAULT_CYCLES:-10}}"
APP_PORT="${FAULT_APP_PORT:-18280}"
OUT="${FAULT_OUT:-$ROOT/bench/RESULTS.md}"
DIR="$ROOT/target/fault-run"
rm -rf "$DIR"
mkdir -p "$DIR"
APP_PID=""
cleanup() {
  if [ -n "$APP_PID" ]; then kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true; fi
  rm -f "$DIR/key.pem"
}
trap cleanup EXIT
log() { echo "fault-run: $*" >&2; }

if [ "${FAULT_SKIP_BUILD:-0}" != 1 ] || [ ! -f target/quarkus-app/quarkus-run.jar ] \
  || [ ! -f target/test-classes/uk/foitracker/faults/FaultLoad.class ]; then
  log "packaging (./mvnw -B package -DskipTests; compiles the load driver too)"
  FOI_DB_KIND=postgresql ./mvnw -B -q package -DskipTests
fi
PGJDBC=$(ls target/quarkus-app/lib/main/org.postgresql.postgresql-*.jar | head -1)

# A key pair for this run only; the app gets the public key, the driver a token signed with the
# private key (RS256). Claims as a Keycloak access token has them: the role in realm_access.roles.
umask 077
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$DIR/key.pem" 2>/dev/null
umask 022
PUBLIC_KEY=$(openssl pkey -in "$DIR/key.pem" -pubout -outform DER | openssl base64 -A)
ISSUER="https://fault-run.invalid/realms/foi"
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
NOW=$(date +%s)
HEADER='{"alg":"RS256","typ":"JWT"}'
PAYLOAD=$(printf '{"iss":"%s","sub":"olive","preferred_username":"olive","aud":"foi-tracker","realm_access":{"roles":["officer"]},"iat":%d,"exp":%d}' \
  "$ISSUER" "$NOW" $((NOW + 3 * 3600)))
UNSIGNED="$(printf '%s' "$HEADER" | b64url).$(printf '%s' "$PAYLOAD" | b64url)"
SIGNATURE=$(printf '%s' "$UNSIGNED" | openssl dgst -sha256 -sign "$DIR/key.pem" -binary | b64url)
export FAULT_TOKEN="$UNSIGNED.$SIGNATURE"
# The same claims signed by another key: the app must refuse them (the check is real).
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$DIR/key.pem" 2>/dev/null
FORGED="$UNSIGNED.$(printf '%s' "$UNSIGNED" | openssl dgst -sha256 -sign "$DIR/key.pem" -binary | b64url)"
rm -f "$DIR/key.pem"

# The packaged app, production profile, on the throw-away PostgreSQL. The browser sign-in (default
# tenant) points at an address where nothing listens: no page of this run needs it.
export QUARKUS_PROFILE=prod
export FOI_DB_KIND=postgresql FOI_DB_USER=foi FOI_DB_PASSWORD=foi
export FOI_OIDC_URL="http://127.0.0.1:9/realms/none" FOI_OIDC_CLIENT_SECRET=fault-run-not-a-secret
export FOI_OIDC_STATE_SECRET=fault-run-state-secret-of-32-characters-or-more
export FOI_SEARCH_INDEX_PATH="$DIR/search-index"
# The public address (production refuses any other Host with 421): the driver calls it directly.
export FOI_PUBLIC_BASE_URL="http://127.0.0.1:$APP_PORT/"
# The API tenant verifies with the public key alone: no provider address (an empty value unsets it).
export QUARKUS_OIDC_API_PUBLIC_KEY="$PUBLIC_KEY" QUARKUS_OIDC_API_TOKEN_ISSUER="$ISSUER" QUARKUS_OIDC_API_AUTH_SERVER_URL=
log "starting the app on 127.0.0.1:$APP_PORT (PostgreSQL on 127.0.0.1:$FOI_PG_PORT)"
java ${FAULT_JAVA_OPTS:--Xmx512m} -Dquarkus.http.port="$APP_PORT" -Dquarkus.http.host=127.0.0.1 \
  -jar target/quarkus-app/quarkus-run.jar >"$DIR/app.log" 2>&1 &
APP_PID=$!
BASE="http://127.0.0.1:$APP_PORT"
for _ in $(seq 1 1200); do
  curl -fs -o /dev/null "$BASE/q/health/ready" && break
  kill -0 "$APP_PID" 2>/dev/null || { log "the app stopped; its log:"; tail -40 "$DIR/app.log" >&2; exit 1; }
  sleep 0.1
done
code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $FAULT_TOKEN" "$BASE/api/requests")
[ "$code" = 200 ] || { log "the officer token is refused ($code); app log:"; tail -20 "$DIR/app.log" >&2; exit 1; }
code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $FORGED" "$BASE/api/requests")
[ "$code" = 401 ] || { log "a token signed by another key got $code, not 401"; exit 1; }
START_TIME=$(ps -o lstart= -p "$APP_PID")

log "load and $FAULT_CYCLES kill cycles (load average $(cut -d' ' -f1-3 /proc/loadavg))"
set +e
FAULT_BASE_URL="$BASE" FAULT_LEDGER="$DIR/ledger.csv" FAULT_SUMMARY="$DIR/summary.md" \
  java -cp "target/test-classes:$PGJDBC" uk.foitracker.faults.FaultLoad
status=$?
set -e

# Recovered without a restart: the process that served before the first kill still serves.
if ! kill -0 "$APP_PID" 2>/dev/null || [ "$(ps -o lstart= -p "$APP_PID")" != "$START_TIME" ]; then
  log "the app process is gone"; status=1
elif [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/q/health/ready")" != 200 ]; then
  log "the app is not ready after the last restart"; status=1
fi
if [ "$status" -ne 0 ]; then
  log "FAILED (status $status); logs in $DIR"
  grep -c '"level":"ERROR"' "$DIR/app.log" >&2 || true
fi

if [ -f "$DIR/summary.md" ] && [ "$OUT" != none ]; then
  {
    echo
    echo "## Faults: bench/fault-run.sh $FAULT_CYCLES — $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo
    echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GB", $2/1048576}' /proc/meminfo)," \
      "$(java -version 2>&1 | head -1), PostgreSQL $("$FOI_PG_BIN/postgres" -V | awk '{print $3}');" \
      "load average at the end $(cut -d' ' -f1-3 /proc/loadavg) (the machine is shared)." \
      "The packaged app (prod profile) ran throughout; recovery is from PostgreSQL accepting" \
      "connections again to the app's first answer from the database (read: GET /api/requests;" \
      "write: the first acknowledged write)."
    echo
    cat "$DIR/summary.md"
  } >>"$OUT"
  log "figures appended to $OUT"
fi
exit "$status"
