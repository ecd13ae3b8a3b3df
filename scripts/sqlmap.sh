#!/usr/bin/env bash
# SQL injection scan: sqlmap against every parameter of every endpoint of the app (path, query and
# form parameters and every JSON value, from the app's own OpenAPI document), once anonymously and
# once with each role's bearer token (officer olive, auditor adam), and prints how many parameters
# were tested and how many are injectable. Not part of ./mvnw verify (it takes a while).
#
# The app runs in dev mode on port ${FOI_SQLMAP_PORT:-18180}, whose built-in OIDC server gives real
# tokens for olive and adam (README "Sign in (dev)"), on a database of its own: a throw-away H2
# file under target/sqlmap/, or PostgreSQL when FOI_DB_URL is set, as scripts/with-postgres.sh does:
#   scripts/sqlmap.sh                                            # H2 in PostgreSQL mode
#   FOI_PG_PORT=5442 scripts/with-postgres.sh scripts/sqlmap.sh  # PostgreSQL 15, as in production
# Settings (environment): SQLMAP_LEVEL (default 1), SQLMAP_RISK (default 1), SQLMAP_JOBS (parallel
# sqlmap runs, default 2), SQLMAP_ONLY (a regular expression: scan only the operations whose
# request file under target/sqlmap/requests/ it matches, e.g. 'audit_refusals|response_send'). The status check's guessing limit (foi.status.max-failures) is raised for
# the scan, or sqlmap would only see 429 answers there. Logs: target/sqlmap/runs/; summary:
# target/sqlmap/summary.txt. Exit status 1 when any parameter is injectable.
set -euo pipefail
cd "$(dirname "$0")/.."
# The project builds and runs on Java 25 (README "Run it"): Temurin 25, not the machine's default java.
export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
export PATH="$JAVA_HOME/bin:$PATH"

LEVEL="${SQLMAP_LEVEL:-1}"
RISK="${SQLMAP_RISK:-1}"
JOBS="${SQLMAP_JOBS:-2}"
PORT="${FOI_SQLMAP_PORT:-18180}"
BASE="http://localhost:$PORT"
OUT="$PWD/target/sqlmap"
rm -rf "$OUT"
mkdir -p "$OUT/requests" "$OUT/runs"

if ! command -v sqlmap >/dev/null; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q sqlmap >/dev/null \
    || { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q sqlmap >/dev/null; }
fi

# --- the app ----------------------------------------------------------------------------------
if [ -z "${FOI_DB_URL:-}" ]; then
  export FOI_DB_URL="jdbc:h2:file:$OUT/db;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
  DB="H2 (PostgreSQL mode)"
else
  DB="${FOI_DB_KIND:-postgresql} at $FOI_DB_URL"
fi
echo "sqlmap.sh: starting the app in dev mode on $BASE, database $DB"
setsid ./mvnw -B quarkus:dev -Dquarkus.http.port="$PORT" -Dquarkus.analytics.disabled=true \
  -Dquarkus.console.enabled=false -Ddebug=false -Dfoi.search.index-path="$OUT/index" \
  -Dfoi.status.max-failures=1000000000 >"$OUT/app.log" 2>&1 </dev/null &
APP=$!
stop_app() { kill -- "-$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; }
trap stop_app EXIT
for _ in $(seq 1 600); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/q/health/ready")" = 200 ] && break
  kill -0 "$APP" 2>/dev/null || { echo "sqlmap.sh: the app did not start (see $OUT/app.log)" >&2; exit 2; }
  sleep 1
done
[ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/q/health/ready")" = 200 ] \
  || { echo "sqlmap.sh: the app is not ready after 10 minutes" >&2; exit 2; }

