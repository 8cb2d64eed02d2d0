#!/usr/bin/env bash
# Alerts at ingest (org.vigie.bench.AlertsBenchmark): the MasakhaNEWS articles and the seeds written
# into fresh archives with no rule and with 10 000 immediate rules, side by side; then ingest →
# webhook latency at 100 documents/s with the server's alert worker. Adds a row to docs/BENCHMARKS.md.
# Usage: bench/alerts.sh [SHARED_DIR]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=../scripts/find-jdk.sh
. "$here/scripts/find-jdk.sh"
vigie_find_jdk || exit 1
shared="${1:-$here/../shared}"
if [ ! -d "$shared/corpus/masakhanews-fr" ]; then
  echo "Alerts benchmark skipped: $shared/corpus/masakhanews-fr not found (the shared data sits beside the project)"
  exit 0
fi
cd "$here"
./mvnw -q -Pbench -pl vigie-bench -am -Dmaven.test.skip=true -Dspotless.check.skip=true package \
  dependency:build-classpath -Dmdep.outputFile=target/classpath.txt >&2
echo "load before: $(uptime)"
"$JAVA_HOME/bin/java" -Xmx2g -cp "vigie-bench/target/classes:$(cat vigie-bench/target/classpath.txt)" \
  org.vigie.bench.AlertsBenchmark "$shared" docs/BENCHMARKS.md "bench/alerts.sh${1:+ $1}"
echo "load after: $(uptime)"
