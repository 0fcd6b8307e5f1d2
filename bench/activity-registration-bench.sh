#!/usr/bin/env bash
# 报名 under load (issue 13's target): 1,000 members registering at once for 100 places must give exactly 100
# registered and 900 on the waiting list, in booking order, with p95 < 300 ms.
#   bench/activity-registration-bench.sh [--members 1000] [--capacity 100] [--db luoshi_registration_bench]
#                                        [--port 18103] [--reuse] [--keep]
# Creates its own database (no national dataset is needed: the lock is per activity), starts the packaged app on it
# (which migrates it), adds the members with their logins and the activity (bench/RegistrationBench.java setup), logs every member in
# and fires all the registrations together over HTTP (RegistrationBench run), then checks the rows. --reuse skips
# the build (bench/classpath.sh). Drops the database at the end unless --keep. Needs the local PostgreSQL server
# (postgres user, no password). Each figure is printed with the load average it was taken at.
set -euo pipefail
cd "$(dirname "$0")/.."
DB=luoshi_registration_bench PORT=18103 MEMBERS=1000 CAPACITY=100 REUSE=false KEEP=false
while [ $# -gt 0 ]; do
  case "$1" in
    --members) MEMBERS=$2; shift 2 ;;
    --capacity) CAPACITY=$2; shift 2 ;;
    --db) DB=$2; shift 2 ;;
    --port) PORT=$2; shift 2 ;;
    --reuse) REUSE=true; shift ;;
    --keep) KEEP=true; shift ;;
    *) echo "unknown option $1"; exit 2 ;;
  esac
done
URL=jdbc:postgresql://127.0.0.1:5432/$DB
quiet() { grep -v INFO || true; }
echo "== commit $(git rev-parse --short HEAD), $(date -u +%FT%TZ), load $(cut -d' ' -f1-3 /proc/loadavg)"
if [ "$REUSE" = false ] || [ ! -f target/classpath.txt ]; then bench/classpath.sh; fi
CP="target/classes:$(cat target/classpath.txt)"
psql -q -h 127.0.0.1 -U postgres -d postgres -c "drop database if exists $DB with (force)"
psql -q -h 127.0.0.1 -U postgres -d postgres -c "create database $DB"
mkdir -p bench/out/registration-app-data
[ -f bench/out/crypto.key ] || head -c 32 /dev/urandom | base64 > bench/out/crypto.key
LUOSHI_DB_URL=$URL LUOSHI_DB_USERNAME=postgres LUOSHI_CRYPTO_KEY=$(cat bench/out/crypto.key) \
  LUOSHI_DEMO_ENABLED=false LUOSHI_DATA_DIR=bench/out/registration-app-data PORT=$PORT \
  java -Xmx1g -jar target/luoshi-0.1.0-SNAPSHOT.jar > bench/out/registration-app.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for i in $(seq 1 180); do curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null && break; sleep 1; done
# the app has migrated the database and made its root unit: the members and the activity go under it
read -r ACTIVITY WARMUP < <(java -cp "$CP" bench/RegistrationBench.java setup "$URL" postgres "$MEMBERS" "$CAPACITY" 2>&1 | quiet | tail -1)
echo "== activity $ACTIVITY (warm-up $WARMUP): $MEMBERS members for $CAPACITY places"
echo "== registrations over HTTP, load $(cut -d' ' -f1-3 /proc/loadavg)"
java -Xmx1g -cp "$CP" bench/RegistrationBench.java run "http://127.0.0.1:$PORT" "$URL" postgres "$ACTIVITY" "$WARMUP" 2>&1 | quiet
echo "== load $(cut -d' ' -f1-3 /proc/loadavg)"
kill $APP; wait $APP 2>/dev/null || true
if [ "$KEEP" = false ]; then
  psql -q -h 127.0.0.1 -U postgres -d postgres -c "drop database $DB with (force)"
  echo "dropped database $DB"
fi
echo "== done $(date -u +%FT%TZ)"
