# Shared settings for the infrastructure scripts: versions and the cache outside the repo.
CACHE_DIR="${TODO_CACHE_DIR:-$HOME/.cache/todo-chatbot}"
DAPR_VERSION="${DAPR_VERSION:-1.18.2}"
KAFKA_VERSION="${KAFKA_VERSION:-3.9.1}"
KAFKA_SCALA="2.13"
mkdir -p "$CACHE_DIR"
log() { printf '[%s] %s\n' "$(basename "$0")" "$*" >&2; }
