#!/usr/bin/env bash
# Read-only command benchmark (run by hand; not part of the test suite).
#
# Makes the demo's data folder once, then in one run times, side by side, the wall time of
#   senryaku --version                     (the JVM and the launcher: the floor)
#   senryaku status --year R6              (reads the store)
#   senryaku plan show --year R6           (reads the plan and the store, evaluates)
#   senryaku actuals --year R6             (reads the store)
# each RUNS times (default 5), printing each command's median and its ratio to --version's median, twice:
# through the launcher ./senryaku as users run it (with the jar's class-data-sharing archive and the
# read-only commands' JIT option), and as a bare `java -jar senryaku.jar`. The two runs of a command
# alternate, so both see the same machine.
# Issue 13's goal: each read-only command <= 2 x --version, through the launcher.
#
#   bash bench/commands.sh [RUNS]
#   SENRYAKU_SKIP_BUILD=1 bash bench/commands.sh     # time the jar as it is, without building
#
# Needs: Java 17, Maven. Work files go to bench/work/commands/ (not committed).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-5}"
work="$root/bench/work/commands"
mkdir -p "$work"
export LC_ALL=C.UTF-8

if [ "${SENRYAKU_SKIP_BUILD:-0}" != 1 ]; then
  echo "building (mvn -DskipTests package)..." >&2
  (cd "$root" && mvn -B -q -DskipTests package >&2)
fi
jar="$root/batch-jobs/target/senryaku.jar"
[ -f "$root/batch-jobs/target/senryaku.jsa" ] || echo "note: no class-data-sharing archive beside the jar" >&2

home="$work/demo"
if [ ! -f "$home/SAMPLE-DATA.txt" ]; then
  echo "making the demo data folder..." >&2
  SENRYAKU_CONFIG="$root/config" java -jar "$jar" demo --home "$home" > "$work/demo.log"
fi

median() { # the median of the numbers on standard input
  sort -n | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else printf "%.3f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}

seconds() { # the wall time of one run of the command given, in seconds
  local start end
  start=$(date +%s.%N)
  "$@" > "$work/last.out" 2>&1
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}

time_command() { # label, then the arguments; prints "launcher-median bare-median"
  local label="$1"
  shift
  : > "$work/$label.launcher"
  : > "$work/$label.bare"
  for _ in $(seq "$runs"); do
    SENRYAKU_SKIP_BUILD=1 SENRYAKU_CONFIG="$home/config" seconds "$root/senryaku" "$@" >> "$work/$label.launcher"
    SENRYAKU_CONFIG="$home/config" seconds java -jar "$jar" "$@" >> "$work/$label.bare"
  done
  echo "$(median < "$work/$label.launcher") $(median < "$work/$label.bare")"
}

read -r version bare_version <<< "$(time_command version --version)"
printf '%-40s %12s %12s %12s %12s\n' "command" "./senryaku s" "x --version" "java -jar s" "x --version"
printf '%-40s %12.2f %12.2f %12.2f %12.2f\n' "senryaku --version" "$version" 1 "$bare_version" 1
for spec in "status:status --year R6 --home $home" "plan-show:plan show --year R6 --home $home" \
    "actuals:actuals --year R6 --home $home"; do
  label="${spec%%:*}"
  # shellcheck disable=SC2086 # the arguments are words
  read -r launched bare <<< "$(time_command "$label" ${spec#*:})"
  shown="senryaku ${spec#*:}"
  printf '%-40s %12.2f %12.2f %12.2f %12.2f\n' "${shown//$home/DEMO}" "$launched" "$(echo "$launched / $version" | bc -l)" \
      "$bare" "$(echo "$bare / $bare_version" | bc -l)"
done
echo "(machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?'); $(date -u +%Y-%m-%d); medians of $runs runs)"
