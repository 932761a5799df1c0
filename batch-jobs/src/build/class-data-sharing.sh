#!/usr/bin/env bash
# Makes the class-data-sharing archive (AppCDS) the launcher hands the JVM: the classes the commands load,
# mapped at start instead of read from the jar, verified and linked again. Run by the build at `package`
# (maven-antrun-plugin, after the shade plugin); not meant to be run by hand.
#
#   class-data-sharing.sh JAR ARCHIVE CONFIG FIXTURES WORK
#
# The classes are those the packaged jar loads, run as the launcher runs it, on a throwaway copy of the
# 2026-12-02 release's store (FIXTURES/store-v5-2026-12-02, brought to the current schema by a first run that
# is not recorded): the read-only commands `status`, `plan show` and `actuals` (for R6), and an `import` of three
# files (the LibreOffice .xls and .xlsx fixtures, which land, and one that is not a workbook, sent back with its
# error workbook), which starts Weld and JBeret and runs the import job's steps. Each run writes the list of
# classes it loaded (-XX:DumpLoadedClassList); the lists, repeats dropped in first-seen order (a repeated lambda
# line makes the JDK 17 dump crash), go into one static archive (-Xshare:dump): Java 17's dynamic archive records
# one run only. The archive is valid for this jar at this path and the JVM that made it (`java` on the PATH, as
# the launcher runs it); the JVM skips it otherwise. It is written under another name and moved into place
# whole: a truncated archive would crash the JVM that maps it.
set -euo pipefail
jar="$1" archive="$2" config="$3" fixtures="$4" work="$5"
export LC_ALL=C.UTF-8 SENRYAKU_CONFIG="$config"
# Training runs the defaults, whatever the developer's environment says.
unset SENRYAKU_HOME SENRYAKU_JDBC_URL SENRYAKU_JDBC_USER SENRYAKU_JDBC_PASSWORD SENRYAKU_INBOX SENRYAKU_PLAN SENRYAKU_PLANS \
  SENRYAKU_RULEBOOK SENRYAKU_IMPORT_THREADS SENRYAKU_MAX_FILE_SIZE_MB SENRYAKU_JAVA_OPTS JAVA_TOOL_OPTIONS JDK_JAVA_OPTIONS

rm -rf "$work" "$archive"
mkdir -p "$work/home/db" "$work/files"
cp "$fixtures/store-v5-2026-12-02/senryaku.mv.db" "$work/home/db/"
cp "$fixtures/libreoffice/department-R5-libreoffice.xls" "$fixtures/libreoffice/department-R5-libreoffice.xlsx" \
  "$work/files/"
printf 'not a workbook\n' > "$work/files/観光政策課_R5_壊れた.xlsx"

# Each run is over in seconds; one that hangs is stopped, and fails the build, rather than hanging it.
run() { # log name, then the JVM options and arguments
  local log="$work/$1.log"
  shift
  timeout 300 java "$@" > "$log" 2>&1 || { echo "class-data-sharing: the training run failed; see $log" >&2; cat "$log" >&2; exit 1; }
}
run upgrade -jar "$jar" status --year R6 --home "$work/home"
run status -XX:DumpLoadedClassList="$work/status.classes" -jar "$jar" status --year R6 --home "$work/home"
run plan-show -XX:DumpLoadedClassList="$work/plan-show.classes" -jar "$jar" plan show --year R6 --home "$work/home"
run actuals -XX:DumpLoadedClassList="$work/actuals.classes" -jar "$jar" actuals --year R6 --home "$work/home"
# A file sent back makes `import` exit 1, and only 1 is right here: two files landed and one sent back.
status=0
timeout 300 java -XX:DumpLoadedClassList="$work/import.classes" -jar "$jar" import "$work/files" --home "$work/home" \
  > "$work/import.log" 2>&1 || status=$?
if [ "$status" != 1 ] || [ "$(grep -c '^取込済' "$work/import.log")" != 2 ] || [ "$(grep -c '^差戻し' "$work/import.log")" != 1 ]; then
  echo "class-data-sharing: the training import (exit $status) did not land two files and send one back" >&2
  cat "$work/import.log" >&2
  exit 1
fi

awk '!seen[$0]++' "$work/status.classes" "$work/plan-show.classes" "$work/actuals.classes" "$work/import.classes" \
  > "$work/senryaku.classes"
run dump -Xshare:dump -XX:SharedClassListFile="$work/senryaku.classes" -XX:SharedArchiveFile="$work/senryaku.jsa" \
  -cp "$jar"
# A JVM that cannot map the archive refuses to start with -Xshare:on: the proof that the archive is whole.
run check -Xshare:on -XX:SharedArchiveFile="$work/senryaku.jsa" -jar "$jar" --version
mv "$work/senryaku.jsa" "$archive"
