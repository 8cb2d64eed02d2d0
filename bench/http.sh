#!/usr/bin/env bash
# HTTP benchmark: the packaged server on an archive of 100 000 generated documents (built in
# target/bench, or the one bench/search.sh --keep left there), the search page and /api/search
# under wrk on loopback (2 threads, 8 and 32 connections, 20 s each): p50/p99, requests/s, errors.
# Prints a summary and adds a row to docs/BENCHMARKS.md.
# Usage: bench/http.sh [--sizes 100000] [--seconds 20] [--keep] [--shared DIR]
#   --keep  keeps the archive in target/bench (deleted otherwise)
set -euo pipefail
# the command as docs/BENCHMARKS.md records it (no --shared path: rows stay machine-neutral)
given="$(printf '%s' "$*" | sed -E 's/--shared +[^ ]+ ?//')"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=../scripts/find-jdk.sh
. "$here/scripts/find-jdk.sh"
vigie_find_jdk || exit 1
if ! command -v wrk >/dev/null 2>&1; then
  echo "HTTP benchmark skipped: wrk is not installed (Debian/Ubuntu: sudo apt-get install wrk)"
  exit 0
fi
shared="$here/../shared" seconds=20 args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --shared) shared="$2"; shift 2 ;;
    --seconds) seconds="$2"; shift 2 ;;
    *) args+=("$1"); shift ;;
  esac
done
if [ ! -d "$shared/corpus/masakhanews-fr" ]; then
  echo "HTTP benchmark skipped: $shared/corpus/masakhanews-fr not found (the shared data sits beside the project)"
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
"$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -Xmx1g -Dvigie.bench.seconds="$seconds" \
  -cp "vigie-bench/target/classes:$(cat vigie-bench/target/classpath.txt)" \
  org.vigie.bench.HttpBenchmark --shared "$shared" --docs docs/BENCHMARKS.md --sizes 100000 \
  --command "bench/http.sh${given:+ $given}" "${args[@]}"
echo "load after: $(uptime)"
