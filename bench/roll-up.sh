#!/usr/bin/env bash
# National roll-up benchmark (run by hand; not part of the test suite).
#
# A prefecture or national roll-up is many municipalities' workbooks of a few hundred rows each. Writes a
# synthetic plan with a share of targets per municipality (years FIRST..LAST), one workbook per municipality
# reporting its own targets for every year (so every file lands), and one workbook holding all the same rows.
# Then in one run imports each into a fresh store under -Xmx256m and prints, side by side, wall time, rows/s,
# peak RSS and the largest heap left after a GC (from the GC log; an upper bound of the live heap, as G1 leaves
# old garbage until a mixed collection), and for the files the pace, seconds per file landed over the second and
# the last tenth of them (flat: a file costs no more when the store already holds many), with issue 13's goals
# beside the ratios: the files <= 1.3 x the one workbook, heap flat under -Xmx256m.
# Defaults: 1,741 municipalities x 500 rows = 870,500 rows, years 2005..2024 (25 targets per municipality).
#
#   bash bench/roll-up.sh [FILES] [ROWS_PER_FILE]     # a quick run: bash bench/roll-up.sh 50 500
#   SENRYAKU_JAR=/tmp/before.jar bash bench/roll-up.sh 200 500   # measures that jar (say, an earlier commit's
#                                                               # build) instead of building this tree's
#
# ROWS_PER_FILE must be a multiple of the 20 years. Needs: Java 17, Maven (offline, ~/.m2 populated), GNU time
# (/usr/bin/time). Work files go to bench/work/roll-up-FILES-ROWS/ (not committed; kept for the next run).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
files="${1:-1741}"
rows_per_file="${2:-500}"
first=2005
last=2024
rows=$(( files * rows_per_file ))
work="$root/bench/work/roll-up-$files-$rows_per_file"
mkdir -p "$work"
export LC_ALL=C.UTF-8
# The store is always a fresh embedded one in the work folder, whatever the caller's environment says.
unset SENRYAKU_JDBC_URL SENRYAKU_JDBC_USER SENRYAKU_JDBC_PASSWORD SENRYAKU_INBOX SENRYAKU_PLANS

if [ -z "${SENRYAKU_JAR:-}" ]; then
  echo "building (mvn -o -pl batch-jobs package -DskipTests)..." >&2
  (cd "$root" && mvn -B -o -q -pl batch-jobs package -DskipTests >&2)
