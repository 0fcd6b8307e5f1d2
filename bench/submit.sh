#!/usr/bin/env bash
# Throughput of progress submissions as docs/benchmarks.md §7 records it, against the app already running on the
# bench database. Each round drops every plan, generates the seed plan at national scale afresh (PlanGenerate), and
# lets bench/Submit.java use up its open items with 50 clients. The first rounds warm the app's JIT (a fresh JVM
# needs some 20,000 submissions before it stops getting faster); the last one is the measured run, with the CPU
# time of the app and of PostgreSQL (bench/cpu.sh).
#   bench/submit.sh <app pid> [base http://127.0.0.1:18080] [warm-up rounds 2]
set -euo pipefail
cd "$(dirname "$0")/.."
APP=$1 BASE=${2:-http://127.0.0.1:18080} WARM=${3:-2}
URL=jdbc:postgresql://127.0.0.1:5432/luoshi_bench
CP="target/classes:$(cat target/classpath.txt)"
round() {
  java -cp "$CP" bench/PlanGenerate.java drop "$URL" postgres 2>&1 | grep -v INFO
  java -cp "$CP" bench/PlanGenerate.java generate "$URL" postgres 2>&1 | grep -v INFO
  psql -q -h 127.0.0.1 -U postgres -d luoshi_bench -c checkpoint
}
for i in $(seq 1 "$WARM"); do
  round
  echo "warm-up round $i: $(java -cp "$CP" bench/Submit.java --base "$BASE" --clients 50 --warmup 0 2>&1 | grep '^timed')"
done
round
echo "load average before the measured round: $(cut -d' ' -f1-3 /proc/loadavg)"
bench/cpu.sh "$APP" luoshi_bench -- java -cp "$CP" bench/Submit.java --base "$BASE" --clients 50 --warmup 0
