#!/usr/bin/env bash
# The weekly report over generated archives (org.vigie.bench.ReportBenchmark): the whole archive's
# report for its busiest week, computed and written as PDF, HTML and Word (best of three after
# a warm-up), the PDF's size; appends a row per size to docs/BENCHMARKS.md (Reports).
# Usage: bench/report.sh [--sizes 100000,1000000] [--keep] [--shared DIR]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=../scripts/find-jdk.sh
. "$here/scripts/find-jdk.sh"
vigie_find_jdk || exit 1
shared="$here/../shared"
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --shared) shared="$2"; shift 2 ;;
    *) args+=("$1"); shift ;;
  esac
done
if [ ! -d "$shared/corpus/masakhanews-fr" ]; then
  echo "Report benchmark skipped: $shared/corpus/masakhanews-fr not found (the shared data sits beside the project)"
  exit 0
fi
cd "$here"
./mvnw -q -Pbench -pl vigie-bench -am -Dmaven.test.skip=true -Dspotless.check.skip=true package \
  dependency:build-classpath -Dmdep.outputFile=target/classpath.txt >&2
"$JAVA_HOME/bin/java" -Xmx2g -cp "vigie-bench/target/classes:$(cat vigie-bench/target/classpath.txt)" \
  org.vigie.bench.ReportBenchmark --shared "$shared" --docs docs/BENCHMARKS.md "${args[@]}"
