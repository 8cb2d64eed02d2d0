#!/usr/bin/env bash
# Hostility labelling speed: the shipped HarmClassifier on one thread over the MLMA and FTR posts.
# Usage: bench/harm.sh [SHARED_DIR]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=../scripts/find-jdk.sh
. "$here/scripts/find-jdk.sh"
vigie_find_jdk || exit 1
shared="${1:-$here/../shared}"
if [ ! -d "$shared/eval/hate" ]; then
  echo "Hostility benchmark skipped: $shared/eval/hate not found (the shared data sits beside the project)"
  exit 0
fi
cd "$here"
./mvnw -q -Pbench -pl vigie-bench -am -Dmaven.test.skip=true -Dspotless.check.skip=true package \
  dependency:build-classpath -Dmdep.outputFile=target/classpath.txt >&2
exec "$JAVA_HOME/bin/java" -XX:ActiveProcessorCount=1 -cp "vigie-bench/target/classes:$(cat vigie-bench/target/classpath.txt)" \
  org.vigie.bench.HarmBenchmark "$shared"
