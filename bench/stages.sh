#!/usr/bin/env bash
# Per-stage costs under JMH: each analysis stage and the store, in microseconds per document of the
# generated corpus (bench/corpus.sh's generator, seed 1, first 500 documents). Prints a table and
# adds a row to docs/BENCHMARKS.md. Usage: bench/stages.sh [--shared DIR]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=../scripts/find-jdk.sh
. "$here/scripts/find-jdk.sh"
vigie_find_jdk || exit 1
shared="$here/../shared"
[ "${1:-}" = "--shared" ] && shared="$2"
if [ ! -d "$shared/corpus/masakhanews-fr" ]; then
  echo "Stage benchmark skipped: $shared/corpus/masakhanews-fr not found (the shared data sits beside the project)"
  exit 0
fi
cd "$here"
./mvnw -q -Pbench -pl vigie-bench -am -Dmaven.test.skip=true -Dspotless.check.skip=true package \
  dependency:build-classpath -Dmdep.outputFile=target/classpath.txt >&2
exec "$JAVA_HOME/bin/java" -Xmx1g -cp "vigie-bench/target/classes:$(cat vigie-bench/target/classpath.txt)" \
  org.vigie.bench.StageCostsMain --shared "$shared" --docs docs/BENCHMARKS.md --command "bench/stages.sh"
