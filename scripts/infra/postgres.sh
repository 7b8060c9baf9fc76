#!/usr/bin/env bash
# Starts/stops a throwaway PostgreSQL cluster on a free port under the cache dir.
# Usage: postgres.sh start|stop NAME   — `start` prints `export TEST_DATABASE_URL=…` for eval.
set -euo pipefail
source "$(dirname "$0")/common.sh"
cmd="${1:-}"; name="${2:-default}"
[[ "$cmd" == "start" || "$cmd" == "stop" ]] || { echo "usage: $0 start|stop NAME" >&2; exit 2; }
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
dir="${TODO_PG_DIR:-/var/tmp/todo-chatbot}/pg-$name"
port_file="$dir/port"
run_as() { if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if [[ "$cmd" == "stop" ]]; then
  [[ -d "$dir/data" ]] && run_as "$bin/pg_ctl" -D "$dir/data" -m fast stop >/dev/null 2>&1 || true
  exit 0
fi
mkdir -p "$dir"; [[ $(id -u) == 0 ]] && chown postgres "$dir" && chmod 755 "$(dirname "$dir")"
if [[ ! -f "$dir/data/PG_VERSION" ]]; then
  log "initdb $dir/data"
  run_as "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 >/dev/null
fi
if ! run_as "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  echo "$port" > "$port_file"
  log "starting PostgreSQL on 127.0.0.1:$port"
  run_as "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w -o "-p $port -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
fi
port=$(cat "$port_file")
run_as "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -tAc "select 1 from pg_database where datname='todo'" | grep -q 1 \
  || run_as "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres todo
url="postgres://postgres@127.0.0.1:$port/todo"
echo "export TEST_DATABASE_URL=$url"
