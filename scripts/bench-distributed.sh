#!/usr/bin/env bash
# The distributed half of `npm run bench`: installs (once, cached) and starts the whole stack on free ports, measures
# event latency through Kafka, reminder lateness through the Dapr Jobs API and per-service RSS, then (bench/scale-out.ts)
# throughput at 1 and 2 chat-api replicas with the event latency under that load; writes bench/results/.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
bash scripts/infra/install-system.sh
bash scripts/infra/install-dapr.sh >/dev/null
bash scripts/infra/install-kafka.sh >/dev/null
node scripts/build-if-needed.mjs
node --import tsx bench/distributed.ts "$@"
exec node --import tsx bench/scale-out.ts
