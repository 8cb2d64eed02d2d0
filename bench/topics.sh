#!/usr/bin/env bash
# Topic taxonomy benchmark: 5 000 stored queries (Lucene Monitor) matched against the MasakhaNEWS
# French articles and the seeds; prints the cost added per document at ingest (target < 1 ms) and
# appends a row to docs/BENCHMARKS.md. Usage: bench/topics.sh [SHARED_DIR]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=../scripts/find-jdk.sh
. "$here/scripts/find-jdk.sh"
vigie_find_jdk || exit 1
shared="${1:-$here/../shared}"
if [ ! -d "$shared" ]; then
  echo "Topics benchmark skipped: $shared not found (the shared data sits beside the project)"
  exit 0
fi
cd "$here"
./mvnw -q -Pbench -pl vigie-bench -am -Dmaven.test.skip=true -Dspotless.check.skip=true package \
  dependency:build-classpath -Dmdep.outputFile=target/classpath.txt >&2
echo "load before: $(uptime)"
"$JAVA_HOME/bin/java" -Xmx2g -cp "vigie-bench/target/classes:$(cat vigie-bench/target/classpath.txt)" \
  org.vigie.bench.TopicsBenchmark "$shared" docs/BENCHMARKS.md "bench/topics.sh${1:+ $1}"
echo "load after: $(uptime)"
