#!/usr/bin/env bash
# Smoke test of a deployed todo-chatbot through kubectl port-forward: health, readiness, metrics, then the event path
# end to end (register → recurring task → complete → the next occurrence created by recurring-task over Kafka →
# the audit entry written by audit). Used after scripts/deploy-local.sh and by the OKE CD workflow.
# Environment: NAMESPACE (todo), RELEASE (todo-chatbot), TIMEOUT_SECONDS (60),
#              BASE_URL (e.g. https://todo.example.com: test through the ingress instead of port-forwards).
set -euo pipefail
NAMESPACE=${NAMESPACE:-todo}
RELEASE=${RELEASE:-todo-chatbot}
TIMEOUT_SECONDS=${TIMEOUT_SECONDS:-60}
log() { printf '[validate-local] %s\n' "$*"; }
die() { printf '[validate-local] FAIL: %s\n' "$*" >&2; exit 1; }
forwards=()
stop_forwards() { local pid; for pid in "${forwards[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap stop_forwards EXIT

# forward SERVICE: port-forwards the service's Service to a free local port; sets base_url.
forward() {
  local service=$1 name port
  name=$service; [[ "$RELEASE" == todo-chatbot || "$RELEASE" == *"$service"* ]] || name="$RELEASE-$service"
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  kubectl -n "$NAMESPACE" port-forward "svc/$name" "$port:80" >/dev/null 2>&1 &
  forwards+=($!)
  for _ in $(seq 1 30); do curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break; sleep 1; done
  base_url="http://127.0.0.1:$port"
}

if [[ -n "${BASE_URL:-}" ]]; then
  base=$BASE_URL; audit_base=$BASE_URL
else
  forward chat-api; base=$base_url
  forward audit; audit_base=$base_url   # /api/audit is served by the audit service (the ingress routes it there)
fi

curl -fsS "$base/healthz" >/dev/null || die "/healthz"
log "healthz ok"
curl -fsS "$base/readyz" >/dev/null || die "/readyz (database or Dapr not ready)"
log "readyz ok"
metrics=$(curl -fsS "$base/metrics") || die "/metrics"
grep -q '^http_requests_total' <<<"$metrics" || die "/metrics has no http_requests_total"
log "metrics ok"

email="smoke-$(date +%s)-$RANDOM@example.com"
token=$(curl -fsS -X POST "$base/api/auth/register" -H 'content-type: application/json' \
  -d "{\"email\":\"$email\",\"password\":\"smoke-test-password\"}" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])') \
  || die "register"
auth=(-H "authorization: Bearer $token")
task=$(curl -fsS -X POST "$base/api/tasks" "${auth[@]}" -H 'content-type: application/json' \
  -d '{"title":"smoke test daily","recurrence":"daily","dueAt":"2030-01-01T09:00:00.000Z"}' \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])') || die "create task"
curl -fsS -X POST "$base/api/tasks/$task/complete" "${auth[@]}" >/dev/null || die "complete task"
log "created and completed recurring task $task"

deadline=$((SECONDS + TIMEOUT_SECONDS)); next=""; audited=""
while (( SECONDS < deadline )); do
  next=$(curl -fsS "$base/api/tasks?status=pending" "${auth[@]}" \
    | python3 -c "import json,sys; print(''.join(t['id'] for t in json.load(sys.stdin)['items'] if t.get('previousTaskId')=='$task'))")
  audited=$(curl -fsS "$audit_base/api/audit?taskId=$task" "${auth[@]}" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["items"]))' || echo 0)
  [[ -n "$next" && "$audited" -ge 2 ]] && break
  sleep 2
done
[[ -n "$next" ]] || die "no next occurrence within ${TIMEOUT_SECONDS}s (task-events → recurring-task → chat-api)"
log "next occurrence $next created by recurring-task"
[[ "$audited" -ge 2 ]] || die "audit log has $audited entries for the task (want created + completed)"
log "audit log has $audited entries"
log "all smoke checks passed"
