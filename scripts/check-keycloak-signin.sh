#!/usr/bin/env bash
# Signs in through a real Keycloak, end to end, against the packaged production jar on a
# throw-away PostgreSQL. Not part of `./mvnw verify` (it needs the 177 MB Keycloak zip, ~1 GB of
# memory and a minute or two). Run as root from the repository root:
#
#   scripts/check-keycloak-signin.sh
#
# The app listens on :8280 (a redirect URI of the dev realm). It packages the app (SKIP_PACKAGE=1 reuses target/quarkus-app), starts Keycloak (scripts/keycloak.sh) unless one answers on
# :8180, then checks: olive's access token carries realm_access.roles = officer; olive signs in
# through Keycloak's login form (code flow) and is let into /officer; adam's bearer token is
# refused on /officer (403) and let into /audit. Exit status 0 when all hold.
set -euo pipefail
cd "$(dirname "$0")/.."
# The project builds and runs on Java 25 (README "Run it"): Temurin 25, not the machine's default java.
export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
export PATH="$JAVA_HOME/bin:$PATH"

KC=http://localhost:8180/realms/foi
APP_PORT="${APP_PORT:-8280}"
SECRET=dev-only-not-a-secret
work="$(mktemp -d)"
pids=()
cleanup() {
  status=$?
  if [ "$status" -ne 0 ] && [ -f "$work/app.log" ]; then
    echo "FAIL (exit $status); the app's last log lines:" >&2
    tail -20 "$work/app.log" | cut -c1-400 >&2
  fi
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

[ -n "${SKIP_PACKAGE:-}" ] || ./mvnw -B -q package -DskipTests

if ! curl -sf -o /dev/null "$KC/.well-known/openid-configuration"; then
  echo "Starting Keycloak (log: $work/keycloak.log)"
  setsid scripts/keycloak.sh >"$work/keycloak.log" 2>&1 &
  pids+=("$!")
  for _ in $(seq 1 240); do
    curl -sf -o /dev/null "$KC/.well-known/openid-configuration" && break
    sleep 1
  done
fi
curl -sf -o /dev/null "$KC/.well-known/openid-configuration" || { echo "Keycloak did not start"; exit 1; }

token() {
  curl -sf -X POST "$KC/protocol/openid-connect/token" -d grant_type=password -d client_id=foi-tracker \
    -d client_secret="$SECRET" -d username="$1" -d password="$2" \
    | python3 -c 'import sys, json; print(json.load(sys.stdin)["access_token"])'
}
roles() {
  cut -d. -f2 <<<"$1" | python3 -c 'import sys, base64, json
s = sys.stdin.read().strip(); s += "=" * (-len(s) % 4)
print(",".join(json.loads(base64.urlsafe_b64decode(s)).get("realm_access", {}).get("roles", [])))'
}

cat >"$work/run.sh" <<SCRIPT
set -euo pipefail
export FOI_OIDC_URL=$KC FOI_OIDC_CLIENT_ID=foi-tracker FOI_OIDC_CLIENT_SECRET=$SECRET
export FOI_OIDC_STATE_SECRET=dev-only-token-state-secret-32-chars-min
export FOI_PUBLIC_BASE_URL=${FOI_PUBLIC_BASE_URL:-http://localhost:8080/}
java -Dquarkus.http.port=$APP_PORT -jar target/quarkus-app/quarkus-run.jar >"$work/app.log" 2>&1 &
app=\$!
trap 'kill \$app 2>/dev/null; wait \$app 2>/dev/null || true' EXIT
for _ in \$(seq 1 180); do curl -sf -o /dev/null http://localhost:$APP_PORT/q/health/ready && break; sleep 1; done
curl -sf -o /dev/null http://localhost:$APP_PORT/q/health/ready || { echo "FAIL: the app is not ready"; exit 1; }
jar="$work/cookies"
login=\$(curl -s -c "\$jar" -b "\$jar" -L http://localhost:$APP_PORT/officer)
action=\$(grep -o 'action="[^"]*"' <<<"\$login" | head -1 | sed 's/^action="//; s/"\$//; s/&amp;/\&/g')
[ -n "\$action" ] || { echo "FAIL: no Keycloak login form"; exit 1; }
landed=\$(curl -s -c "\$jar" -b "\$jar" -L -o /dev/null -w '%{http_code} %{url_effective}' \
  -d username=olive -d password=olive-dev-password "\$action")
echo "olive via the login form: \$landed"
case "\$landed" in "403 "*|*"/realms/"*) echo "FAIL: olive was not let in"; exit 1;; esac
[[ "\$landed" == *"localhost:$APP_PORT/officer" ]] || { echo "FAIL: not back on /officer"; exit 1; }
adam=\$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $(token adam adam-dev-password)" http://localhost:$APP_PORT/officer)
adam_audit=\$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $(token adam adam-dev-password)" http://localhost:$APP_PORT/audit/refusals)
echo "adam bearer: /officer \$adam, /audit/refusals \$adam_audit"
[ "\$adam" = 403 ] && [ "\$adam_audit" = 200 ] || { echo "FAIL: auditor roles"; exit 1; }
SCRIPT

olive_roles="$(roles "$(token olive olive-dev-password)")"
echo "olive's access token realm_access.roles: $olive_roles"
[[ ",$olive_roles," == *",officer,"* ]] || { echo "FAIL: no officer role"; exit 1; }
scripts/with-postgres.sh bash "$work/run.sh"
echo "PASS: real Keycloak sign-in"
