#!/usr/bin/env bash
# Fuzzes one parser of untrusted input for real with Jazzer (coverage-guided), for MINUTES minutes.
# Usage: bench/fuzz.sh TARGET MINUTES     (bench/fuzz.sh list: the targets)
#
# The targets are the @FuzzTest methods of vigie-core (docs/FUZZING.md). `./mvnw verify` only
# replays their seed corpora (regression mode); this script runs Jazzer's driver on one of them
# with libFuzzer's -max_total_time (@FuzzTest(maxDuration) is a constant of the annotation),
# -timeout=10 (an input that takes 10 s is a hang), -len_control=0 (the seeds are whole pages and
# exports of a few KiB: mutate them whole from the start) and a 1 GiB heap (an OutOfMemoryError
# is a finding). The corpus it grows is kept in vigie-core/target/fuzz/TARGET/corpus and reused by
# the next run; the committed seeds are read beside it. A finding (crash-*, timeout-*, oom-*, and
# a Crash_*.java reproducer) is written to vigie-core/target/fuzz/TARGET/: minimise it, add it to
# the seeds (src/test/resources/org/vigie/.../<Class>Inputs/<method>/) as a regression input and
# fix the bug. Every run appends "time, target, seconds, executions, findings" to
# vigie-core/target/fuzz/runs.tsv. Exit code 1 when something was found.
# Environment: MAVEN_ARGS (e.g. -o) is passed to Maven; JAZZER_ARGS adds driver or libFuzzer flags;
# VIGIE_FUZZ_NO_BUILD=1 reuses the last build (several targets in a row).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=../scripts/find-jdk.sh
. "$here/scripts/find-jdk.sh"
vigie_find_jdk || exit 1

declare -A targets=(
  [extraction.html]=org.vigie.analysis.extract.ExtractionFuzzTest#html
  [extraction.plainText]=org.vigie.analysis.extract.ExtractionFuzzTest#plainText
  [extraction.charset]=org.vigie.analysis.extract.ExtractionFuzzTest#charset
  [web.feed]=org.vigie.collect.web.WebParsersFuzzTest#feed
  [web.sitemap]=org.vigie.collect.web.WebParsersFuzzTest#sitemap
  [web.gzippedSitemap]=org.vigie.collect.web.WebParsersFuzzTest#gzippedSitemap
  [files.warc]=org.vigie.collect.FileFormatsFuzzTest#warc
  [files.jsonl]=org.vigie.collect.FileFormatsFuzzTest#jsonl
  [files.gzippedJsonl]=org.vigie.collect.FileFormatsFuzzTest#gzippedJsonl
  [claims.feed]=org.vigie.analysis.extract.ClaimReviewFuzzTest#feed
  [claims.jsonLd]=org.vigie.analysis.extract.ClaimReviewFuzzTest#jsonLd
  [exports.telegram]=org.vigie.collect.platform.ExportsFuzzTest#telegram
  [exports.xArchive]=org.vigie.collect.platform.ExportsFuzzTest#xArchive
  [exports.crowdTangle]=org.vigie.collect.platform.ExportsFuzzTest#crowdTangle
  [exports.mappedCsv]=org.vigie.collect.platform.ExportsFuzzTest#mappedCsv
  [exports.mappedJsonl]=org.vigie.collect.platform.ExportsFuzzTest#mappedJsonl
  [query]=org.vigie.search.lucene.QueryFuzzTest#query
  [live.telegram]=org.vigie.collect.live.LivePagesFuzzTest#telegram
  [live.mastodon]=org.vigie.collect.live.LivePagesFuzzTest#mastodon
  [live.bluesky]=org.vigie.collect.live.LivePagesFuzzTest#bluesky
  [live.youtube]=org.vigie.collect.live.LivePagesFuzzTest#youtube
)

if [ "${1:-}" = list ]; then
  printf '%s\n' "${!targets[@]}" | sort
  exit 0
fi
if [ $# -ne 2 ] || [ -z "${targets[$1]:-}" ] || ! [[ "$2" =~ ^[0-9]+$ ]] || [ "$2" -lt 1 ]; then
  echo "usage: bench/fuzz.sh TARGET MINUTES; TARGET is one of: $(printf '%s\n' "${!targets[@]}" | sort | tr '\n' ' ')" >&2
  exit 2
fi
target="$1"
seconds=$(($2 * 60))
class="${targets[$target]%#*}"
method="${targets[$target]#*#}"
seeds="$here/vigie-core/src/test/resources/$(echo "${class%.*}" | tr . /)/${class##*.}Inputs/$method"
out="$here/vigie-core/target/fuzz/$target"
mkdir -p "$out/corpus"

cd "$here"
# MAVEN_ARGS is read by Maven itself (3.9+).
if [ -z "${VIGIE_FUZZ_NO_BUILD:-}" ] || [ ! -f vigie-core/target/fuzz-classpath.txt ]; then
  ./mvnw -q -pl vigie-core -Dspotless.check.skip=true test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/fuzz-classpath.txt >&2
fi
cp="vigie-core/target/test-classes:vigie-core/target/classes:$(cat vigie-core/target/fuzz-classpath.txt)"
log="$out/run-$(date -u +%Y%m%dT%H%M%SZ).log"
before=$(find "$out" -maxdepth 1 \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' \) | wc -l)

echo "fuzzing $target ($class#$method) for $2 min; log: $log" >&2
set +e
# shellcheck disable=SC2086
"$JAVA_HOME/bin/java" -Xmx1g -XX:+EnableDynamicAgentLoading -XX:-OmitStackTraceInFastThrow \
  --enable-native-access=ALL-UNNAMED -cp "$cp" com.code_intelligence.jazzer.Jazzer \
  --target_class="$class" --target_method="$method" \
  --instrumentation_includes='org.vigie.**' --custom_hook_includes='org.vigie.**' \
  --reproducer_path="$out" --keep_going=5 ${JAZZER_ARGS:-} \
  -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -len_control=0 -artifact_prefix="$out/" \
  -print_final_stats=1 "$out/corpus" "$seeds" >"$log" 2>&1
status=$?
set -e

runs=$(grep -aoE '^stat::number_of_executed_units: *[0-9]+' "$log" | grep -oE '[0-9]+$' | tail -1)
[ -n "$runs" ] || runs=$(grep -aoE '^#[0-9]+' "$log" | tail -1 | tr -d '#')
elapsed=$(grep -aoE '^Done [0-9]+ runs in [0-9]+ second' "$log" | grep -oE 'in [0-9]+' | grep -oE '[0-9]+' | tail -1)
after=$(find "$out" -maxdepth 1 \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' \) | wc -l)
found=$((after - before))
printf '%s\t%s\t%s\t%s\t%s\n' "$(date -u +%FT%TZ)" "$target" "${elapsed:-$seconds}" "${runs:-0}" "$found" \
  >>"$here/vigie-core/target/fuzz/runs.tsv"
echo "$target: ${runs:-0} executions in ${elapsed:-?} s, $found finding(s), driver exit $status" >&2
if [ "$found" -gt 0 ] || [ "$status" -ne 0 ]; then
  grep -aE '^== Java Exception|^Caused by|^\s+at org\.vigie|^Crash_|DEDUP_TOKEN|Test unit written' "$log" | head -40 >&2
  exit 1
fi
