#!/usr/bin/env bash
# Fault test (docs/benchmarks.md §"Faults"): 20 clients register and edit members through the API while
#   1. the app's JVM is killed with -9 and started again (embedded database: the next start finds its server
#      still running and stops it first),
#   2. the embedded PostgreSQL server is killed with -9 (the app's watchdog starts it again),
#   3. the local PostgreSQL server is restarted (pg_ctlcluster) under an app that uses it, which is then stopped
#      with SIGTERM under load,
# and then counts, against the database, every acknowledged (201/200) write that is missing, and the time from each
# fault until writes are acknowledged again. Everything on 127.0.0.1; each wait is bounded.
#   bench/fault-test.sh [app port 8096] [seconds of writing between faults 15]
# Needs target/classes and target/classpath.txt (bench/classpath.sh), and for case 3 the local PostgreSQL 15 server
# (pg_ctlcluster --skip-systemctl-redirect 15 main), reachable as postgres without a password.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${1:-8096} WRITE=${2:-15}
BASE=http://127.0.0.1:$PORT
PG_PORT=$((PORT + 7390))
CP="target/classes:$(cat target/classpath.txt)"
WORK=$(mktemp -d /tmp/luoshi-fault.XXXXXX)
APP=
echo "fault test in $WORK; $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"

now() { date +%s%3N; }

start_app() { # env for the app in "$@"
  env "$@" LUOSHI_DEMO_ENABLED=false LUOSHI_ADMIN_PASSWORD=Fault-Test-2026 \
    java -cp "$CP" org.luoshi.LuoshiApplication --server.port="$PORT" >>"$WORK/app.log" 2>&1 &
  APP=$!
}

wait_ready() { # seconds
  local until=$(($(date +%s) + $1))
  while [ "$(date +%s)" -lt "$until" ]; do
    curl -sf -o /dev/null "$BASE/actuator/health/readiness" && return 0
    sleep 0.2
  done
  echo "app not ready after $1 s" >&2
  return 1
}

stop_app() { # SIGTERM; prints how long the app took to stop
  local started
  started=$(now)
  SIGTERM=$started
  kill -TERM "$APP"
  timeout 60 tail --pid="$APP" -f /dev/null || { echo "app still running 60 s after SIGTERM" >&2; kill -9 "$APP"; }
  echo "SIGTERM to exit: $(($(now) - started)) ms"
}

writer() { # db-url log
  read -r TOKEN UNIT < <(java -cp "$CP" bench/FaultWriter.java token --db-url "$1" 2>/dev/null | tail -1)
  rm -f "$WORK/stop"
  java -cp "$CP" bench/FaultWriter.java write --base "$BASE" --token "$TOKEN" --unit "$UNIT" --clients 20 \
    --log "$2" --stop "$WORK/stop" &
  WRITER=$!
}

stop_writer() {
  touch "$WORK/stop"
  timeout 30 tail --pid="$WRITER" -f /dev/null || kill "$WRITER"
}

cleanup() {
  touch "$WORK/stop"
  [ -n "$APP" ] && kill -9 "$APP" 2>/dev/null || true
  [ -f "$WORK/data/postgres/postmaster.pid" ] && kill -9 "$(head -1 "$WORK/data/postgres/postmaster.pid")" 2>/dev/null || true
  [ -n "${FAULT_DB:-}" ] && psql -q -h 127.0.0.1 -U postgres -c "drop database if exists $FAULT_DB with (force)" 2>/dev/null || true
}
trap cleanup EXIT

echo "== embedded database: JVM killed, then its PostgreSQL killed"
EMBEDDED=(LUOSHI_DATA_DIR="$WORK/data" LUOSHI_DB_EMBEDDED_PORT="$PG_PORT")
EMBEDDED_URL=jdbc:postgresql://127.0.0.1:$PG_PORT/postgres
start_app "${EMBEDDED[@]}"
wait_ready 240
writer "$EMBEDDED_URL" "$WORK/embedded.log"
sleep "$WRITE"
JVM_KILLED=$(now)
kill -9 "$APP"
echo "JVM killed; its PostgreSQL (pid $(head -1 "$WORK/data/postgres/postmaster.pid")) left running"
start_app "${EMBEDDED[@]}"
wait_ready 240
echo "app ready again after $(($(now) - JVM_KILLED)) ms"
sleep "$WRITE"
PG_KILLED=$(now)
kill -9 "$(head -1 "$WORK/data/postgres/postmaster.pid")"
sleep 0.5
echo "readiness while the database is away: $(curl -s "$BASE/actuator/health/readiness")"
wait_ready 60
echo "app ready again after $(($(now) - PG_KILLED)) ms"
sleep "$WRITE"
stop_writer
java -cp "$CP" bench/FaultWriter.java check --db-url "$EMBEDDED_URL" --log "$WORK/embedded.log" \
  --faults "JVM killed=$JVM_KILLED..$PG_KILLED,PostgreSQL killed=$PG_KILLED" 2>/dev/null | tee "$WORK/embedded.result"
stop_app

echo "== PostgreSQL server restarted under load, then the app stopped with SIGTERM under load"
FAULT_DB=luoshi_fault_$(date +%s)
psql -q -h 127.0.0.1 -U postgres -c "create database $FAULT_DB"
SERVER_URL=jdbc:postgresql://127.0.0.1:5432/$FAULT_DB
start_app LUOSHI_DATA_DIR="$WORK/server-data" LUOSHI_DB_URL="$SERVER_URL" LUOSHI_DB_USERNAME=postgres
wait_ready 240
writer "$SERVER_URL" "$WORK/server.log"
sleep "$WRITE"
RESTARTED=$(now)
pg_ctlcluster --skip-systemctl-redirect 15 main restart
BACK=$(now)
echo "pg_ctlcluster restart took $((BACK - RESTARTED)) ms"
wait_ready 60
echo "app ready again $(($(now) - BACK)) ms after the server was back"
sleep "$WRITE"
stop_app
stop_writer
java -cp "$CP" bench/FaultWriter.java check --db-url "$SERVER_URL" --log "$WORK/server.log" \
  --faults "PostgreSQL restarted=$RESTARTED..$SIGTERM" --sigterm "$SIGTERM" 2>/dev/null | tee "$WORK/server.result"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
! grep -q "lost: [1-9]" "$WORK/embedded.result" "$WORK/server.result"
