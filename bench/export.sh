#!/usr/bin/env bash
# Export benchmark: an archive of N small generated posts (1 000 000 by default; built in
# target/bench, reused with --keep), the packaged server with -Xmx512m and a GC log, one streamed
# GET /api/export?format=csv of everything: time to first byte, rows/s, heap peak from the GC log.
# Adds a row to docs/BENCHMARKS.md.
# Usage: bench/export.sh [--docs 1000000] [--keep]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=../scripts/find-jdk.sh
. "$here/scripts/find-jdk.sh"
vigie_find_jdk || exit 1
cd "$here"
./mvnw -q -Pbench -pl vigie-app,vigie-bench -am -Dmaven.test.skip=true -Dspotless.check.skip=true package \
  dependency:build-classpath -Dmdep.outputFile=target/classpath.txt >&2
# the server's class-data-sharing archive, written as ./vigie writes it after a build
# shellcheck source=../scripts/cds.sh
. "$here/scripts/cds.sh"
vigie_train_server_cds "$here/vigie-app/target/vigie.jar"
mkdir -p target/bench
echo "load before: $(uptime)"
"$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -Xmx1g \
  -cp "vigie-bench/target/classes:$(cat vigie-bench/target/classpath.txt)" \
  org.vigie.bench.ExportBenchmark --benchmarks docs/BENCHMARKS.md \
  --command "bench/export.sh${*:+ $*}" "$@"
echo "load after: $(uptime)"
