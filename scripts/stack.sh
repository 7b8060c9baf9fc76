#!/usr/bin/env bash
# Runs the whole distributed system on this machine, each service with its own daprd sidecar, API on :8000.
# Usage: npm run stack -- up|down|status [--port 8000] [--replicas 1] [--name stack] [--purge]   (--help for details)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
case "${1:-help}" in
  up) node "$root/scripts/build-if-needed.mjs" ;;
  --help|-h|help) set -- help ;;
esac
exec node --import tsx "$root/scripts/infra/stack/cli.ts" "$@"
