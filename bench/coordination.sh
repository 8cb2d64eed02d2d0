#!/usr/bin/env bash
# Coordinated-behaviour benchmark: the detector side by side with a brute-force CooRTweet on the
# shared share logs (Russian tweets; German election posts by URL, hashtag and image hash) at 60 s,
# then on synthetic logs of 100 000, 1 000 000 and 10 000 000 shares (the last with a viral object
# of 50 000 shares in one hour), with the heap capped at 2 GiB (-Xmx2g). Prints the figures and adds
# a row to docs/BENCHMARKS.md.
# Usage: bench/coordination.sh [--seed 1] [--shared DIR]
set -euo pipefail
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
cp="vigie-bench/target/classes:$(cat vigie-bench/target/classpath.txt)"
echo "load before: $(uptime)"
"$JAVA_HOME/bin/java" -Xmx2g -cp "$cp" org.vigie.bench.CoordinationBenchmark --shared "$shared" \
  --docs docs/BENCHMARKS.md --command "bench/coordination.sh${given:+ $given}" "${args[@]}"
echo "load after: $(uptime)"
