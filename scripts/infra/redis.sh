#!/usr/bin/env bash
# Starts/stops a throwaway redis-server (from apt) on a free 127.0.0.1 port under the state dir.
# Usage: redis.sh start|stop NAME — `start` prints `export REDIS_HOST=127.0.0.1:<port>` for eval.
set -euo pipefail
source "$(dirname "$0")/common.sh"
source "$(dirname "$0")/pids.sh"
cmd="${1:-}"; name="${2:-default}"
[[ "$cmd" == "start" || "$cmd" == "stop" ]] || { echo "usage: $0 start|stop NAME" >&2; exit 2; }
dir="${TODO_REDIS_DIR:-/var/tmp/todo-chatbot}/redis-$name"
# redis-server names itself "redis-server 127.0.0.1:<port>" (see pid_runs in pids.sh).
running() { [[ -f "$dir/pid" && -f "$dir/port" ]] && pid_runs "$(cat "$dir/pid")" "redis-server 127.0.0.1:$(cat "$dir/port")"; }
if [[ "$cmd" == "stop" ]]; then
  if running; then
    pid=$(cat "$dir/pid"); kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do running || break; sleep 0.1; done
  fi
  exit 0
fi
command -v redis-server >/dev/null || { log "redis-server missing: run scripts/infra/install-system.sh"; exit 1; }
mkdir -p "$dir"
[[ -f "$dir/port" ]] || python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' > "$dir/port"
port=$(cat "$dir/port")
if ! running; then
  log "starting Redis on 127.0.0.1:$port"
  redis-server --bind 127.0.0.1 --port "$port" --dir "$dir" --daemonize yes --pidfile "$dir/pid" \
    --logfile "$dir/redis.log" --save "" --appendonly yes --protected-mode no >/dev/null
  for _ in $(seq 1 100); do redis-cli -p "$port" ping 2>/dev/null | grep -q PONG && break; sleep 0.1; done
fi
echo "export REDIS_HOST=127.0.0.1:$port"
