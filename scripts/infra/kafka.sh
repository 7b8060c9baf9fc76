#!/usr/bin/env bash
# Starts/stops a single-node Apache Kafka broker (KRaft, combined broker+controller) on 127.0.0.1 free ports.
# Usage: kafka.sh start|stop|status|lag NAME — `start` prints `export KAFKA_BROKERS=127.0.0.1:<port>` for eval; `lag`
# prints `<group> <topic> <partition> <current-offset> <log-end-offset> <lag>` for every consumer group (Kafka's own ConsumerGroupCommand).
# The data and the ports are kept under the state dir, so stop + start resumes the same broker on the same port.
set -euo pipefail
source "$(dirname "$0")/common.sh"
source "$(dirname "$0")/pids.sh"
cmd="${1:-}"; name="${2:-default}"
[[ "$cmd" =~ ^(start|stop|status|lag)$ ]] || { echo "usage: $0 start|stop|status|lag NAME" >&2; exit 2; }
dir="${TODO_KAFKA_DIR:-/var/tmp/todo-chatbot}/kafka-$name"
pid_file="$dir/pid"
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
# The broker is the java process started with this dir's server.properties (see pid_runs in pids.sh).
running() { [[ -f "$pid_file" ]] && pid_runs "$(cat "$pid_file")" "$dir/server.properties"; }
listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

if [[ "$cmd" == "status" ]]; then running && echo running || echo stopped; exit 0; fi
if [[ "$cmd" == "lag" ]]; then
  running || { echo "kafka-$name is not running" >&2; exit 1; }
  read -r port _ < "$dir/ports"
  libs="$(bash "$(dirname "$0")/install-kafka.sh")/libs"
  # It exits non-zero while a group is rebalancing or has no members: the rows it printed still count.
  { java -Xms32m -Xmx128m -XX:TieredStopAtLevel=1 -cp "$libs/*" kafka.admin.ConsumerGroupCommand \
    --bootstrap-server "127.0.0.1:$port" --describe --all-groups 2>/dev/null || true; } \
    | awk '$1 != "GROUP" && NF >= 6 && $3 ~ /^[0-9]+$/ {print $1, $2, $3, $4, $5, $6}'
  exit 0
fi
if [[ "$cmd" == "stop" ]]; then
  if running; then
    pid=$(cat "$pid_file"); kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 100); do running || break; sleep 0.1; done
    if running; then kill -9 "$pid" 2>/dev/null || true; fi
  fi
  rm -f "$pid_file"; exit 0
fi

home=$(bash "$(dirname "$0")/install-kafka.sh")
mkdir -p "$dir"
[[ -f "$dir/ports" ]] || echo "$(free_port) $(free_port)" > "$dir/ports"
read -r port controller_port < "$dir/ports"
if ! running; then
  cat > "$dir/server.properties" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$controller_port
listeners=PLAINTEXT://127.0.0.1:$port,CONTROLLER://127.0.0.1:$controller_port
advertised.listeners=PLAINTEXT://127.0.0.1:$port
controller.listener.names=CONTROLLER
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
inter.broker.listener.name=PLAINTEXT
log.dirs=$dir/data
num.partitions=4
auto.create.topics.enable=true
offsets.topic.replication.factor=1
offsets.topic.num.partitions=4
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
group.initial.rebalance.delay.ms=0
# Lets the self-hosted components' 4 s session timeout through (Kafka's default minimum is 6 s), so a SIGKILLed
# consumer's partitions move to its group's other replica sooner.
group.min.session.timeout.ms=3000
PROPS
  cat > "$dir/log4j.properties" <<PROPS
log4j.rootLogger=WARN, file
log4j.appender.file=org.apache.log4j.FileAppender
log4j.appender.file.File=$dir/server.log
log4j.appender.file.layout=org.apache.log4j.PatternLayout
log4j.appender.file.layout.ConversionPattern=[%d] %p %m (%c)%n
log4j.logger.kafka.server.KafkaServer=INFO
log4j.logger.kafka.server.BrokerServer=INFO
PROPS
  java_opts=(-Xms128m -Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Djava.awt.headless=true
    "-Dlog4j.configuration=file:$dir/log4j.properties" -cp "$home/libs/*")
  if [[ ! -f "$dir/data/meta.properties" ]]; then
    cluster_id=$(java "${java_opts[@]}" kafka.tools.StorageTool random-uuid)
    java "${java_opts[@]}" kafka.tools.StorageTool format -t "$cluster_id" -c "$dir/server.properties" >/dev/null
  fi
  log "starting Kafka on 127.0.0.1:$port"
  : > "$dir/server.log"
  nohup java "${java_opts[@]}" kafka.Kafka "$dir/server.properties" >"$dir/stdout.log" 2>&1 </dev/null &
  echo $! > "$pid_file"
  for _ in $(seq 1 600); do
    listening "$port" && grep -q 'Transition from STARTING to STARTED' "$dir/server.log" 2>/dev/null && break
    running || { log "Kafka exited; see $dir/server.log and $dir/stdout.log"; tail -20 "$dir/stdout.log" >&2; exit 1; }
    sleep 0.1
  done
  listening "$port" || { log "Kafka did not start in 60 s; see $dir/server.log"; exit 1; }
fi
echo "export KAFKA_BROKERS=127.0.0.1:$port"
