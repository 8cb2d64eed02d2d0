#!/usr/bin/env bash
# Search benchmark: archives of generated documents (built in target/bench, kept between runs with
# --keep), a realistic query mix with facets and highlights at 1 and 8 clients (p50/p95/p99,
# queries/s), index size, and the packaged server's start time to /health on each archive.
# Prints a summary and adds rows to docs/BENCHMARKS.md.
# Usage: bench/search.sh [--sizes 100000,1000000] [--keep] [--profile] [--shared DIR]
#   --keep     keeps the archives in target/bench (for bench/http.sh and later runs)
#   --profile  records a Flight Recorder profile of the one-client phase and prints its top methods
set -euo pipefail
# the command as docs/BENCHMARKS.md records it (no --shared path: rows stay machine-neutral)
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
  echo "Search benchmark skipped: $shared/corpus/masakhanews-fr not found (the shared data sits beside the project)"
  exit 0
fi
cd "$here"
./mvnw -q -Pbench -pl vigie-app,vigie-bench -am -Dmaven.test.skip=true -Dspotless.check.skip=true package \
  dependency:build-classpath -Dmdep.outputFile=target/classpath.txt >&2
# the server's class-data-sharing archive, written as ./vigie writes it after a build
# shellcheck source=../scripts/cds.sh
. "$here/scripts/cds.sh"
vigie_train_server_cds "$here/vigie-app/target/vigie.jar"
mkdir -p target/bench
echo "load before: $(uptime)"
"$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -Xmx2g -Dvigie.bench.profile="$profile" \
  -cp "vigie-bench/target/classes:$(cat vigie-bench/target/classpath.txt)" \
  org.vigie.bench.SearchBenchmark --shared "$shared" --docs docs/BENCHMARKS.md \
  --sizes 100000,1000000 --command "bench/search.sh${given:+ $given}" "${args[@]}"
echo "load after: $(uptime)"
