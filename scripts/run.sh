#!/usr/bin/env bash
# README command 1: install everything, build, check the sandbox and the languages on this machine, and judge the
# bundled sample problems.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
bash "$GAVEL_ROOT/scripts/install.sh"
"$GAVEL_ROOT/bin/gavel" sandbox check
# Self-tests of every language (cached by toolchain version in $GAVEL_HOME, so only the first run takes minutes).
"$GAVEL_ROOT/bin/gavel" languages --verify
"$GAVEL_ROOT/bin/gavel" verify "$GAVEL_ROOT"/problems/*/
