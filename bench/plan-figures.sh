#!/usr/bin/env bash
# Re-measures the figures of issue 3 in one go on a quiet machine (docs/benchmarks.md, "Figures on the final
# commit"): the national dataset (§1), the seed plan at national scale (§6), the roll-up SQL, the three pages over
# HTTP and the submissions under 50 clients (§7a). Builds the jar, needs the local PostgreSQL server, port 18080
# free and about 15 minutes; empties and refills the luoshi_bench database.
set -euo pipefail
cd "$(dirname "$0")/.."
bench/classpath.sh
CP="target/classes:$(cat target/classpath.txt)"
URL=jdbc:postgresql://127.0.0.1:5432/luoshi_bench
echo "== commit $(git rev-parse --short HEAD), load $(cut -d" " -f1-3 /proc/loadavg)"
time bench/generate.sh --url $URL --user postgres --members 2000000
java -cp "$CP" bench/PlanGenerate.java generate $URL postgres 2>&1 | grep -v INFO
psql -q -h 127.0.0.1 -U postgres -d luoshi_bench -c "vacuum analyze"
echo "== measure, load $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp "$CP" bench/PlanGenerate.java measure $URL postgres 2>&1 | grep -v INFO
mkdir -p bench/out/app-data
LUOSHI_DB_URL=$URL LUOSHI_DB_USERNAME=postgres LUOSHI_CRYPTO_KEY=$(cat bench/out/crypto.key) \
  LUOSHI_DEMO_ENABLED=false LUOSHI_DATA_DIR=bench/out/app-data PORT=18080 java -Xmx1g -jar target/luoshi-0.1.0-SNAPSHOT.jar > bench/out/app.log 2>&1 &
APP=$!
for i in $(seq 1 60); do curl -sf http://127.0.0.1:18080/actuator/health >/dev/null && break; sleep 1; done
echo "== pages, load $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp "$CP" bench/Load.java --province 330000 --username bench.admin --base http://127.0.0.1:18080 \
  --threads 1 --warmup-seconds 10 --seconds 30 --jdbc false --paths "/plans/1/rollup,/plans/1/rollup?unitId=1649,/" 2>&1 | grep -v INFO
echo "== submissions"
bench/submit.sh $APP http://127.0.0.1:18080 6
kill $APP
echo "== done $(date)"
