#!/usr/bin/env bash
# README command 2: install everything and run the whole test suite.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
bash "$GAVEL_ROOT/scripts/install.sh"
log "running the test suite"
mvn_cmd verify
