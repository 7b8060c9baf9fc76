#!/usr/bin/env bash
# Prepares a Minikube cluster for todo-chatbot: starts Minikube, enables ingress + metrics-server, installs the Dapr
# control plane, the Strimzi operator and kube-prometheus-stack (Prometheus, Grafana, Prometheus operator CRDs).
# Needs: minikube, kubectl, helm (v3.14+), internet. Re-running is safe (helm upgrade --install).
# Environment: MINIKUBE_CPUS (4), MINIKUBE_MEMORY (8g), DAPR_VERSION (1.18.2), STRIMZI_VERSION (1.2.0),
#              SKIP_MONITORING=1 to leave Prometheus/Grafana out.
set -euo pipefail
cd "$(dirname "$0")/.."
MINIKUBE_CPUS=${MINIKUBE_CPUS:-4}
MINIKUBE_MEMORY=${MINIKUBE_MEMORY:-8g}
DAPR_VERSION=${DAPR_VERSION:-1.18.2}
STRIMZI_VERSION=${STRIMZI_VERSION:-1.2.0}
NAMESPACE=${NAMESPACE:-todo}
log() { printf '[setup-minikube] %s\n' "$*"; }
for tool in minikube kubectl helm; do command -v "$tool" >/dev/null || { echo "missing: $tool" >&2; exit 1; }; done

if ! minikube status >/dev/null 2>&1; then
  log "starting minikube ($MINIKUBE_CPUS CPUs, $MINIKUBE_MEMORY)"
  minikube start --cpus "$MINIKUBE_CPUS" --memory "$MINIKUBE_MEMORY" --kubernetes-version=stable
fi
minikube addons enable ingress >/dev/null
minikube addons enable metrics-server >/dev/null
kubectl create namespace "$NAMESPACE" --dry-run=client -o yaml | kubectl apply -f -

log "Dapr $DAPR_VERSION control plane (dapr-system)"
helm repo add dapr https://dapr.github.io/helm-charts >/dev/null
helm repo add prometheus-community https://prometheus-community.github.io/helm-charts >/dev/null
helm repo update >/dev/null
helm upgrade --install dapr dapr/dapr --version "$DAPR_VERSION" --namespace dapr-system --create-namespace \
  -f deploy/helm/platform/dapr-values.yaml --wait --timeout 10m

log "Strimzi $STRIMZI_VERSION operator (watching $NAMESPACE)"
helm upgrade --install strimzi oci://quay.io/strimzi-helm/strimzi-kafka-operator --version "$STRIMZI_VERSION" \
  --namespace strimzi --create-namespace -f deploy/helm/platform/strimzi-values.yaml \
  --set "watchNamespaces={$NAMESPACE}" --wait --timeout 10m

if [[ "${SKIP_MONITORING:-0}" != 1 ]]; then
  log "kube-prometheus-stack (monitoring)"
  helm upgrade --install kube-prometheus-stack prometheus-community/kube-prometheus-stack --namespace monitoring \
    --create-namespace -f deploy/helm/platform/kube-prometheus-stack-values.yaml --wait --timeout 10m
fi
log "ready: now run scripts/deploy-local.sh"
