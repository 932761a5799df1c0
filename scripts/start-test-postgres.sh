#!/usr/bin/env bash
# Installs (if missing) and starts Debian's PostgreSQL, and makes the role and database the PostgreSQL
# store tests use. Prints the environment to export; .ci/run evaluates it:
#   eval "$(bash scripts/start-test-postgres.sh)"
# Needs root or sudo. Idempotent: safe to run again.
set -euo pipefail
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
if ! command -v pg_ctlcluster >/dev/null; then
  echo "installing postgresql..." >&2
  $sudo apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends postgresql >/dev/null
fi
version=$(ls /etc/postgresql | sort -V | tail -1)
if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" { found = 1 } END { exit !found }'; then
  $sudo pg_createcluster "$version" main >&2
fi
$sudo pg_ctlcluster "$version" main start >&2 2>/dev/null || true
as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then su postgres -c "$1"; else sudo -u postgres bash -c "$1"; fi
}
for _ in $(seq 1 30); do
  as_postgres "psql -qtAc 'SELECT 1'" >/dev/null 2>&1 && break
  sleep 1
done
as_postgres "psql -qtAc \"SELECT 1 FROM pg_roles WHERE rolname = 'senryaku'\"" | grep -q 1 \
  || as_postgres "psql -qc \"CREATE ROLE senryaku LOGIN PASSWORD 'senryaku'\"" >&2
as_postgres "psql -qtAc \"SELECT 1 FROM pg_database WHERE datname = 'senryaku_test'\"" | grep -q 1 \
  || as_postgres "psql -qc \"CREATE DATABASE senryaku_test OWNER senryaku\"" >&2
port=$(pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" { print $3 }')
echo "export SENRYAKU_TEST_POSTGRES_URL=jdbc:postgresql://localhost:$port/senryaku_test"
echo "export SENRYAKU_TEST_POSTGRES_USER=senryaku"
echo "export SENRYAKU_TEST_POSTGRES_PASSWORD=senryaku"
