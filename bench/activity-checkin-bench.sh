#!/usr/bin/env bash
# 签到 at a 大讲堂 (issue 13): "2,000 check-ins within 5 minutes from 200 clients: p95 < 200 ms, every person counted
# exactly once", in one command:
#   bench/activity-checkin-bench.sh [--db luoshi_checkin_bench] [--port 18114] [--members 200000] [--clients 200]
#                                   [--checkins 2000] [--seconds 300] [--reuse] [--keep]
# Builds the tree of bench/generate.sh (~5,200 units, --members members) unless --reuse, starts the packaged app on it
# and runs bench/CheckinBench.java: an activity of 浙江 (330000) about to start, a member code for each of --checkins
# members, then --clients logged-in staff sessions scan them over --seconds (10 % scanned twice, which must answer
# 已签到 and count nothing). Prints p50/p95/p99 and whether the database counted every person exactly once (the
# script fails if not). --seconds 0 sends as fast as the clients can. Drops the database at the end unless --keep.
# Needs the local PostgreSQL server (postgres user, no password); each figure is printed with the load average.
set -euo pipefail
cd "$(dirname "$0")/.."
DB=luoshi_checkin_bench PORT=18114 MEMBERS=200000 CLIENTS=200 CHECKINS=2000 SECONDS_=300 REUSE=false KEEP=false
while [ $# -gt 0 ]; do
  case "$1" in
    --db) DB=$2; shift 2 ;;
    --port) PORT=$2; shift 2 ;;
    --members) MEMBERS=$2; shift 2 ;;
    --clients) CLIENTS=$2; shift 2 ;;
    --checkins) CHECKINS=$2; shift 2 ;;
    --seconds) SECONDS_=$2; shift 2 ;;
    --reuse) REUSE=true; shift ;;
    --keep) KEEP=true; shift ;;
    *) echo "unknown option $1"; exit 2 ;;
  esac
done
URL=jdbc:postgresql://127.0.0.1:5432/$DB
BASE=http://127.0.0.1:$PORT
load() { cut -d' ' -f1-3 /proc/loadavg; }
echo "== commit $(git rev-parse --short HEAD), $(date -u +%FT%TZ), load $(load)"
if [ "$REUSE" = true ]; then bench/classpath.sh; else
  psql -q -h 127.0.0.1 -U postgres -d postgres -c "drop database if exists $DB with (force)"
  time bench/generate.sh --url "$URL" --user postgres --members "$MEMBERS" 2>&1 | grep -v INFO || true; fi
CP="target/classes:$(cat target/classpath.txt)"

mkdir -p bench/out/checkin-app-data
LUOSHI_DB_URL=$URL LUOSHI_DB_USERNAME=postgres LUOSHI_CRYPTO_KEY=$(cat bench/out/crypto.key) \
  LUOSHI_DEMO_ENABLED=false LUOSHI_DATA_DIR=bench/out/checkin-app-data PORT=$PORT \
  SPRING_FLYWAY_IGNORE_MIGRATION_PATTERNS="*:ignored" \
  java -Xmx1g -jar target/luoshi-0.1.0-SNAPSHOT.jar > bench/out/checkin-app.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for i in $(seq 1 180); do
  curl -sf "$BASE/actuator/health" >/dev/null && break
  kill -0 $APP 2>/dev/null || { echo "the app stopped; see bench/out/checkin-app.log" >&2; exit 1; }
  sleep 1
done

echo "== $CHECKINS check-ins from $CLIENTS clients over $SECONDS_ s, load $(load)"
java -cp "$CP" bench/CheckinBench.java --db-url "$URL" --province 330000 --base "$BASE" --clients "$CLIENTS" \
  --checkins "$CHECKINS" --seconds "$SECONDS_" 2>&1 | grep -v INFO
echo "== load $(load)"
kill $APP; wait $APP 2>/dev/null || true
if [ "$KEEP" = false ]; then psql -q -h 127.0.0.1 -U postgres -d postgres -c "drop database if exists $DB with (force)"; fi
