#!/usr/bin/env bash
# A Redis server of Gavel's own, for the test suite and the benchmarks (never a production set-up):
#   scripts/redis.sh start   installs Redis if missing, starts it; prints its URL
#   scripts/redis.sh stop    stops it
#   scripts/redis.sh url     prints the URL
# Data in $GAVEL_REDIS_DIR (/var/tmp/gavel-redis), port $GAVEL_REDIS_PORT (56379), loopback only, no persistence.
# Idempotent: starting a running server only prints the URL. It is started directly, never as a system service.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"

REDIS_DIR="${GAVEL_REDIS_DIR:-/var/tmp/gavel-redis}"
REDIS_PORT="${GAVEL_REDIS_PORT:-56379}"
URL="redis://127.0.0.1:$REDIS_PORT"

running() {
  command -v redis-cli >/dev/null 2>&1 && [ "$(redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping 2>/dev/null)" = PONG ]
}

# as_redis CMD... : runs CMD as the package's unprivileged 'redis' user when started as root.
as_redis() {
  if [ "$(id -u)" -eq 0 ] && id redis >/dev/null 2>&1; then runuser -u redis -- "$@"; else "$@"; fi
}

start() {
  apt_install redis-server redis-tools
  mkdir -p "$REDIS_DIR"
  [ "$(id -u)" -eq 0 ] && id redis >/dev/null 2>&1 && chown redis: "$REDIS_DIR"
  if ! running; then
    as_redis redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --dir "$REDIS_DIR" \
      --daemonize yes --pidfile "$REDIS_DIR/redis.pid" --logfile "$REDIS_DIR/redis.log" \
      --save '' --appendonly no --protected-mode yes \
      || die "Redis did not start; see $REDIS_DIR/redis.log"
    local i
    for i in $(seq 1 100); do
      running && break
      sleep 0.1
    done
    running || die "Redis did not answer on port $REDIS_PORT; see $REDIS_DIR/redis.log"
  fi
  echo "$URL"
}

stop() {
  if running; then
    redis-cli -h 127.0.0.1 -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true
  fi
  return 0
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  url) echo "$URL" ;;
  *) die "usage: scripts/redis.sh start|stop|url" ;;
esac
