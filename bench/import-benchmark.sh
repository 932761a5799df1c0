#!/usr/bin/env bash
# Department import benchmark (run by hand; not part of the test suite).
#
# Builds a synthetic plan (TARGETS numerical targets over the years FIRST..LAST), writes one department
# workbook with a row per target and year, then in one run measures, side by side:
#   - the whole `senryaku import` (parse, validate, store in H2) under -Xmx256m, and
#   - a plain XSSFWorkbook load of the same file, summing the 実績値 column (POI's object model), and
#   - the store's floor: the same number of already-validated rows written into a fresh store exactly as
#     the import's writer does (no workbook, no validation, no batch runtime),
# printing rows/s and peak RSS of each and the ratios. Defaults: 50,000 targets x 20 years = 1,000,000 rows.
#
#   bash bench/import-benchmark.sh [TARGETS] [FIRST_YEAR] [LAST_YEAR]
#
# Needs: Java 17, Maven, GNU time (/usr/bin/time). Work files go to bench/work/ (not committed).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
targets="${1:-50000}"
first="${2:-2005}"
last="${3:-2024}"
rows=$(( targets * (last - first + 1) ))
work="$root/bench/work/$targets-$first-$last"
mkdir -p "$work"
export LC_ALL=C.UTF-8

echo "building (mvn -DskipTests install)..." >&2
(cd "$root" && mvn -B -q -DskipTests install >&2)
(cd "$root/batch-jobs" && mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$work/cp.txt" >&2)
cp="$root/batch-jobs/target/test-classes:$root/batch-jobs/target/classes:$(cat "$work/cp.txt")"

workbook="$work/合成課_benchmark.xlsx"
if [ ! -f "$work/plan.yaml" ] || [ ! -f "$workbook" ]; then
  echo "writing the synthetic plan and a $rows-row workbook..." >&2
  java -cp "$cp" io.github.senryaku.bench.SyntheticData "$work/plan.yaml" "$workbook" "$targets" "$first" "$last"
fi
size_mb=$(du -m "$workbook" | cut -f1)

measure() { # label, then the command; prints "seconds rss_mb"
  local log="$work/$1.time"
  shift
  /usr/bin/time -v "$@" > "$work/out.txt" 2> "$log" || { cat "$work/out.txt" "$log" >&2; return 1; }
  local wall rss
  wall=$(grep "Elapsed (wall clock)" "$log" | awk '{print $NF}' | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  rss=$(grep "Maximum resident set size" "$log" | awk '{print int($NF/1024)}')
  echo "$wall $rss"
}

home="$work/home"
rm -rf "$home" "$work/floor-home"
mkdir -p "$home/inbox"
cp "$workbook" "$home/inbox/"
echo "senryaku import under -Xmx256m..." >&2
read -r import_s import_rss < <(measure import env SENRYAKU_HOME="$home" SENRYAKU_PLAN="$work/plan.yaml" SENRYAKU_MAX_FILE_SIZE_MB=200 \
  SENRYAKU_CONFIG="$root/config" java -Xmx256m -jar "$root/batch-jobs/target/senryaku.jar" import)
grep -q "取込済" "$work/out.txt" || { echo "the import did not land:" >&2; cat "$work/out.txt" >&2; exit 1; }

echo "XSSFWorkbook load (no heap limit: it needs several GB)..." >&2
read -r xssf_s xssf_rss < <(measure xssf java -Xmx16g -cp "$cp" io.github.senryaku.bench.XssfWorkbookLoad "$workbook")

echo "store floor (rows written as the import writes them, -Xmx256m)..." >&2
read -r floor_s floor_rss < <(measure floor java -Xmx256m -cp "$cp" io.github.senryaku.batch.imports.StoreFloor \
  "$work/floor-home" "$rows" $(( last - first + 1 )))
rm -rf "$work/floor-home"

awk -v fs="$floor_s" -v fr="$floor_rss" -v rows="$rows" -v mb="$size_mb" -v is="$import_s" -v ir="$import_rss" -v xs="$xssf_s" -v xr="$xssf_rss" 'BEGIN {
  printf "workbook: %d rows, %d MB\n", rows, mb
  printf "%-44s %10s %12s %10s\n", "", "seconds", "rows/s", "peak RSS"
  printf "%-44s %10.1f %12.0f %7d MB\n", "senryaku import (-Xmx256m, parse+validate+store)", is, rows/is, ir
  printf "%-44s %10.1f %12.0f %7d MB\n", "XSSFWorkbook load + sum (-Xmx16g)", xs, rows/xs, xr
  printf "%-44s %10.1f %12.0f %7d MB\n", "store floor (write only, -Xmx256m)", fs, rows/fs, fr
  printf "throughput ratio import/XSSFWorkbook: %.2f (goal: at least 5)\n", xs/is
  printf "best ratio any import storing these rows could reach (XSSFWorkbook/store floor): %.2f\n", xs/fs
}'
