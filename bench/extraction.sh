#!/usr/bin/env bash
# Article-extraction benchmark: Vigie, Readability4J and the full page as text side by side, one
# run, on the Article Extraction Benchmark (P/R/F1 with its own metric; pages/s, MB/s and peak heap
# on one thread). Updates the "Article extraction (AEB)" section of docs/BENCHMARKS.md.
# Usage: bench/extraction.sh [SHARED_DIR]
# Readability4J is a dependency of the vigie-bench module only; nothing of it ships.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=../scripts/find-jdk.sh
. "$here/scripts/find-jdk.sh"
vigie_find_jdk || exit 1
shared="${1:-$here/../shared}"
if [ ! -d "$shared/eval/extraction/aeb" ]; then
  echo "Extraction benchmark skipped: $shared/eval/extraction/aeb not found (the shared data sits beside the project)"
  exit 0
fi
cd "$here"
./mvnw -q -Pbench -pl vigie-bench -am -Dmaven.test.skip=true -Dspotless.check.skip=true package \
  dependency:build-classpath -Dmdep.outputFile=target/classpath.txt >&2
exec "$JAVA_HOME/bin/java" -Xms1g -Xmx1g -cp "vigie-bench/target/classes:$(cat vigie-bench/target/classpath.txt)" \
  org.vigie.bench.ExtractionBenchmark "$shared" docs/BENCHMARKS.md bench/extraction.sh
