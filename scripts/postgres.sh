#!/usr/bin/env bash
# A PostgreSQL server of Gavel's own, for the test suite and the benchmarks (never a production set-up):
#   scripts/postgres.sh start   installs PostgreSQL if missing, makes the cluster once, starts it; prints its JDBC URL
#   scripts/postgres.sh stop    stops it
#   scripts/postgres.sh url     prints the JDBC URL
# Cluster in $GAVEL_PG_DIR (/var/tmp/gavel-pg), port $GAVEL_PG_PORT (55432), loopback only, database and user 'gavel'.
# Idempotent: starting a running server only prints the URL.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"

PG_DIR="${GAVEL_PG_DIR:-/var/tmp/gavel-pg}"
PG_PORT="${GAVEL_PG_PORT:-55432}"
URL="jdbc:postgresql://127.0.0.1:$PG_PORT/gavel?user=gavel"

pg_bin() {
  local d
  d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)
  [ -n "$d" ] || die "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin)"
  echo "$d"
}

# as_pg CMD... : runs a PostgreSQL tool as the cluster's owner (postgres refuses to run as root).
as_pg() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

running() {
  [ -f "$PG_DIR/data/postmaster.pid" ] && as_pg "$(pg_bin)/pg_ctl" -D "$PG_DIR/data" status >/dev/null 2>&1
}

start() {
  apt_install postgresql
  local bin
  bin=$(pg_bin)
  if ! [ -f "$PG_DIR/data/PG_VERSION" ]; then
    log "making a PostgreSQL cluster in $PG_DIR"
    mkdir -p "$PG_DIR"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$PG_DIR"
    as_pg "$bin/initdb" -D "$PG_DIR/data" -U gavel -A trust -E UTF8 --locale=C >/dev/null
    cat >>"$PG_DIR/data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $PG_PORT
unix_socket_directories = '$PG_DIR'
max_connections = 200
shared_buffers = 256MB
CONF
  fi
  if ! running; then
    as_pg "$bin/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 start >/dev/null \
      || die "PostgreSQL did not start; see $PG_DIR/server.log"
  fi
  if ! as_pg "$bin/psql" -h "$PG_DIR" -p "$PG_PORT" -U gavel -d postgres -tAc \
      "SELECT 1 FROM pg_database WHERE datname = 'gavel'" | grep -q 1; then
    as_pg "$bin/createdb" -h "$PG_DIR" -p "$PG_PORT" -U gavel gavel
  fi
  echo "$URL"
}

stop() {
  running && as_pg "$(pg_bin)/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null
  return 0
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  url) echo "$URL" ;;
  *) die "usage: scripts/postgres.sh start|stop|url" ;;
esac
