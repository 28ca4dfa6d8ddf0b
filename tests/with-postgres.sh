#!/usr/bin/env bash
# Runs a command with a throw-away PostgreSQL 15 server and MCS_TEST_PG_* pointing at it.
# If MCS_TEST_PG_HOST is already set, the command runs against that server instead.
set -euo pipefail
if [ -n "${MCS_TEST_PG_HOST:-}" ]; then exec "$@"; fi

PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$PGBIN" ]; then
  echo "with-postgres: PostgreSQL server binaries not found (install 'postgresql')" >&2
  exit 2
fi
PGDIR=$(mktemp -d /tmp/mcs-pg.XXXXXX)
PORT=${MCS_TEST_PG_PORT:-55432}
while (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; do PORT=$((PORT + 1)); done

as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" -eq 0 ] && chown postgres:postgres "$PGDIR"

stop() {
  as_pg "$PGBIN/pg_ctl" -D "$PGDIR/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$PGDIR"
}
trap stop EXIT

(cd / && as_pg "$PGBIN/initdb" -D "$PGDIR/data" -U postgres --auth-local=trust \
   --auth-host=scram-sha-256 --no-sync -E UTF8 --locale=C.UTF-8 >"$PGDIR/initdb.log" 2>&1) \
  || { cat "$PGDIR/initdb.log" >&2; exit 2; }
(cd / && as_pg "$PGBIN/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/server.log" -w \
   -o "-p $PORT -k $PGDIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null) \
  || { cat "$PGDIR/server.log" >&2; exit 2; }
(cd / && as_pg psql -q -h "$PGDIR" -p "$PORT" -U postgres -v ON_ERROR_STOP=1 \
   -c "CREATE ROLE mcs LOGIN CREATEDB CREATEROLE PASSWORD 'secret'" \
   -c "CREATE DATABASE mcs OWNER mcs" >/dev/null)

export MCS_TEST_PG_HOST=127.0.0.1 MCS_TEST_PG_PORT=$PORT MCS_TEST_PG_USER=mcs \
       MCS_TEST_PG_PASSWORD=secret MCS_TEST_PG_DATABASE=mcs
echo "with-postgres: PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PORT"
set +e
"$@"
rc=$?
set -e
exit $rc
