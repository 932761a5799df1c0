#!/usr/bin/env bash
# Department import benchmark (run by hand; not part of the test suite).
#
# Builds a synthetic plan (TARGETS numerical targets over the years FIRST..LAST), writes one department
# workbook with a row per target and year, then in one run measures, side by side:
#   - the whole `senryaku import` (parse, validate, store) under -Xmx256m, and
#   - a plain XSSFWorkbook load of the same file, summing the 実績値 column (POI's object model), and
#   - the store's floor: the same number of already-validated rows written into a fresh store exactly as
#     the import's writer does (no workbook, no validation, no batch runtime), and
#   - a plain JDBC batch insert of the same rows (one PreparedStatement, addBatch, executeBatch and commit
#     per 1,000 rows) into a fresh store: once into the store's own `actual` table (its keys and indexes),
#     once into a bare table of the same columns (no key, index or constraint),
# printing wall seconds, the process's CPU seconds, rows/s and peak RSS of each, and the ratios against
# issue 13's goals. Defaults: 50,000 targets x 20 years = 1,000,000 rows.
#
#   bash bench/import-benchmark.sh [TARGETS] [FIRST_YEAR] [LAST_YEAR]
#
# The store is the embedded H2 file by default. To measure PostgreSQL instead, name it as senryaku's
# settings do; every line then writes into a fresh schema of that database (made and dropped here):
#
#   SENRYAKU_JDBC_URL=jdbc:postgresql://localhost:5432/senryaku_test SENRYAKU_JDBC_USER=senryaku \
#     SENRYAKU_JDBC_PASSWORD=... bash bench/import-benchmark.sh
#
# BENCH_SKIP_BUILD=1 uses what is already built (batch-jobs/target and bench/work/*/cp.txt).
# Needs: Java 17, Maven, GNU time (/usr/bin/time), ~10 GB of free memory for the XSSFWorkbook line.
# Work files go to bench/work/ (not committed).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
targets="${1:-50000}"
first="${2:-2005}"
last="${3:-2024}"
years=$(( last - first + 1 ))
rows=$(( targets * years ))
work="$root/bench/work/$targets-$first-$last"
mkdir -p "$work"
export LC_ALL=C.UTF-8
postgres="${SENRYAKU_JDBC_URL:-}"
store=$([ -n "$postgres" ] && echo PostgreSQL || echo H2)

if [ "${BENCH_SKIP_BUILD:-0}" != 1 ] || [ ! -f "$work/cp.txt" ]; then
  # package, not install: the reactor hands model/ and reports/ to batch-jobs without touching ~/.m2.
  echo "building (mvn -DskipTests package)..." >&2
  (cd "$root" && mvn -B -q -DskipTests -pl batch-jobs -am package dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile="$work/cp.txt" >&2)
fi
cp="$root/batch-jobs/target/test-classes:$root/batch-jobs/target/classes:$(cat "$work/cp.txt")"

workbook="$work/合成課_benchmark.xlsx"
if [ ! -f "$work/plan.yaml" ] || [ ! -f "$workbook" ]; then
  echo "writing the synthetic plan and a $rows-row workbook..." >&2
  java -cp "$cp" io.github.senryaku.bench.SyntheticData "$work/plan.yaml" "$workbook" "$targets" "$first" "$last"
fi
size_mb=$(du -m "$workbook" | cut -f1)

