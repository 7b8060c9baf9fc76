#!/usr/bin/env bash
# Builds daprd and the Dapr scheduler from the github.com/dapr/dapr Go module, cached by version.
# Usage: scripts/infra/install-dapr.sh   (prints the directory holding the binaries)
#
# Why this version and this way (only the Go module proxy is reachable here):
# - v1.18.3 does not build: its go.mod pins github.com/dapr/durabletask-go v0.12.4, and components-contrib v1.18.4 pulls
#   github.com/twmb/pulsar-client-go (pseudo-version) and github.com/iskorotkov/avro/v2 v2.33.1, none of which the
#   proxy serves. v1.18.2 needs durabletask-go v0.12.2-0.20260720132056-79042da5fe61 and components-contrib v1.18.3,
#   which it does serve, and keeps the stable Jobs API (/v1.0/jobs) — so DAPR_VERSION defaults to 1.18.2.
# - daprd registers its components in cmd/daprd/components/*.go behind build tags. On the writable copy we delete
#   every component file except the few this project uses (Kafka + Redis pub/sub, Redis/PostgreSQL/in-memory state,
#   local file/env secrets, cron binding, mDNS + SQLite name resolution) and build with -tags=allcomponents so those
#   few all register. That drops Pulsar/Avro (the unserved modules) and the cloud SDKs, which also makes the first
#   build several times faster (it has to fit in the CI's 60 minutes on 2 cores).
set -euo pipefail
source "$(dirname "$0")/common.sh"
[[ "${1:-}" == "--help" ]] && { echo "Builds daprd + scheduler $DAPR_VERSION into $CACHE_DIR/dapr-$DAPR_VERSION"; exit 0; }
out="$CACHE_DIR/dapr-$DAPR_VERSION"
if [[ -x "$out/daprd" && -x "$out/scheduler" ]]; then echo "$out"; exit 0; fi
command -v go >/dev/null || { log "Go is required to build Dapr"; exit 1; }
keep='^(pubsub_kafka|pubsub_redis|pubsub_in-memory|state_redis|state_postgres|state_in-memory|secretstores_local_file|secretstores_local_env|bindings_cron|nameresolution_mdns|nameresolution_sqlite)\.go$'
log "building daprd and scheduler $DAPR_VERSION (first time only; a few minutes)"
dir=$(go mod download -json "github.com/dapr/dapr@v$DAPR_VERSION" | sed -n 's/.*"Dir": "\(.*\)".*/\1/p')
[[ -n "$dir" ]] || { log "could not download github.com/dapr/dapr@v$DAPR_VERSION"; exit 1; }
work=$(mktemp -d "$CACHE_DIR/dapr-src.XXXXXX")
trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work" "$out.tmp"' EXIT
cp -r "$dir/." "$work/"
chmod -R u+w "$work"
find "$work/cmd/daprd/components" -maxdepth 1 -name '*.go' ! -name '*_test.go' -printf '%f\n' \
  | grep -Ev "$keep" | while read -r f; do rm "$work/cmd/daprd/components/$f"; done
rm -f "$work/cmd/daprd/components/"*_test.go
mkdir -p "$out.tmp"
(cd "$work" && CGO_ENABLED=0 GOFLAGS="-mod=mod -buildvcs=false" go build -tags=allcomponents -trimpath \
  -ldflags "-s -w -X github.com/dapr/dapr/pkg/buildinfo.version=$DAPR_VERSION" \
  -o "$out.tmp/" ./cmd/daprd ./cmd/scheduler)
rm -rf "$out" && mv "$out.tmp" "$out"
log "built into $out"
echo "$out"
