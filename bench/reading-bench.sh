#!/usr/bin/env bash
# Reading at national scale (issue 11), in one command, figures in docs/benchmarks.md §9:
#   bench/reading-bench.sh [--db luoshi_reading_bench] [--port 18102] [--reuse] [--keep]
# Builds the national dataset (bench/generate.sh: ~5,000 units, 2,000,000 members) unless --reuse, adds 500,000
# readers and ~8,000,000 reading_progress rows (bench/reading-generate.sql), measures the coverage SQL warm
# (national per province, 浙江 per city), reading-progress writes from 100 concurrent readers (none lost), then
# the coverage API and page over HTTP on the packaged app (told to ignore the Java migration V81, which the SQL-only
# migration of bench/generate.sh leaves out and which no longer applies after V82). Drops the database at the end
# unless --keep.
# Needs the local PostgreSQL server (postgres user, no password) and about 15 minutes; each figure is printed
# with the load average it was taken at.
set -euo pipefail
cd "$(dirname "$0")/.."
DB=luoshi_reading_bench PORT=18102 REUSE=false KEEP=false
while [ $# -gt 0 ]; do
  case "$1" in
    --db) DB=$2; shift 2 ;;
    --port) PORT=$2; shift 2 ;;
    --reuse) REUSE=true; shift ;;
    --keep) KEEP=true; shift ;;
    *) echo "unknown option $1"; exit 2 ;;
  esac
done
URL=jdbc:postgresql://127.0.0.1:5432/$DB
quiet() { grep -v INFO || true; }  # the programs log at INFO; a step that prints nothing else must not stop the run
PSQL="psql -q -h 127.0.0.1 -U postgres -d $DB -v ON_ERROR_STOP=1"
echo "== commit $(git rev-parse --short HEAD), $(date -u +%FT%TZ), load $(cut -d' ' -f1-3 /proc/loadavg)"
if [ "$REUSE" = true ]; then bench/classpath.sh; else
  time bench/generate.sh --url "$URL" --user postgres --members 2000000 2>&1 | quiet; fi
CP="target/classes:$(cat target/classpath.txt)"
echo "== readers, load $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp "$CP" bench/ReadingBench.java migrate "$URL" postgres 2>&1 | quiet
time $PSQL -f bench/reading-generate.sql
echo "== coverage SQL, load $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp "$CP" bench/ReadingBench.java sql "$URL" postgres 300 2>&1 | quiet
echo "== writes, load $(cut -d' ' -f1-3 /proc/loadavg)"
java -Xmx1g -cp "$CP" bench/ReadingBench.java writes "$URL" postgres 100 10 2>&1 | quiet  # warm-up
java -Xmx1g -cp "$CP" bench/ReadingBench.java writes "$URL" postgres 100 30 2>&1 | quiet
$PSQL -c "vacuum analyze reading_progress, material_reader, reading_coverage_count"
MATERIAL=$($PSQL -Atc "select max(id) from study_material where title like '基准测试：%'")
mkdir -p bench/out/app-data
LUOSHI_DB_URL=$URL LUOSHI_DB_USERNAME=postgres LUOSHI_CRYPTO_KEY=$(cat bench/out/crypto.key) \
  LUOSHI_DEMO_ENABLED=false LUOSHI_DATA_DIR=bench/out/app-data PORT=$PORT SPRING_FLYWAY_IGNORE_MIGRATION_PATTERNS="*:ignored" \
  java -Xmx1g -jar target/luoshi-0.1.0-SNAPSHOT.jar > bench/out/reading-app.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for i in $(seq 1 120); do curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null && break; sleep 1; done
echo "== coverage over HTTP, load $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp "$CP" bench/Load.java --db-url "$URL" --province 330000 --username bench.admin --base "http://127.0.0.1:$PORT" \
  --threads 1 --warmup-seconds 15 --seconds 30 --jdbc false \
  --paths "/api/v1/study/coverage/$MATERIAL,/api/v1/study/coverage/$MATERIAL?unitId={id},/study/coverage/$MATERIAL,/study/coverage/$MATERIAL?unitId={id}" \
  2>&1 | quiet
echo "== a member's reading page over HTTP, load $(cut -d' ' -f1-3 /proc/loadavg)"
# a member's login (role 会员) linked to one of the readers, with the bench accounts' password
$PSQL -c "delete from account where username = 'bench.reader'"
$PSQL -c "insert into account (username, display_name, password_hash, unit_id, unit_path, member_id)
          select 'bench.reader', '基准读者', a.password_hash, m.unit_id, m.unit_path, m.id
            from account a, member m join material_reader r on r.member_id = m.id and r.material_id = $MATERIAL
           where a.username = 'bench.admin' and m.status = 'ACTIVE' and r.finished_on is null limit 1"
$PSQL -c "insert into account_role (account_id, role) select id, 'MEMBER' from account where username = 'bench.reader'"
SECTION=$($PSQL -Atc "select id from study_section where material_id = $MATERIAL and ordinal = 7")
java -cp "$CP" bench/Load.java --db-url "$URL" --province 330000 --username bench.reader --base "http://127.0.0.1:$PORT" \
  --threads 1 --warmup-seconds 15 --seconds 30 --jdbc false \
  --paths "/study/reading/sections/$SECTION,/api/v1/study/reading/sections/$SECTION" 2>&1 | quiet
echo "== load $(cut -d' ' -f1-3 /proc/loadavg)"
kill $APP; wait $APP 2>/dev/null || true
if [ "$KEEP" = false ]; then
  psql -q -h 127.0.0.1 -U postgres -d postgres -c "drop database $DB with (force)"
  echo "dropped database $DB"
fi
echo "== done $(date -u +%FT%TZ)"
