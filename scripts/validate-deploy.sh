#!/usr/bin/env bash
# Offline validation of everything under deploy/ and .github/: helm lint + template (Minikube, OKE, Redpanda,
# managed Kafka), every rendered object checked by kubeconform against the schemas kept in deploy/schemas/,
# actionlint on the workflows, hadolint + scripted checks on the Dockerfile, and the dashboard/alerts against the
# metric names the code registers. Tools come from scripts/install-deploy-tools.sh (cached). Exit 1 on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
CHART=deploy/helm/todo-chatbot
failures=0
step() { printf '\n--- %s\n' "$*"; }
fail() { printf 'FAIL: %s\n' "$*"; failures=$((failures + 1)); }
pass() { printf 'ok: %s\n' "$*"; }

declare -A TOOL
while IFS='=' read -r name path; do TOOL[$name]=$path; done < <(bash scripts/install-deploy-tools.sh)
HELM=${TOOL[helm]}; KUBECONFORM=${TOOL[kubeconform]}; ACTIONLINT=${TOOL[actionlint]}; HADOLINT=${TOOL[hadolint]:-}; SHELLCHECK=${TOOL[shellcheck]:-}
out=$(mktemp -d); trap 'rm -rf "$out"' EXIT

# name | helm arguments
SCENARIOS=(
  "minikube|-f $CHART/values.yaml"
  "oke|-f $CHART/values-oke.yaml"
  "minikube-redpanda|-f $CHART/values.yaml --set kafka.provider=redpanda"
  "oke-managed-kafka|-f $CHART/values-oke.yaml --set kafka.enabled=false,global.kafka.brokers=seed.example.com:9092,global.kafka.authType=password,global.kafka.tls=true"
  "no-monitoring|-f $CHART/values.yaml --set global.monitoring.serviceMonitor=false,monitoring.grafanaDashboard=false"
)

