#!/usr/bin/env bash
# README command 1: install everything, build, check the sandbox, and start the Gavel server with its embedded
# defaults (database and files in $GAVEL_HOME, ./data by default) and the sample problems imported. It prints the
# URL when it is up; Ctrl-C stops it. GAVEL_VERIFY=1 also runs every language's self-tests and judges the sample
# problems' submissions first (two or three minutes).
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
bash "$GAVEL_ROOT/scripts/install.sh"
"$GAVEL_ROOT/bin/gavel" sandbox check
if [ "${GAVEL_VERIFY:-0}" = 1 ]; then
  "$GAVEL_ROOT/bin/gavel" languages --verify
  "$GAVEL_ROOT/bin/gavel" verify "$GAVEL_ROOT"/problems/*/
fi
problems=$(ls -d "$GAVEL_ROOT"/problems/*/ | sed 's|/$||' | paste -sd, -)
log "starting the server on port ${SERVER_PORT:-8080} (data in ${GAVEL_HOME:-$GAVEL_ROOT/data})"
exec "$GAVEL_ROOT/bin/gavel" serve --gavel.problems="$problems"
