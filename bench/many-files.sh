#!/usr/bin/env bash
# Many-small-files benchmark (run by hand; not part of the test suite).
#
# A night's load is many small department workbooks, not one big one. Writes N workbooks of the demo's shape
# (Kanazawa's plan, every goal's department and year; round after round of resubmissions, each file distinct so
# all of them land), then in one run measures, side by side, each command through ./senryaku as a user runs it
# (so with the jar's class-data-sharing archive and the launcher's JVM options):
#   - senryaku --version                         (the JVM and the launcher; median of 3)
#   - senryaku import DIR of 1 file, fresh store  (median of 3) = T(1); a fresh store also pays the migrations
#   - senryaku import DIR of 1 file into a store that already holds the N files (median of 3, each on a copy
#     of that store): a night's import after the first, the file a later round superseding rows
#   - senryaku import DIR of N files, fresh store = T(N); marginal cost per file (T(N) - T(1)) / (N - 1)
#   - the floor: in one JVM, open and read every row of every sheet of the same files with the import's own
#     streaming reader (POI's XSSFReader); its marginal cost per file the same way
# and prints issue 13's goals beside the ratios: one file <= 3 x --version (for both stores); N files <= 2 x one
# file; the import's marginal cost <= 3 x the floor's.
#
#   bash bench/many-files.sh [N]        # default 100
#
# Needs: Java 17, Maven (offline, ~/.m2 populated), GNU time (/usr/bin/time). Work files go to
# bench/work/many-files/ (not committed).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
count="${1:-100}"
[ "$count" -ge 2 ] || { echo "N must be at least 2" >&2; exit 2; }
work="$root/bench/work/many-files"
mkdir -p "$work"
export LC_ALL=C.UTF-8
# The store is always a fresh embedded one in the work folder, whatever the caller's environment says.
unset SENRYAKU_JDBC_URL SENRYAKU_JDBC_USER SENRYAKU_JDBC_PASSWORD SENRYAKU_INBOX SENRYAKU_PLAN SENRYAKU_PLANS

