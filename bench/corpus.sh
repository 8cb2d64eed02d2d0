#!/usr/bin/env bash
# Generates a deterministic benchmark corpus from the real MasakhaNEWS articles and the seeds in
# ../shared: N documents as gzipped JSON Lines in OUT (50 000 a file).
# Usage: bench/corpus.sh N OUT [--seed S] [--shared DIR]     (mix: docs/BENCHMARKS.md)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=../scripts/find-jdk.sh
. "$here/scripts/find-jdk.sh"
vigie_find_jdk || exit 1
if [ $# -lt 2 ]; then
  echo "usage: bench/corpus.sh N OUT [--seed S] [--shared DIR]" >&2
  exit 2
fi
(cd "$here" && ./mvnw -q -Pbench -pl vigie-bench -am -Dmaven.test.skip=true -Dspotless.check.skip=true \
  package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt >&2)
shared_default=(--shared "$here/../shared")
exec "$JAVA_HOME/bin/java" -Xmx512m \
  -cp "$here/vigie-bench/target/classes:$(cat "$here/vigie-bench/target/classpath.txt")" \
  org.vigie.bench.CorpusGenerator "$1" "$2" "${shared_default[@]}" "${@:3}"
