#!/usr/bin/env bash
# Read-only command benchmark (run by hand; not part of the test suite).
#
# Makes the demo's data folder once, then in one run times, side by side, the wall time of
#   senryaku --version                     (the JVM and the launcher: the floor)
#   senryaku status --year R6              (reads the store)
#   senryaku plan show --year R6           (reads the plan and the store, evaluates)
#   senryaku actuals --year R6             (reads the store)
# each RUNS times (default 5), printing each command's median and its ratio to --version's median.
# Issue 13's goal: each read-only command <= 2 x --version.
#
#   bash bench/commands.sh [RUNS]
#
# Needs: Java 17, Maven. Work files go to bench/work/commands/ (not committed).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-5}"
work="$root/bench/work/commands"
mkdir -p "$work"
export LC_ALL=C.UTF-8

echo "building (mvn -DskipTests install)..." >&2
(cd "$root" && mvn -B -q -DskipTests install >&2)
jar="$root/batch-jobs/target/senryaku.jar"

home="$work/demo"
if [ ! -f "$home/SAMPLE-DATA.txt" ]; then
  echo "making the demo data folder..." >&2
  SENRYAKU_CONFIG="$root/config" java -jar "$jar" demo --home "$home" > "$work/demo.log"
fi

median() { # the median of the numbers on standard input
  sort -n | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else printf "%.3f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}

time_command() { # label, then the arguments; prints the median wall time in seconds
  local label="$1"
  shift
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s.%N)
    SENRYAKU_CONFIG="$home/config" java -jar "$jar" "$@" > "$work/$label.out" 2>&1
    end=$(date +%s.%N)
    echo "$end - $start" | bc
  done | median
}

version=$(time_command version --version)
printf '%-46s %8s %11s\n' "command" "median s" "x --version"
printf '%-46s %8.2f %11.2f\n' "senryaku --version" "$version" 1
for spec in "status:status --year R6 --home $home" "plan-show:plan show --year R6 --home $home" \
    "actuals:actuals --year R6 --home $home"; do
  label="${spec%%:*}"
  # shellcheck disable=SC2086 # the arguments are words
  seconds=$(time_command "$label" ${spec#*:})
  printf '%-46s %8.2f %11.2f\n' "senryaku ${spec#*:}" "$seconds" "$(echo "$seconds / $version" | bc -l)" | sed "s|$home|DEMO|"
done
echo "(machine: $(nproc) cores; $(date -u +%Y-%m-%d); medians of $runs runs)"
