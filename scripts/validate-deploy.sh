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
for required in helm kubeconform actionlint; do
  [[ -x "${TOOL[$required]:-}" ]] || { echo "validate-deploy: $required could not be installed (scripts/install-deploy-tools.sh)"; exit 1; }
done
HELM=${TOOL[helm]}; KUBECONFORM=${TOOL[kubeconform]}; ACTIONLINT=${TOOL[actionlint]}; HADOLINT=${TOOL[hadolint]:-}; SHELLCHECK=${TOOL[shellcheck]:-}; PROMQL=${TOOL[promql]:-}
out=$(mktemp -d); trap 'rm -rf "$out"' EXIT

# name | helm arguments
SCENARIOS=(
  "minikube|-f $CHART/values.yaml"
  "oke|-f $CHART/values-oke.yaml"
  "minikube-redpanda|-f $CHART/values.yaml -f $CHART/values-kafka-redpanda.yaml"
  "oke-managed-kafka|-f $CHART/values-oke.yaml -f $CHART/values-kafka-redpanda-cloud.yaml"
  "oke-in-cluster-postgres|-f $CHART/values-oke.yaml --set postgresql.enabled=true,postgresql.storage.class=oci-bv,networkPolicy.enabled=true"
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
# The self-hosted Dapr resources (another area): reported, not fatal.
selfhosted=$(find deploy/dapr -name '*.yaml' 2>/dev/null | sort)
if [[ -n "$selfhosted" ]]; then
  # shellcheck disable=SC2086
  if "${KC[@]}" $selfhosted >"$out/selfhosted.kc" 2>&1; then pass "kubeconform (self-hosted deploy/dapr): $(tail -1 "$out/selfhosted.kc")"
  else grep -v '^Summary' "$out/selfhosted.kc" | sed 's/^/WARNING: /'; printf 'WARNING: deploy/dapr resources do not match the Dapr CRD schemas (fields Dapr ignores)\n'; fi
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
  # Every subscription has a dead-letter topic, parked by its app and (the other apps') collected by chat-api; with
  # Strimzi (no auto-creation) each topic is a KafkaTopic.
  subscriptions=$(grep -c '^kind: Subscription' "$file" || true)
  dead_letters=$(grep -oE 'deadLetterTopic: [^ ]+' "$file" | awk '{print $2}' | sort -u)
  collected=$(grep -c 'default: /dapr/collect-dead-letter/' "$file" || true)
  count=$(wc -w <<<"$dead_letters")
  (( count * 2 + collected == subscriptions && collected == count - 1 )) && pass "$name: every subscription has a dead-letter topic, collected by chat-api" \
    || fail "$name: $subscriptions subscriptions ($collected collecting), dead-letter topics: $dead_letters"
  if grep -q '^kind: Kafka$' "$file"; then
    for topic in $(grep -oE '^  topic: [^ ]+' "$file" | awk '{print $2}' | sort -u); do
      grep -qx "  name: $topic" "$file" || fail "$name: topic $topic has no KafkaTopic"
    done
    pass "$name: every subscribed topic is a KafkaTopic"
  fi
done
# Scale-out (issue #13): ≥ 2 replicas + PDB per service, consumer groups per service / per pod, subscriptions in scope.
for scenario in "${SCENARIOS[@]}"; do
  name=${scenario%%|*}; file="$out/$name.yaml"
  [[ -s "$file" ]] || continue
  if report=$(node scripts/check-scale-out.mjs "${PROMQL:-.}" "$file"); then pass "$name: scale-out — ${report#*: }"
  else printf '%s\n' "$report"; fail "$name: scale-out"; fi
done
# Every environment variable the chart gives the services is read by the code (catches renames on either side).
for variable in $(awk '/^kind: /{deployment = ($2 == "Deployment")} deployment && /^ +- name: [A-Z][A-Z0-9_]+$/{print $3}' "$out/minikube.yaml" | sort -u); do
  grep -rqw --include='*.ts' "$variable" src packages services scripts/infra 2>/dev/null \
    && pass "env $variable is read by the code" || fail "the chart sets $variable but no code reads it"
done
# Declarative subscriptions = the consumers in the code: every `idempotentConsumer({ topic: TOPICS.x })` of services/<app>.
code_subs=$(for file in $(grep -rl 'idempotentConsumer(' services --include='*.ts' | grep -v '\.test\.ts$'); do
  awk -v app="$(cut -d/ -f2 <<<"$file")" '/idempotentConsumer\(/{n = 8}
    n > 0 && match($0, /topic: TOPICS\.[A-Za-z]+/) {print app, substr($0, RSTART + 14, RLENGTH - 14); n = 0}
    n > 0 {n--}' "$file"
done | sed -E 's/([a-z])([A-Z])/\1-\L\2/g' | sort -u)
chart_subs=$(grep -oE 'deadLetterTopic: [^ ]+' "$out/minikube.yaml" | awk '{split($2, p, ".dead-letter."); print p[2], p[1]}' | sort -u)
if [[ -n "$code_subs" && "$code_subs" == "$chart_subs" ]]; then pass "subscriptions match the code's consumers: $(tr '\n' ',' <<<"$code_subs" | sed 's/,$//')"
else fail "chart subscriptions [$(tr '\n' ',' <<<"$chart_subs")] differ from the code's consumers [$(tr '\n' ',' <<<"$code_subs")]"; fi
# The Ingress routes the same path prefixes to the same services as the self-hosted gateway (scripts/infra/stack).
if [[ -f scripts/infra/stack/stack.ts ]]; then
  while read -r prefix service; do
    grep -A5 "path: $prefix\$" "$out/minikube.yaml" | grep -q "name: $service\$" \
      && pass "ingress: $prefix → $service (as the self-hosted gateway)" || fail "ingress does not route $prefix to $service"
  done < <(sed -n "/GATEWAY_PREFIXES/,/};/p" scripts/infra/stack/stack.ts | sed -nE "s/^ *'([^']+)': '([^']+)',?/\1 \2/p")
fi
# OKE Always Free budget guard: the figures (forced out with a zero budget) and a deliberate overflow that must fail.
figures=$("$HELM" template t "$CHART" --kube-version 1.31.0 -f "$CHART/values-oke.yaml" --set budget.cpu=1m,budget.memory=1Mi 2>&1 \
  | grep -oE 'requests at maximum replicas [^>]+' || true)
[[ -n "$figures" ]] && pass "oke budget: $figures, within 4 OCPU / 24 GiB" || fail "oke budget guard did not report"
if "$HELM" template t "$CHART" --kube-version 1.31.0 -f "$CHART/values-oke.yaml" --set chat-api.autoscaling.maxReplicas=40 >/dev/null 2>&1; then
  fail "oke budget guard let 40 chat-api replicas through"
else pass "oke budget guard rejects 40 chat-api replicas"; fi
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

step "monitoring: PromQL parses, dashboard and alerts use metrics the code registers"
node -e 'JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"))' deploy/monitoring/grafana-dashboard.json \
  && pass "dashboard is valid JSON" || fail "dashboard JSON does not parse"
if [[ -n "$PROMQL" ]]; then
  if node scripts/check-promql.mjs "$PROMQL"; then pass "PromQL syntax (Prometheus grammar)"; else fail "PromQL syntax"; fi
fi
registered=$(grep -rhoE "name: '[a-z_]+'" packages services src 2>/dev/null | sed -E "s/name: '([a-z_]+)'/\1/" | sort -u)
used=$(grep -hoE '\b(http|events|outbox|reminder)_[a-z_]+' deploy/monitoring/grafana-dashboard.json deploy/monitoring/prometheus-rules.yaml \
  | sed -E 's/_(bucket|count|sum)$//' | sort -u)
for metric in $used; do
  grep -qx "$metric" <<<"$registered" && pass "metric $metric" || fail "metric $metric is not registered by the code"
done

if (( failures )); then printf '\nvalidate-deploy: %d check(s) FAILED\n' "$failures"; exit 1; fi
printf '\nvalidate-deploy: all checks passed\n'
