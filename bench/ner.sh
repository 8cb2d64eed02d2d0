#!/usr/bin/env bash
# Named-entity benchmark: Vigie and Stanford CoreNLP's French pipeline side by side, one run
# (F1 on the held-out Europeana split, tokens/s on MasakhaNEWS fr). Usage: bench/ner.sh [SHARED_DIR]
# CoreNLP (GPL-3) is a dependency of the vigie-bench module only; nothing of it ships.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=../scripts/find-jdk.sh
. "$here/scripts/find-jdk.sh"
vigie_find_jdk || exit 1
shared="${1:-$here/../shared}"
if [ ! -d "$shared" ]; then
  echo "NER benchmark skipped: $shared not found (the shared data sits beside the project)"
  exit 0
fi
cd "$here"
./mvnw -q -Pbench -pl vigie-bench -am -Dmaven.test.skip=true -Dspotless.check.skip=true package \
  dependency:build-classpath -Dmdep.outputFile=target/classpath.txt >&2
exec "$JAVA_HOME/bin/java" -Xmx4g -cp "vigie-bench/target/classes:$(cat vigie-bench/target/classpath.txt)" \
  org.vigie.bench.NerBenchmark "$shared"
