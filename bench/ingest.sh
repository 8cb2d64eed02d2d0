#!/usr/bin/env bash
# End-to-end ingest benchmark: generated corpora (bench/corpus.sh) through the whole pipeline into a
# fresh archive on every core, with -Xmx1g and the parallel collector (as ./vigie ingest runs);
# documents/s, MB/s, peak heap, cost per document at each size, then the share of each stage. Prints a summary and adds a row to docs/BENCHMARKS.md.
# Usage: bench/ingest.sh [--sizes 10000,100000] [--profile] [--keep] [--shared DIR] [--no-breakdown]
#   --profile  records a Flight Recorder profile and prints its top methods
#   --keep     keeps the generated corpora in target/bench (deleted otherwise)
set -euo pipefail
# the command as docs/BENCHMARKS.md records it (no --shared path: rows stay machine-neutral)
given="$(printf '%s' "$*" | sed -E 's/--shared +[^ ]+ ?//')"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=../scripts/find-jdk.sh
. "$here/scripts/find-jdk.sh"
vigie_find_jdk || exit 1
shared="$here/../shared"
args=() profile=""
while [ $# -gt 0 ]; do
  case "$1" in
    --shared) shared="$2"; shift 2 ;;
    --profile) profile=1; shift ;;
    *) args+=("$1"); shift ;;
  esac
done
if [ ! -d "$shared/corpus/masakhanews-fr" ]; then
  echo "Ingest benchmark skipped: $shared/corpus/masakhanews-fr not found (the shared data sits beside the project)"
  exit 0
fi
cd "$here"
./mvnw -q -Pbench -pl vigie-bench -am -Dmaven.test.skip=true -Dspotless.check.skip=true package \
  dependency:build-classpath -Dmdep.outputFile=target/classpath.txt >&2
mkdir -p target/bench
cp="vigie-bench/target/classes:$(cat vigie-bench/target/classpath.txt)"
jfr=()
[ -n "$profile" ] && jfr=(-XX:StartFlightRecording=filename=target/bench/ingest.jfr,settings=profile)
echo "load before: $(uptime)"
# the parallel collector, as ./vigie runs ingest and the other batch commands; BENCH_JAVA_OPTS adds
# or overrides JVM options (BENCH_JAVA_OPTS=-XX:+UseG1GC measures with the servers' collector)
gc=-XX:+UseParallelGC
case " ${BENCH_JAVA_OPTS:-} " in *-XX:+Use*GC*) gc="" ;; esac # the JVM refuses two collectors
# shellcheck disable=SC2086
"$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -Xmx1g $gc ${BENCH_JAVA_OPTS:-} -Xlog:gc:file=target/bench/ingest-gc.log "${jfr[@]}" -cp "$cp" \
  org.vigie.bench.IngestBenchmark --shared "$shared" --docs docs/BENCHMARKS.md \
  --gc-log target/bench/ingest-gc.log --command "bench/ingest.sh${given:+ $given}" "${args[@]}"
if [ -n "$profile" ]; then
  "$JAVA_HOME/bin/java" -cp "$cp" org.vigie.bench.Profile target/bench/ingest.jfr 25
fi
echo "load after: $(uptime)"