measure() { # label, then the command; prints "wall_seconds cpu_seconds rss_mb"
  local log="$work/$1.time"
  shift
  /usr/bin/time -v "$@" > "$work/out.txt" 2> "$log" || { cat "$work/out.txt" "$log" >&2; return 1; }
  local wall cpu rss
  wall=$(grep "Elapsed (wall clock)" "$log" | awk '{print $NF}' | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  cpu=$(awk -F': ' '/User time \(seconds\)|System time \(seconds\)/ { s += $2 } END { print s }' "$log")
  rss=$(grep "Maximum resident set size" "$log" | awk '{print int($NF/1024)}')
  echo "$wall $cpu $rss"
}

# A fresh store for one line: a new data folder and, on PostgreSQL, a new schema; $on_store is the env
# prefix that points a command at it.
fresh_store() {
  rm -rf "$work/$1-home"
  mkdir -p "$work/$1-home"
  on_store=(env -u SENRYAKU_JDBC_URL)
  if [ -n "$postgres" ]; then
    on_store=(env SENRYAKU_JDBC_URL="$(SENRYAKU_JDBC_URL="$postgres" java -cp "$cp" \
      io.github.senryaku.bench.BenchSchema create "bench_$1")")
  fi
}
drop_store() {
  rm -rf "$work/$1-home"
  if [ -n "$postgres" ]; then
    SENRYAKU_JDBC_URL="$postgres" java -cp "$cp" io.github.senryaku.bench.BenchSchema drop "bench_$1"
  fi
}

fresh_store import
home="$work/import-home"
mkdir -p "$home/inbox"
cp "$workbook" "$home/inbox/"
echo "senryaku import under -Xmx256m ($store)..." >&2
read -r import_s import_cpu import_rss < <(measure import "${on_store[@]}" SENRYAKU_HOME="$home" \
  SENRYAKU_PLAN="$work/plan.yaml" SENRYAKU_MAX_FILE_SIZE_MB=200 SENRYAKU_CONFIG="$root/config" \
  java -Xmx256m -jar "$root/batch-jobs/target/senryaku.jar" import)
: "${import_s:?the import failed}"
grep -q "取込済" "$work/out.txt" || { echo "the import did not land:" >&2; cat "$work/out.txt" >&2; exit 1; }
drop_store import

echo "XSSFWorkbook load (no heap limit: it needs several GB)..." >&2
read -r xssf_s xssf_cpu xssf_rss < <(measure xssf java -Xmx16g -cp "$cp" io.github.senryaku.bench.XssfWorkbookLoad "$workbook")
: "${xssf_s:?the XSSFWorkbook load failed}"

echo "store floor (rows written as the import writes them, -Xmx256m, $store)..." >&2
fresh_store floor
read -r floor_s floor_cpu floor_rss < <(measure floor "${on_store[@]}" java -Xmx256m -cp "$cp" \
  io.github.senryaku.batch.importing.StoreFloor "$work/floor-home" "$rows" "$years")
: "${floor_s:?the store floor failed}"
drop_store floor

echo "plain JDBC batch insert into the store's actual table (-Xmx256m, $store)..." >&2
fresh_store keyed
read -r keyed_s keyed_cpu keyed_rss < <(measure keyed "${on_store[@]}" java -Xmx256m -cp "$cp" \
  io.github.senryaku.bench.PlainJdbcInsert "$work/keyed-home" "$rows" "$years" keyed)
: "${keyed_s:?the plain JDBC insert (actual table) failed}"
drop_store keyed

echo "plain JDBC batch insert into a bare table of the same columns (-Xmx256m, $store)..." >&2
fresh_store bare
read -r bare_s bare_cpu bare_rss < <(measure bare "${on_store[@]}" java -Xmx256m -cp "$cp" \
  io.github.senryaku.bench.PlainJdbcInsert "$work/bare-home" "$rows" "$years" bare)
: "${bare_s:?the plain JDBC insert (bare table) failed}"
drop_store bare

goal=$([ -n "$postgres" ] && echo 5 || echo 3)
awk -v store="$store" -v goal="$goal" -v rows="$rows" -v mb="$size_mb" \
  -v is="$import_s" -v ic="$import_cpu" -v ir="$import_rss" -v xs="$xssf_s" -v xc="$xssf_cpu" -v xr="$xssf_rss" \
  -v fs="$floor_s" -v fc="$floor_cpu" -v fr="$floor_rss" -v ks="$keyed_s" -v kc="$keyed_cpu" -v kr="$keyed_rss" \
  -v bs="$bare_s" -v bc="$bare_cpu" -v br="$bare_rss" 'BEGIN {
  printf "workbook: %d rows, %d MB; store: %s\n", rows, mb, store
  printf "%-52s %8s %8s %10s %10s\n", "", "seconds", "CPU s", "rows/s", "peak RSS"
  line("senryaku import (-Xmx256m, parse+validate+store)", is, ic, ir)
  line("XSSFWorkbook load + sum (-Xmx16g)", xs, xc, xr)
  line("store floor (write only, -Xmx256m)", fs, fc, fr)
  line("plain JDBC batch insert, the store'"'"'s actual table", ks, kc, kr)
  line("plain JDBC batch insert, bare table", bs, bc, br)
  printf "(CPU s: this process only; on PostgreSQL the server works besides)\n"
  printf "import throughput / XSSFWorkbook load:   %5.2f  (goal on %s: at least %d)\n", xs/is, store, goal
  printf "import / store floor:                    %5.2f  (goal: at most 1.3)\n", is/fs
  printf "store floor / plain JDBC, actual table:  %5.2f  (goal: at most 1.2)\n", fs/ks
  printf "store floor / plain JDBC, bare table:    %5.2f  (what the table'"'"'s keys and indexes cost besides)\n", fs/bs
  printf "best ratio any import storing these rows could reach (XSSFWorkbook/store floor): %.2f\n", xs/fs
}
function line(label, s, c, r) { printf "%-52s %8.1f %8.1f %10.0f %7d MB\n", label, s, c, rows/s, r }'
