#!/usr/bin/env bash
# README command 1: install everything, build, and run Gavel on the bundled sample problems.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
bash "$GAVEL_ROOT/scripts/install.sh"
"$GAVEL_ROOT/bin/gavel" sandbox check
"$GAVEL_ROOT/bin/gavel" verify "$GAVEL_ROOT"/problems/*/
