#!/usr/bin/env bash
# Installs what Gavel needs on a Debian machine and builds it. Idempotent: installs only what is missing.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"

# Build tools and the sandbox helper's needs (gcc + libseccomp); bubblewrap is the baseline of the sandbox benchmark.
apt_install ca-certificates git gcc make libc6-dev libseccomp-dev pkg-config maven procps util-linux bubblewrap
find_jdk
log "using JDK at $JAVA_HOME"

if [ "${GAVEL_SKIP_LANGUAGES:-}" != 1 ]; then
  bash "$GAVEL_ROOT/scripts/install-languages.sh"
fi

log "building Gavel"
mvn_cmd -q -DskipTests install
log "built: $GAVEL_ROOT/bin/gavel is ready"
