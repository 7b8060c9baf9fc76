# Shared settings for the infrastructure scripts: versions and the cache outside the repo.
CACHE_DIR="${TODO_CACHE_DIR:-$HOME/.cache/todo-chatbot}"
DAPR_VERSION="${DAPR_VERSION:-1.18.2}"
KAFKA_VERSION="${KAFKA_VERSION:-3.9.1}"
KAFKA_SCALA="2.13"
mkdir -p "$CACHE_DIR"
log() { printf '[%s] %s\n' "$(basename "$0")" "$*" >&2; }
# Whether pid $1 is alive and its command line contains $2: a pid in a stale pid file may belong to another program by
# now, and that one is never signalled. (Without /proc only liveness can be checked.)
pid_runs() {
  [[ "$1" =~ ^[0-9]+$ ]] && kill -0 "$1" 2>/dev/null || return 1
  [[ -r /proc/self/cmdline ]] || return 0
  tr '\0' ' ' < "/proc/$1/cmdline" 2>/dev/null | grep -qF -- "$2"
}
