#!/usr/bin/env bash
# Fetches the Apache Kafka broker jars (org.apache.kafka:kafka_2.13) and their dependencies from Maven Central into the cache.
# Usage: scripts/infra/install-kafka.sh   (prints the directory holding the jars)
set -euo pipefail
source "$(dirname "$0")/common.sh"
[[ "${1:-}" == "--help" ]] && { echo "Copies Kafka $KAFKA_VERSION jars into $CACHE_DIR/kafka-$KAFKA_VERSION/libs"; exit 0; }
out="$CACHE_DIR/kafka-$KAFKA_VERSION"
if [[ -f "$out/libs/.complete" ]]; then echo "$out"; exit 0; fi
command -v mvn >/dev/null || { log "Maven (mvn) is required: apt-get install maven"; exit 1; }
command -v java >/dev/null || { log "Java 17 is required: apt-get install openjdk-17-jre-headless"; exit 1; }
log "fetching Kafka $KAFKA_VERSION jars from Maven Central (first time only)"
work=$(mktemp -d "$CACHE_DIR/kafka-pom.XXXXXX")
trap 'rm -rf "$work"' EXIT
cat > "$work/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>todo-chatbot</groupId><artifactId>kafka-runtime</artifactId><version>1</version><packaging>pom</packaging>
  <dependencies>
    <dependency><groupId>org.apache.kafka</groupId><artifactId>kafka_$KAFKA_SCALA</artifactId><version>$KAFKA_VERSION</version></dependency>
    <dependency><groupId>org.slf4j</groupId><artifactId>slf4j-reload4j</artifactId><version>1.7.36</version></dependency>
  </dependencies>
</project>
POM
rm -rf "$out.tmp" && mkdir -p "$out.tmp/libs"
mvn -q -B -f "$work/pom.xml" dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$out.tmp/libs" >&2
touch "$out.tmp/libs/.complete"
rm -rf "$out" && mv "$out.tmp" "$out"
log "jars in $out/libs"
echo "$out"
