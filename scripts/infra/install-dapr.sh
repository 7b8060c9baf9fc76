#!/usr/bin/env bash
# Builds daprd and the Dapr scheduler from the github.com/dapr/dapr Go module, cached by version.
# Usage: scripts/infra/install-dapr.sh   (prints the directory holding the binaries)
set -euo pipefail
source "$(dirname "$0")/common.sh"
[[ "${1:-}" == "--help" ]] && { echo "Builds daprd + scheduler $DAPR_VERSION into $CACHE_DIR/dapr-$DAPR_VERSION"; exit 0; }
out="$CACHE_DIR/dapr-$DAPR_VERSION"
if [[ -x "$out/daprd" && -x "$out/scheduler" ]]; then echo "$out"; exit 0; fi
log "building daprd and scheduler $DAPR_VERSION (first time only; slow)"
dir=$(go mod download -json "github.com/dapr/dapr@v$DAPR_VERSION" | sed -n 's/.*"Dir": "\(.*\)".*/\1/p')
work=$(mktemp -d "$CACHE_DIR/dapr-src.XXXXXX")
trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT
cp -r "$dir/." "$work/"
chmod -R u+w "$work"
mkdir -p "$out.tmp"
(cd "$work" && CGO_ENABLED=0 go build -tags=stablecomponents \
  -ldflags "-s -w -X github.com/dapr/dapr/pkg/buildinfo.version=$DAPR_VERSION" \
  -o "$out.tmp/" ./cmd/daprd ./cmd/scheduler)
rm -rf "$out" && mv "$out.tmp" "$out"
log "built into $out"
echo "$out"
