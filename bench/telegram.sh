#!/usr/bin/env bash
# Telegram export benchmark: generates a Telegram Desktop channel export (result.json) of --mb
# megabytes (2048 by default) from the MasakhaNEWS articles (else the seeds), then ingests it through
# the whole pipeline into a fresh archive with the heap capped at 512 MB (-Xmx512m): messages/s,
# MB/s, peak heap (heap pools and GC log) and whether it finished. Prints a summary and adds a row to
# docs/BENCHMARKS.md.
# Usage: bench/telegram.sh [--mb 2048] [--keep] [--shared DIR]
#   --keep  keeps the generated export in target/bench (deleted otherwise)
set -euo pipefail
# the command as docs/BENCHMARKS.md records it (no --shared path: rows stay machine-neutral)
given="$(printf '%s' "$*" | sed -E 's/--shared +[^ ]+ ?//')"
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
cd "$here"
./mvnw -q -Pbench -pl vigie-bench -am -Dmaven.test.skip=true -Dspotless.check.skip=true package \
  dependency:build-classpath -Dmdep.outputFile=target/classpath.txt >&2
mkdir -p target/bench
rm -f target/bench/telegram-gc.log
cp="vigie-bench/target/classes:$(cat vigie-bench/target/classpath.txt)"
echo "load before: $(uptime)"
"$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -Xmx512m -Xlog:gc:file=target/bench/telegram-gc.log -cp "$cp" \
  org.vigie.bench.TelegramBenchmark --shared "$shared" --docs docs/BENCHMARKS.md \
  --gc-log target/bench/telegram-gc.log --command "bench/telegram.sh${given:+ $given}" "${args[@]}"
echo "load after: $(uptime)"
