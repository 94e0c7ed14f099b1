#!/usr/bin/env bash
# README command 2: install everything and run the whole test suite.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
bash "$GAVEL_ROOT/scripts/install.sh"
find_jdk
# the web UI's tests drive a real browser: Debian's Chromium through its ChromeDriver
apt_install chromium chromium-driver fonts-dejavu-core
# the persistence and queue tests also run against a real PostgreSQL server
GAVEL_TEST_PG_URL="$(bash "$GAVEL_ROOT/scripts/postgres.sh" start)"
export GAVEL_TEST_PG_URL
# the leaderboard tests also run against a real Redis server
GAVEL_TEST_REDIS_URL="$(bash "$GAVEL_ROOT/scripts/redis.sh" start)"
export GAVEL_TEST_REDIS_URL
log "running the test suite with the JDK at $JAVA_HOME"
mvn_cmd verify
