#!/usr/bin/env bash
# Runs a real Keycloak for development, without Docker, with the FOI realm imported:
#
#   scripts/keycloak.sh          # http://localhost:8180, realm `foi`, Ctrl-C to stop
#
# It fetches org.keycloak:keycloak-quarkus-dist (zip, ~177 MB) from Maven Central once with the
# Maven wrapper, unzips it under target/, copies docker/keycloak/realm-foi.json into its import
# folder and runs `bin/kc.sh start-dev --http-port=8180 --import-realm` (Java 17+ is enough).
# Users: olive (officer) and adam (auditor), passwords in the realm file. The client secret and
# the admin account (admin/admin) are for development only.
set -euo pipefail
cd "$(dirname "$0")/.."

KC_VERSION="${KC_VERSION:-26.7.3}"
KC_PORT="${KC_PORT:-8180}"
KC_HOME="target/keycloak-$KC_VERSION"

if [ ! -x "$KC_HOME/bin/kc.sh" ]; then
  mkdir -p target/keycloak-dist
  ./mvnw -B -q dependency:copy \
    -Dartifact="org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip" \
    -DoutputDirectory=target/keycloak-dist
  rm -rf "$KC_HOME.tmp" && mkdir -p "$KC_HOME.tmp"
  unzip -q "target/keycloak-dist/keycloak-quarkus-dist-$KC_VERSION.zip" -d "$KC_HOME.tmp"
  mv "$KC_HOME.tmp/keycloak-$KC_VERSION" "$KC_HOME"
  rm -rf "$KC_HOME.tmp"
fi

mkdir -p "$KC_HOME/data/import"
cp docker/keycloak/realm-foi.json "$KC_HOME/data/import/"

export KC_BOOTSTRAP_ADMIN_USERNAME="${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}"
export KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}"
exec "$KC_HOME/bin/kc.sh" start-dev --http-port="$KC_PORT" --import-realm "$@"
