#!/usr/bin/env bash
# Installs the Debian packages the tests use: PostgreSQL, Redis, Chromium (skips what is already there).
set -euo pipefail
source "$(dirname "$0")/common.sh"
need=()
command -v pg_ctlcluster >/dev/null || need+=(postgresql)
command -v redis-server >/dev/null || need+=(redis-server)
command -v chromium >/dev/null || need+=(chromium fonts-liberation)
if ((${#need[@]})); then
  log "apt-get install ${need[*]}"
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${need[@]}"
else
  log "PostgreSQL, Redis and Chromium already installed"
fi
