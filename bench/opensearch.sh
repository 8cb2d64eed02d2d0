#!/usr/bin/env bash
# The OpenSearch backend beside the embedded index: the same generated documents (20 000 by default:
# the machine is shared) added and committed, then the same query mix, on the embedded index, a
# one-node and a two-node local cluster (OpenSearch's integ-test distribution, unpacked by the
# build, nodes started as in the integration tests). Documents/s and query p50/p99, one row per
# backend added to docs/BENCHMARKS.md.
# Usage: bench/opensearch.sh [--sizes 20000] [--backends embedded,one,two] [--profile] [--shared DIR]
#   --backends  the deployments to measure (all three by default)
#   --profile   records a Flight Recorder profile of each measured query phase and prints its top methods
set -euo pipefail
given="$(printf '%s' "$*" | sed -E 's/--shared +[^ ]+ ?//')"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=../scripts/find-jdk.sh
. "$here/scripts/find-jdk.sh"
vigie_find_jdk || exit 1
shared="$here/../shared"
args=() profile=false
while [ $# -gt 0 ]; do
  case "$1" in
    --shared) shared="$2"; shift 2 ;;
    --profile) profile=true; shift ;;
    *) args+=("$1"); shift ;;
  esac
done
if [ ! -d "$shared/corpus/masakhanews-fr" ]; then
  echo "OpenSearch benchmark skipped: $shared/corpus/masakhanews-fr not found (the shared data sits beside the project)"
  exit 0
fi
case " ${args[*]:-} " in
  *" --sizes "*) ;;
  *) args+=(--sizes 20000) ;;
esac
cd "$here"
./mvnw -q -Pbench -pl vigie-bench -am -DskipTests -Dspotless.check.skip=true package \
  dependency:build-classpath -Dmdep.outputFile=target/classpath.txt >&2
./mvnw -q -pl vigie-opensearch dependency:unpack@unpack-opensearch >&2
mkdir -p target/bench
cp="vigie-bench/target/classes:$(cat vigie-bench/target/classpath.txt)"
echo "load before: $(uptime)"
"$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -Xmx1g -Dvigie.bench.profile="$profile" \
  -Dopensearch.home="$here/vigie-opensearch/target/opensearch-dist/opensearch-3.8.0" -cp "$cp" \
  org.vigie.bench.OpenSearchBenchmark --shared "$shared" --work target/bench --docs docs/BENCHMARKS.md \
  --command "bench/opensearch.sh${given:+ $given}" "${args[@]}"
echo "load after: $(uptime)"