echo "building (mvn -o -pl batch-jobs package -DskipTests)..." >&2
(cd "$root" && mvn -B -o -q -pl batch-jobs package -DskipTests >&2)
(cd "$root" && mvn -B -o -q -pl batch-jobs dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$work/cp.txt" >&2)
cp="$root/batch-jobs/target/test-classes:$root/batch-jobs/target/classes:$(cat "$work/cp.txt")"
jar="$root/batch-jobs/target/senryaku.jar"
archive="$root/batch-jobs/target/senryaku.jsa"
launcher=(env SENRYAKU_SKIP_BUILD=1 SENRYAKU_CONFIG="$root/config" "$root/senryaku")  # ./senryaku, never building

echo "writing $count + 1 workbooks of the demo's shape, and 1..." >&2
rm -rf "$work/files-$count" "$work/files-1" "$work/files-next"
java -cp "$cp" io.github.senryaku.bench.ManyDepartmentWorkbooks "$root/config/plans/kanazawa-2nd.yaml" \
  "$work/files-$count" "$((count + 1))" > /dev/null
# The one the N files leave out (the last by name, so imported after them it is also the last in a night's order)
# goes to a store that already holds them.
mkdir -p "$work/files-next"
mv "$(find "$work/files-$count" -name '*.xlsx' | sort | tail -1)" "$work/files-next/"
java -cp "$cp" io.github.senryaku.bench.ManyDepartmentWorkbooks "$root/config/plans/kanazawa-2nd.yaml" \
  "$work/files-1" 1 > /dev/null

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
measure() { # label, then the command; prints "seconds rss_mb cpu_seconds"
  local log="$work/$1.time"
  shift
  /usr/bin/time -v "$@" > "$work/out.txt" 2> "$log" || { cat "$work/out.txt" "$log" >&2; return 1; }
  local wall rss cpu
  wall=$(grep "Elapsed (wall clock)" "$log" | awk '{print $NF}' | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  rss=$(grep "Maximum resident set size" "$log" | awk '{print int($NF/1024)}')
  cpu=$(grep -E "(User|System) time \(seconds\)" "$log" | awk '{ s += $NF } END { print s }')
  echo "$wall $rss $cpu"
}

import_into() { # files [store]: imports the folder into a copy of the store (a data folder), or into a fresh
                # one; prints "seconds rss_mb cpu_seconds", fails unless all land; the data folder is left in WORK/home
  local files="$1" store="${2:-}" home="$work/home"
  rm -rf "$home"
  if [ -n "$store" ]; then cp -r "$store" "$home"; else mkdir -p "$home"; fi
  measure "import-$(basename "$files")${store:+-held}" env SENRYAKU_HOME="$home" "${launcher[@]}" import "$files"
  local landed expected
  landed=$(grep -c '^取込済 ' "$work/out.txt" || true)
  expected=$(find "$files" -name '*.xlsx' | wc -l)
  [ "$landed" -eq "$expected" ] || { echo "only $landed of $expected files landed:" >&2; cat "$work/out.txt" >&2; return 1; }
}

median3() { # the command, run 3 times; prints the line of the run with the median seconds
  for _ in 1 2 3; do "$@"; done | sort -n | sed -n 2p
}

if [ -f "$archive" ] && [ "$archive" -nt "$jar" ]; then cds="with the jar's CDS archive"; else cds="WITHOUT a CDS archive"; fi
echo "senryaku --version, 3 times..." >&2
read -r version_s version_rss version_cpu < <(median3 measure version "${launcher[@]}" --version)
echo "senryaku import of 1 file, 3 times on a fresh store..." >&2
read -r one_s one_rss one_cpu < <(median3 import_into "$work/files-1")
echo "senryaku import of $count files on a fresh store..." >&2
read -r many_s many_rss many_cpu < <(import_into "$work/files-$count")
rm -rf "$work/held"
mv "$work/home" "$work/held"
echo "senryaku import of 1 more file, 3 times, each into a copy of the store holding the $count..." >&2
read -r held_s held_rss held_cpu < <(median3 import_into "$work/files-next" "$work/held")
rm -rf "$work/home" "$work/held"
echo "the floor: reading the $count files with the streaming reader in one JVM..." >&2
floor=$(java -cp "$cp" io.github.senryaku.bench.StreamingReadFloor "$work/files-$count")
floor_rows=$(echo "$floor" | sed 's/.*rows=\([0-9]*\).*/\1/')
floor_one=$(echo "$floor" | sed 's/.*first_s=\([0-9.]*\).*/\1/')
floor_all=$(echo "$floor" | sed 's/.*all_s=\([0-9.]*\).*/\1/')

awk -v n="$count" -v rows="$floor_rows" -v vs="$version_s" -v vr="$version_rss" -v os="$one_s" -v or="$one_rss" \
    -v ms="$many_s" -v mr="$many_rss" -v hs="$held_s" -v hr="$held_rss" -v f1="$floor_one" -v fn="$floor_all" \
    -v vc="$version_cpu" -v oc="$one_cpu" -v mc="$many_cpu" -v hc="$held_cpu" -v cds="$cds" 'BEGIN {
  marginal = (ms - os) / (n - 1)
  floor_marginal = (fn - f1) / (n - 1)
  printf "%d workbooks of the demo'\''s shape (kanazawa-2nd), %d rows in all (both sheets, headers included)\n", n, rows
  printf "%-58s %10s %10s %12s\n", "through ./senryaku, " cds, "seconds", "peak RSS", "CPU seconds"
  printf "%-58s %10.2f %7d MB %12.2f\n", "senryaku --version (median of 3)", vs, vr, vc
  printf "%-58s %10.2f %7d MB %12.2f\n", "senryaku import, 1 file, fresh store (median of 3): T(1)", os, or, oc
  printf "%-58s %10.2f %7d MB %12.2f\n", sprintf("senryaku import, 1 file, store holding the %d (median of 3)", n), hs, hr,
    hc
  printf "%-58s %10.2f %7d MB %12.2f\n", sprintf("senryaku import, %d files, fresh store: T(%d)", n, n), ms, mr, mc
  printf "%-58s %10.3f\n", sprintf("  marginal cost per file, (T(%d) - T(1)) / %d", n, n - 1), marginal
  printf "%-58s %10.3f\n", "floor: streaming read of the first file, in one JVM", f1
  printf "%-58s %10.3f\n", sprintf("floor: streaming read of all %d files, same JVM", n), fn
  printf "%-58s %10.4f\n", "  floor'\''s marginal cost per file", floor_marginal
  printf "%-44s %10s %8s\n", "ratio", "measured", "goal"
  printf "%-44s %10.2f %8s\n", "one file, fresh store / --version", os / vs, "<= 3"
  printf "%-44s %10.2f %8s\n", "one file, store holding data / --version", hs / vs, "<= 3"
  printf "%-44s %10.2f %8s\n", sprintf("%d files / one file", n), ms / os, "<= 2"
  printf "%-44s %10.2f %8s\n", "import'\''s marginal cost / floor'\''s", marginal / floor_marginal, "<= 3"
}'
echo "(machine: $(nproc) cores; load average at the start $load_before, at the end $(cut -d' ' -f1-3 /proc/loadavg); $(date -u +%Y-%m-%d))"