fi
(cd "$root" && mvn -B -o -q -pl batch-jobs dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$work/cp.txt" >&2)
cp="$root/batch-jobs/target/test-classes:$root/batch-jobs/target/classes:$(cat "$work/cp.txt")"
jar="${SENRYAKU_JAR:-$root/batch-jobs/target/senryaku.jar}"

many="$work/municipalities"
one="$work/one/合成課_全国.xlsx"
if [ ! -f "$work/plan.yaml" ] || [ ! -f "$one" ] || [ "$(find "$many" -name '*.xlsx' 2>/dev/null | wc -l)" -ne "$files" ]; then
  echo "writing the synthetic plan, $files workbooks of $rows_per_file rows and one of $rows rows..." >&2
  rm -rf "$many" "$work/one"
  java -cp "$cp" io.github.senryaku.bench.RollUpWorkbooks "$work/plan.yaml" "$many" "$one" "$files" \
    "$rows_per_file" "$first" "$last" > /dev/null
fi

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
stamped() { # each line of standard input, after the time it was read (seconds since the epoch)
  while IFS= read -r line; do printf '%s %s\n' "$EPOCHREALTIME" "$line"; done
}

measure() { # label, then the command; prints "seconds rss_mb"; the command's output, each line stamped with the
            # time it was printed, goes to WORK/label.out
  local out="$work/$1.out" log="$work/$1.time"
  shift
  if ! /usr/bin/time -v "$@" 2> "$log" | stamped > "$out"; then cat "$out" "$log" >&2; return 1; fi
  local wall rss
  wall=$(grep "Elapsed (wall clock)" "$log" | awk '{print $NF}' | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  rss=$(grep "Maximum resident set size" "$log" | awk '{print int($NF/1024)}')
  echo "$wall $rss"
}

import_fresh() { # label, then the files or folder: imports into a fresh store under -Xmx256m; prints
                 # "seconds rss_mb max_heap_after_gc_mb", fails unless every file lands
  local label="$1"
  shift
  local home="$work/home" timing expected landed heap
  rm -rf "$home"
  mkdir -p "$home"
  timing=$(measure "$label" env SENRYAKU_HOME="$home" SENRYAKU_CONFIG="$root/config" SENRYAKU_PLAN="$work/plan.yaml" \
    SENRYAKU_MAX_FILE_SIZE_MB=200 java -Xmx256m -Xlog:gc:file="$work/$label.gc.log" -jar "$jar" import "$@")
  expected=$(find "$@" -name '*.xlsx' | wc -l)
  landed=$(grep -c '^[0-9.]* 取込済 ' "$work/$label.out" || true)
  [ "$landed" -eq "$expected" ] || { echo "only $landed of $expected files landed:" >&2; head -20 "$work/$label.out" >&2; return 1; }
  # "Pause Young (Normal) (G1 Evacuation Pause) 150M->31M(256M)": the heap left after each GC.
  heap=$(grep -o '[0-9]*M->[0-9]*M' "$work/$label.gc.log" | sed 's/.*->//; s/M$//' | sort -n | tail -1)
  rm -rf "$home"
  echo "$timing ${heap:-0}"
}

pace() { # label: seconds per file landed over the second tenth of the files (the JVM warm by then) and the last
  grep '^[0-9.]* 取込済 ' "$work/$1.out" | awk '{ t[NR] = $1 } END {
    k = int(NR / 10); if (k < 2) k = 2
    printf "%.3f %.3f\n", (t[2 * k] - t[k]) / k, (t[NR] - t[NR - k]) / k }'
}

echo "senryaku import of the $files workbooks under -Xmx256m..." >&2
read -r many_s many_rss many_heap < <(import_fresh many "$many")
read -r pace_first pace_last < <(pace many)
echo "senryaku import of the one workbook under -Xmx256m..." >&2
read -r one_s one_rss one_heap < <(import_fresh one "$one")

echo "(measured: $jar)"
awk -v files="$files" -v per="$rows_per_file" -v rows="$rows" -v ms="$many_s" -v mr="$many_rss" -v mh="$many_heap" \
    -v pf="$pace_first" -v pl="$pace_last" -v os="$one_s" -v or="$one_rss" -v oh="$one_heap" 'BEGIN {
  printf "roll-up: %d workbooks x %d rows = %d rows, against the same rows in one workbook\n", files, per, rows
  printf "%-44s %10s %10s %10s %18s\n", "senryaku import (-Xmx256m, fresh store)", "seconds", "rows/s", "peak RSS",
    "max heap after GC"
  printf "%-44s %10.1f %10.0f %7d MB %15d MB\n", sprintf("%d workbooks of %d rows", files, per), ms, rows / ms, mr, mh
  printf "%-44s %10.1f %10.0f %7d MB %15d MB\n", sprintf("one workbook of %d rows", rows), os, rows / os, or, oh
  printf "%-56s %10.3f\n", "  seconds per file landed, over the second tenth of the files", pf
  printf "%-56s %10.3f\n", "  seconds per file landed, over the last tenth of the files", pl
  printf "%-44s %10s %8s\n", "ratio", "measured", "goal"
  printf "%-44s %10.2f %8s\n", "time: the workbooks / the one workbook", ms / os, "<= 1.3"
  printf "%-44s %10.2f %8s\n", "peak RSS: the workbooks / the one workbook", mr / or, "flat"
  printf "%-44s %10.2f %8s\n", "max heap after GC: the workbooks / the one", mh / oh, "flat"
  printf "%-44s %10.2f %8s\n", "per file: the last tenth / the second tenth", pl / pf, "flat"
}'
echo "(machine: $(nproc) cores; load average at the start $load_before, at the end $(cut -d' ' -f1-3 /proc/loadavg); $(date -u +%Y-%m-%d))"
