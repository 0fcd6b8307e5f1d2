#!/usr/bin/env bash
# Cold start with the embedded PostgreSQL, as a newcomer runs it: the packaged jar, first on an empty data
# directory (initdb, Flyway migrations, demo data) and then restarted on the same directory. Each time is from
# the JVM's launch to the first 200 answer of /actuator/health/readiness.
#   bench/coldstart.sh [rounds]        (default 3 rounds of first start + restart; JAVA_OPTS are passed on)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${PORT:-18090}"
JAR=target/luoshi-0.1.0-SNAPSHOT.jar
ROUNDS="${1:-3}"
[ -f "$JAR" ] || ./mvnw -q -B -DskipTests package
mkdir -p bench/out
# another app answering on the port would be timed instead of ours
if curl -s -o /dev/null "http://127.0.0.1:$PORT/"; then echo "port $PORT is in use: set PORT" >&2; exit 1; fi
unset LUOSHI_DB_URL LUOSHI_DB_USERNAME LUOSHI_DB_PASSWORD LUOSHI_CRYPTO_KEY

# start <label> <data dir>: prints "<label> <milliseconds>"
start() {
  local label=$1 data=$2 log="bench/out/coldstart-$1.log"
  local t0 t1 pid
  t0=$(date +%s%N)
  LUOSHI_DATA_DIR="$data" LUOSHI_ADMIN_PASSWORD="Coldstart-Password-1" PORT="$PORT" \
    java ${JAVA_OPTS:-} -jar "$JAR" >"$log" 2>&1 &
  pid=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$PORT/actuator/health/readiness"; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "the app stopped; see $log" >&2; exit 1; fi
    sleep 0.05
  done
  t1=$(date +%s%N)
  echo "$label $(( (t1 - t0) / 1000000 )) ms  ($(grep -o 'Started LuoshiApplication in [0-9.]* seconds' "$log"); \
$(grep -o 'Embedded PostgreSQL ready in [0-9]* ms' "$log"); $(grep -o 'Demo data loaded in [0-9]* ms' "$log" || echo 'no demo load'))"
  kill "$pid"
  wait "$pid" || true
}

for round in $(seq 1 "$ROUNDS"); do
  data=$(mktemp -d /tmp/luoshi-coldstart.XXXXXX)
  start "first-start-$round" "$data"
  start "restart-$round" "$data"
  rm -rf "$data"
done
