#!/usr/bin/env bash
# Report rendering benchmark (run by hand; not part of the test suite).
#
# Renders a synthetic plan of TARGETS numerical targets and MEASURES measures (five years of actuals) as
# PDF and as .xlsx, each in its own JVM under -Xmx512m, printing seconds, pages/s and peak RSS.
# Defaults: 2,000 targets and 10,000 measures.
#
#   bash bench/report-benchmark.sh [TARGETS] [MEASURES]
#
# Needs: Java 17, Maven, GNU time (/usr/bin/time). Output goes to bench/work/report/ (not committed).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
targets="${1:-2000}"
measures="${2:-10000}"
work="$root/bench/work/report"
mkdir -p "$work"
export LC_ALL=C.UTF-8

echo "building (mvn -DskipTests install)..." >&2
(cd "$root" && mvn -B -q -DskipTests install >&2)
(cd "$root/reports" && mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$work/cp.txt" >&2)
cp="$root/reports/target/test-classes:$root/reports/target/classes:$(cat "$work/cp.txt")"

for format in pdf xlsx; do
  echo "rendering $format under -Xmx512m..." >&2
  /usr/bin/time -v java -Xmx512m -Djava.awt.headless=true -Dsenryaku.root="$root" -cp "$cp" \
    io.github.senryaku.reports.bench.RenderBenchmark "$format" "$work/report.$format" "$targets" "$measures" \
    > "$work/$format.out" 2> "$work/$format.time"
  rss=$(grep "Maximum resident set size" "$work/$format.time" | awk '{print int($NF/1024)}')
  echo "$(cat "$work/$format.out") peak_rss_mb=$rss"
done