# --- sign-in: bearer tokens from the dev OIDC server, a CSRF cookie and token for the forms ------
OIDC=$(curl -s -o /dev/null -w '%{redirect_url}' "$BASE/officer/requests" | sed -E 's#^(https?://[^/]+).*#\1#')
token() {
  curl -s -X POST "$OIDC/token" -d grant_type=password -d username="$1" -d password="$1" \
    -d client_id=quarkus-app -d client_secret=secret \
    | python3 -c 'import json, sys; print(json.load(sys.stdin)["access_token"])'
}
# The dev server's tokens live 5 minutes: each sqlmap run gets a fresh one (see scan).
declare -A USERS=([anonymous]="" [officer]=olive [auditor]=adam)
curl -s -c "$OUT/csrf.jar" "$BASE/status" >"$OUT/csrf.html"
CSRF_COOKIE=$(awk '$6 == "csrf-token" {print $7}' "$OUT/csrf.jar")
CSRF_FIELD=$(sed -nE 's/.*name="csrf-token"[^>]*value="([^"]+)".*/\1/p' "$OUT/csrf.html" | head -1)
[ -n "$CSRF_COOKIE" ] && [ -n "$CSRF_FIELD" ] || { echo "sqlmap.sh: no CSRF token on /status" >&2; exit 2; }

# Real values for path parameters: a request's reference and a published case's slug.
curl -s -H "Authorization: Bearer $(token olive)" "$BASE/api/requests" >"$OUT/requests.json"
curl -s "$BASE/api/cases" >"$OUT/cases.json"
python3 - "$OUT" <<'PY'
import json, re, sys
out = sys.argv[1]
text = open(out + "/requests.json").read() + open(out + "/cases.json").read()
refs = re.findall(r'"(?:reference|systemReference)"\s*:\s*"([^"]+)"', text)
slugs = re.findall(r'"slug"\s*:\s*"([^"]+)"', text)
ref = refs[0] if refs else "FOI-2026-0001"
slug = slugs[0] if slugs else "leicester-cse-cce-2015-2024"
json.dump({"ref": ref, "reference": ref, "slug": slug, "position": "1", "number": "1",
           "id": "1"}, open(out + "/values.json", "w"))
PY
curl -s "$BASE/q/openapi?format=json" >"$OUT/openapi.json"
TARGETS=$(python3 scripts/sqlmap-targets.py "$OUT/openapi.json" "$OUT/requests" "localhost:$PORT" "$OUT/values.json")
echo "sqlmap.sh: $TARGETS operations with parameters; level $LEVEL, risk $RISK"

# --- one sqlmap run per role and operation ----------------------------------------------------
scan() { # role user request-file
  local role="$1" user="$2" req="$3" name run
  name=$(basename "$req" .req)
  run="$OUT/runs/$role-$name"
  # The request with the role's credentials; {TOKEN} is filled per sqlmap run (below).
  python3 - "$req" "$run.req" "$user" "$CSRF_COOKIE" "$CSRF_FIELD" <<'PY'
import sys
src, dst, user, cookie, field = sys.argv[1:]
head, _, body = open(src, newline="").read().partition("\r\n\r\n")
head += "\r\nCookie: csrf-token=" + cookie
if user:
    head += "\r\nAuthorization: Bearer {TOKEN}"
open(dst, "w", newline="").write(head + "\r\n\r\n" + body.replace("__CSRF__", field))
PY
  with_token() { # request-file-in out
    local t=""
    [ -n "$user" ] && t=$(token "$user")
    sed "s/{TOKEN}/$t/" "$1" >"$2"
  }
  # Only where the role is let in: 401, 403 or a redirect to sign in means nothing to test.
  local status
  with_token "$run.req" "$run.probe.req"
  status=$(python3 - "$run.probe.req" "$PORT" <<'PY'
import http.client, sys
head, _, body = open(sys.argv[1], newline="").read().partition("\r\n\r\n")
lines = head.split("\r\n")
method, path, _ = lines[0].split(" ", 2)
headers = dict(l.split(": ", 1) for l in lines[1:])
c = http.client.HTTPConnection("localhost", int(sys.argv[2]), timeout=60)
c.request(method, path.replace("*", ""), body.replace("*", "").encode(), headers)
r = c.getresponse()
print(r.status, r.getheader("Location") or "")
PY
)
  case "$status" in
    401* | 403* | 30[23]*sign-in* | 30[23]*"$OIDC"* | 302\ http*)
      echo "$role $name not-allowed $status" >"$run.result"
      return 0
      ;;
  esac
  # One sqlmap run per parameter (its injection marker alone kept), each with a fresh token: the
  # dev server's tokens live 5 minutes and a form of seven fields takes longer than that, after
  # which every answer was a 401 and nothing more was tested.
  local markers k
  markers=$(python3 - "$run.req" <<'PY'
import sys
text = open(sys.argv[1], newline="").read().replace("Accept: */*", "")
print(text.count("*"))
PY
)
  : >"$run.log"
  for k in $(seq 0 $((markers - 1))); do
    python3 - "$run.req" "$run.$k.req" "$k" <<'PY'
