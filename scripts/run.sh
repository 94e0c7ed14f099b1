#!/usr/bin/env bash
# README command 1: install everything, build, check the sandbox and the languages on this machine, and judge the
# bundled sample problems.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
bash "$GAVEL_ROOT/scripts/install.sh"
"$GAVEL_ROOT/bin/gavel" sandbox check
# Self-tests of every language in the sandbox (a minute or two; compiled self-tests are cached in $GAVEL_HOME).
"$GAVEL_ROOT/bin/gavel" languages --verify
"$GAVEL_ROOT/bin/gavel" verify "$GAVEL_ROOT"/problems/*/
