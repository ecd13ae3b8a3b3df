#!/usr/bin/env bash
# Runs a command against a throw-away PostgreSQL server on loopback, then stops the server.
#
#   scripts/with-postgres.sh ./mvnw -B verify -Dquarkus.test.profile=test,pg
#
# Needs root (it runs the server as the `postgres` user) and Debian's PostgreSQL 15
# (`apt-get install -y postgresql`). The server listens on 127.0.0.1:${FOI_PG_PORT:-5433}, keeps its
# data in a fresh temporary folder (deleted afterwards) and has one role and database, `foi`/`foi`.
# The command gets FOI_DB_KIND, FOI_DB_URL, FOI_DB_USER and FOI_DB_PASSWORD in its environment
# (read by application.properties) and exit status is the command's.
set -euo pipefail
# The project builds and runs on Java 25 (README "Run it"): Temurin 25, not the machine's default java.
export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
export PATH="$JAVA_HOME/bin:$PATH"

if [ "$#" -eq 0 ]; then
  echo "usage: $0 <command...>" >&2
  exit 2
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "with-postgres.sh: run as root (it starts the server as the postgres user)" >&2
  exit 2
fi

PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
PORT="${FOI_PG_PORT:-5433}"
if [ ! -x "$PG_BIN/initdb" ]; then
  echo "with-postgres.sh: $PG_BIN/initdb not found; install PostgreSQL 15 (apt-get install -y postgresql)" >&2
  exit 2
fi

BASE="$(mktemp -d /tmp/foi-pg.XXXXXX)"
PGDATA="$BASE/data"
SOCKETS="$BASE/sockets"
LOG="$BASE/server.log"
mkdir -p "$PGDATA" "$SOCKETS"
chown -R postgres:postgres "$BASE"
chmod 700 "$BASE"

as_postgres() { runuser -u postgres -- "$@"; }

stop_server() {
  if [ -f "$PGDATA/postmaster.pid" ]; then
    as_postgres "$PG_BIN/pg_ctl" -D "$PGDATA" -m fast -w stop >/dev/null 2>&1 \
      || as_postgres "$PG_BIN/pg_ctl" -D "$PGDATA" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$BASE"
}
trap stop_server EXIT
trap 'exit 130' INT TERM

as_postgres "$PG_BIN/initdb" -D "$PGDATA" -U postgres --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$BASE/initdb.log" 2>&1 \
  || { cat "$BASE/initdb.log" >&2; exit 1; }
OPTS="-p $PORT -k $SOCKETS -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=50"
if ! as_postgres "$PG_BIN/pg_ctl" -D "$PGDATA" -w -t 30 -l "$LOG" -o "$OPTS" start >/dev/null; then
  echo "with-postgres.sh: PostgreSQL did not start on port $PORT (is the port taken? set FOI_PG_PORT)" >&2
  cat "$LOG" >&2 || true
  exit 1
fi
as_postgres "$PG_BIN/psql" -h "$SOCKETS" -p "$PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -q \
  -c "create role foi login password 'foi'" -c "create database foi owner foi" >/dev/null

echo "with-postgres.sh: PostgreSQL $("$PG_BIN/postgres" -V | awk '{print $3}') on 127.0.0.1:$PORT (database foi, data in $BASE)"

export FOI_PG_PORT="$PORT"
export FOI_DB_KIND=postgresql
export FOI_DB_URL="jdbc:postgresql://127.0.0.1:$PORT/foi"
export FOI_DB_USER=foi
export FOI_DB_PASSWORD=foi
# For fault tests that stop and start the server (DatabaseOutageTest).
export FOI_PG_BIN="$PG_BIN" FOI_PG_DATA="$PGDATA" FOI_PG_SOCKETS="$SOCKETS" FOI_PG_LOG="$LOG" FOI_PG_OPTS="$OPTS"

set +e
"$@"
status=$?
set -e
exit "$status"
