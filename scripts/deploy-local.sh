#!/usr/bin/env bash
# Builds the todo-chatbot image inside Minikube and installs the Helm chart (after scripts/setup-minikube.sh).
# Environment: NAMESPACE (todo), RELEASE (todo-chatbot), KAFKA_PROVIDER (strimzi | redpanda), IMAGE_TAG (dev),
#              SKIP_BUILD=1 to reuse the image, SKIP_MONITORING=1 when kube-prometheus-stack is not installed.
set -euo pipefail
cd "$(dirname "$0")/.."
NAMESPACE=${NAMESPACE:-todo}
RELEASE=${RELEASE:-todo-chatbot}
KAFKA_PROVIDER=${KAFKA_PROVIDER:-strimzi}
IMAGE_REPO=${IMAGE_REPO:-todo-chatbot}
IMAGE_TAG=${IMAGE_TAG:-dev}
log() { printf '[deploy-local] %s\n' "$*"; }

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  log "building $IMAGE_REPO:$IMAGE_TAG in minikube"
  minikube image build -t "$IMAGE_REPO:$IMAGE_TAG" -f deploy/Dockerfile .
fi
monitoring=true
[[ "${SKIP_MONITORING:-0}" == 1 ]] && monitoring=false

log "helm upgrade --install $RELEASE (namespace $NAMESPACE, Kafka: $KAFKA_PROVIDER)"
helm upgrade --install "$RELEASE" deploy/helm/todo-chatbot --namespace "$NAMESPACE" --create-namespace \
  -f deploy/helm/todo-chatbot/values.yaml \
  --set global.image.repository="$IMAGE_REPO" --set global.image.tag="$IMAGE_TAG" --set global.image.pullPolicy=Never \
  --set kafka.provider="$KAFKA_PROVIDER" \
  --set "chat-api.ingress.host=todo.local" \
  --set global.monitoring.serviceMonitor="$monitoring" \
  --wait --timeout 15m

log "waiting for the rollouts"
for deployment in $(kubectl -n "$NAMESPACE" get deploy -l app.kubernetes.io/part-of=todo-chatbot -o name); do
  kubectl -n "$NAMESPACE" rollout status "$deployment" --timeout=5m
done
helm test "$RELEASE" --namespace "$NAMESPACE" --timeout 5m --logs
log "deployed. Smoke test: scripts/validate-local.sh   Browser: add '$(minikube ip) todo.local' to /etc/hosts → http://todo.local"