import sys
src, dst, keep = sys.argv[1], sys.argv[2], int(sys.argv[3])
text = open(src, newline="").read().replace("Accept: */*", "Accept: {ANY}")
parts = text.split("*")
out = parts[0]
for i, part in enumerate(parts[1:]):
    out += ("*" if i == keep else "") + part
open(dst, "w", newline="").write(out.replace("Accept: {ANY}", "Accept: */*"))
PY
    with_token "$run.$k.req" "$run.$k.tmp" && mv "$run.$k.tmp" "$run.$k.req"
    sqlmap -r "$run.$k.req" --ignore-stdin --batch --level="$LEVEL" --risk="$RISK" --skip=csrf-token \
      --flush-session --output-dir="$OUT/runs/$role-$name.out" --disable-coloring \
      --ignore-code=400,401,403,404,409,415,422,429 --timeout=30 --retries=1 </dev/null >"$run.$k.log" 2>&1 || true
    cat "$run.$k.log" >>"$run.log"
  done
  # A parameter is tested when its run reached a verdict (a run on a path parameter also tries the
  # form fields, which have runs of their own: they are not counted twice).
  local tested=0 injectable
  for k in $(seq 0 $((markers - 1))); do
    grep -qE "does not seem to be injectable|is vulnerable|appears to be '" "$run.$k.log" && tested=$((tested + 1))
  done
  injectable=$(sed -n '/identified the following injection point/,/^---$/p' "$run.log" | grep -c '^Parameter: ' || true)
  local errors
  errors=$(grep -oE "500 \(Internal Server Error\) - [0-9]+ times" "$run.log" | grep -oE "[0-9]+ times" | grep -oE "[0-9]+" | awk '{ s += $1 } END { print s + 0 }' || true)
  echo "$role $name tested=$tested injectable=$injectable expected=$(wc -l <"${req%.req}.params") errors500=${errors:-0} first-status=${status%% *}" >"$run.result"
}
export -f scan token
export OUT LEVEL RISK PORT OIDC CSRF_COOKIE CSRF_FIELD
for role in anonymous officer auditor; do
  ls "$OUT"/requests/*.req | grep -E -- "${SQLMAP_ONLY:-.}" | xargs -P "$JOBS" -I{} bash -c 'scan "$0" "$1" "$2"' "$role" "${USERS[$role]}" {}
done

# --- figures ----------------------------------------------------------------------------------
python3 - "$OUT" "$LEVEL" "$RISK" "$DB" <<'PY' | tee "$OUT/summary.txt"
import glob, re, sys
out, level, risk, db = sys.argv[1:]
rows = [open(f).read().split() for f in sorted(glob.glob(out + "/runs/*.result"))]
print(f"sqlmap {level=} {risk=} against the app in dev mode on {db}")
total_t = total_i = total_e = 0
for role in ("anonymous", "officer", "auditor"):
    mine = [r for r in rows if r[0] == role]
    scanned = [r for r in mine if r[2] != "not-allowed"]
    kv = lambda r, k: int(next(x for x in r if x.startswith(k + "=")).split("=")[1])
    t = sum(kv(r, "tested") for r in scanned)
    i = sum(kv(r, "injectable") for r in scanned)
    e = sum(kv(r, "expected") for r in scanned)
    total_t, total_i, total_e = total_t + t, total_i + i, total_e + e
    x = sum(kv(r, "errors500") for r in scanned)
    print(f"{role:9}: {len(scanned)} operations scanned ({len(mine) - len(scanned)} refused to "
          f"this role), {t} of {e} parameters tested, {i} injectable; {x} answers were 500")
    for r in scanned:
        if kv(r, "tested") < kv(r, "expected"):
            print(f"           not every parameter tested: {r[1]} ({' '.join(r[2:])})")
print(f"total    : {total_t} parameters tested (of {total_e}), {total_i} injectable")
PY
grep -q "injectable=[1-9]" "$OUT"/runs/*.result && exit 1
exit 0
