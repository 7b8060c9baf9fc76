#!/usr/bin/env bash
# The distributed suite: installs (once, cached) PostgreSQL/Redis/Kafka/Dapr, brings the whole stack up on free ports —
# every service as its own process beside its own daprd — runs test/distributed/*.test.ts across it, and tears it down.
# Usage: npm run test:distributed [-- <vitest args>]   (KEEP_LOGS=1 keeps /var/tmp/todo-chatbot/stack-dist-*/logs)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
if [[ "${1:-}" == "--help" ]]; then sed -n '2,4p' "$0" | sed 's/^# \{0,1\}//'; exit 0; fi
bash scripts/infra/install-system.sh
# Build the slow parts first (cached by version under ~/.cache/todo-chatbot), then the app bundle.
bash scripts/infra/install-dapr.sh >/dev/null
bash scripts/infra/install-kafka.sh >/dev/null
node scripts/build-if-needed.mjs
exec npx vitest run --config vitest.distributed.config.ts "$@"
