#!/usr/bin/env bash
# Influence benchmark: the influence job (PageRank, HITS, k-core, communities, explanations) over a
# generated heavy-tailed graph of 1 000 000 relations between 100 000 accounts with -Xmx1g, then
# JGraphT's PageRank on the same graph as the baseline. Prints a summary and adds a row to
# docs/BENCHMARKS.md.
# Usage: bench/influence.sh [--seed 1]
set -euo pipefail
given="$*"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=../scripts/find-jdk.sh
. "$here/scripts/find-jdk.sh"
vigie_find_jdk || exit 1
cd "$here"
./mvnw -q -Pbench -pl vigie-bench -am -Dmaven.test.skip=true -Dspotless.check.skip=true package \
  dependency:build-classpath -Dmdep.outputFile=target/classpath.txt >&2
cp="vigie-bench/target/classes:$(cat vigie-bench/target/classpath.txt)"
echo "load before: $(uptime)"
"$JAVA_HOME/bin/java" -Xmx1g -cp "$cp" org.vigie.bench.InfluenceBenchmark --docs docs/BENCHMARKS.md \
  --command "bench/influence.sh${given:+ $given}" "$@"
echo "load after: $(uptime)"