step "helm lint and template"
for scenario in "${SCENARIOS[@]}"; do
  name=${scenario%%|*}; args=${scenario#*|}
  # shellcheck disable=SC2086
  if "$HELM" lint --strict --kube-version 1.31.0 "$CHART" $args >"$out/$name.lint" 2>&1; then pass "helm lint ($name)"; else cat "$out/$name.lint"; fail "helm lint ($name)"; fi
  # shellcheck disable=SC2086
  if "$HELM" template todo-chatbot "$CHART" --namespace todo --kube-version 1.31.0 $args >"$out/$name.yaml" 2>"$out/$name.err"; then
    pass "helm template ($name): $(grep -c '^kind:' "$out/$name.yaml") objects"
  else cat "$out/$name.err"; fail "helm template ($name)"; fi
done

step "kubeconform (Kubernetes v1.31 strict + CRD schemas from deploy/schemas)"
KC=("$KUBECONFORM" -strict -summary -output text
  -schema-location 'deploy/schemas/kubernetes/{{ .ResourceKind }}{{ .KindSuffix }}.json'
  -schema-location 'deploy/schemas/crds/{{ .Group }}/{{ .ResourceKind }}_{{ .ResourceAPIVersion }}.json')
for scenario in "${SCENARIOS[@]}"; do
  name=${scenario%%|*}
  [[ -s "$out/$name.yaml" ]] || continue
  if "${KC[@]}" "$out/$name.yaml" >"$out/$name.kc" 2>&1; then pass "kubeconform ($name): $(tail -1 "$out/$name.kc")"
  else cat "$out/$name.kc"; fail "kubeconform ($name)"; fi
done
if "${KC[@]}" deploy/compose/dapr/*.yaml >"$out/compose.kc" 2>&1; then pass "kubeconform (compose Dapr components): $(tail -1 "$out/compose.kc")"
else cat "$out/compose.kc"; fail "kubeconform (compose Dapr components)"; fi
if compgen -G 'deploy/dapr/*.yaml' >/dev/null; then
  if "${KC[@]}" -ignore-missing-schemas deploy/dapr/*.yaml >"$out/selfhosted.kc" 2>&1; then pass "kubeconform (self-hosted Dapr resources): $(tail -1 "$out/selfhosted.kc")"
  else cat "$out/selfhosted.kc"; fail "kubeconform (self-hosted Dapr resources)"; fi
fi

step "rendered-chart policies"
for scenario in "${SCENARIOS[@]}"; do
  name=${scenario%%|*}; file="$out/$name.yaml"
  [[ -s "$file" ]] || continue
  apps=$(grep -c 'dapr.io/app-id:' "$file" || true)
  [[ "$apps" == 5 ]] && pass "$name: 5 services with a Dapr sidecar" || fail "$name: $apps Dapr app ids (want 5)"
  deployments=$(grep -c '^kind: Deployment' "$file" || true)
  nonroot=$(grep -c 'runAsNonRoot: true' "$file" || true)
  (( nonroot >= deployments )) && pass "$name: every workload runs as non-root" || fail "$name: runAsNonRoot missing"
  for topic in task-events reminders task-updates; do
    grep -q "deadLetterTopic: $topic-dlq" "$file" || fail "$name: no dead-letter topic for $topic"
  done
done
grep -q '^kind: Secret' "$out/oke.yaml" && fail "oke: the chart must not create the app Secret (created by CD)" || pass "oke: app Secret comes from outside the chart"
grep -q '^kind: HorizontalPodAutoscaler' "$out/oke.yaml" && pass "oke: chat-api has an HPA" || fail "oke: HPA missing"
grep -q 'name: saslPassword' "$out/oke-managed-kafka.yaml" && pass "managed Kafka: SASL credentials wired from the Secret" || fail "managed Kafka: SASL missing"

step "actionlint"
if compgen -G '.github/workflows/*.y*ml' >/dev/null; then
  # With shellcheck at hand actionlint also checks every `run:` script.
  if "$ACTIONLINT" -no-color -shellcheck="$SHELLCHECK" .github/workflows/*.y*ml; then pass "actionlint${SHELLCHECK:+ (+ shellcheck)}"; else fail "actionlint"; fi
fi
if [[ -n "$SHELLCHECK" ]]; then
  if "$SHELLCHECK" -S warning scripts/install-deploy-tools.sh scripts/validate-deploy.sh scripts/setup-minikube.sh \
      scripts/deploy-local.sh scripts/validate-local.sh; then pass "shellcheck (deployment scripts)"; else fail "shellcheck"; fi
else fail "no workflows under .github/workflows"; fi

step "Dockerfile"
DF=deploy/Dockerfile
if [[ -n "$HADOLINT" ]]; then
  if "$HADOLINT" --failure-threshold warning "$DF"; then pass "hadolint"; else fail "hadolint"; fi
fi
[[ $(grep -c '^FROM ' "$DF") -ge 2 ]] && pass "multi-stage" || fail "Dockerfile is not multi-stage"
last_user=$(grep '^USER ' "$DF" | tail -1 | awk '{print $2}'); last_user=${last_user%%:*}
[[ -n "$last_user" && "$last_user" != root && "$last_user" != 0 ]] && pass "runs as non-root ($last_user)" || fail "final USER must be non-root"
grep -q '^HEALTHCHECK ' "$DF" && pass "HEALTHCHECK" || fail "HEALTHCHECK missing"
grep -Eq '^ARG NODE_IMAGE=node:[0-9]+\.[0-9]+\.[0-9]+-' "$DF" && pass "base image pinned to a full version" || fail "base image not pinned"
grep -q -- '--omit=dev' "$DF" && pass "production dependencies only" || fail "runtime stage must omit dev dependencies"
grep -q 'latest' "$DF" && fail "':latest' in Dockerfile" || pass "no ':latest'"

step "monitoring: dashboard and alerts use metrics the code registers"
node -e 'JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"))' deploy/monitoring/grafana-dashboard.json \
  && pass "dashboard is valid JSON" || fail "dashboard JSON does not parse"
registered=$(grep -rhoE "name: '[a-z_]+'" packages services src 2>/dev/null | sed -E "s/name: '([a-z_]+)'/\1/" | sort -u)
used=$(grep -hoE '\b(http|events|outbox|reminder)_[a-z_]+' deploy/monitoring/grafana-dashboard.json deploy/monitoring/prometheus-rules.yaml \
  | sed -E 's/_(bucket|count|sum)$//' | sort -u)
for metric in $used; do
  grep -qx "$metric" <<<"$registered" && pass "metric $metric" || fail "metric $metric is not registered by the code"
done

if (( failures )); then printf '\nvalidate-deploy: %d check(s) FAILED\n' "$failures"; exit 1; fi
printf '\nvalidate-deploy: all checks passed\n'
