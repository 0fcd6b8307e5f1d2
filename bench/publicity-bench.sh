#!/usr/bin/env bash
# Publicity at national scale (issue 12), in one command, figures in docs/benchmarks.md §10:
#   bench/publicity-bench.sh [--db luoshi_publicity_bench] [--port 18112] [--members 200000] [--reuse] [--keep]
#                            [--generate]  (only build the data and keep it)
#                            [--measure]   (only measure, on a database an earlier --keep or --generate run left)
# Builds the tree of bench/generate.sh (~5,200 units; --members only sizes the member registry, which publicity
# does not read) unless --reuse, segments a pool of 600 texts with the app's ChineseText (bench/PublicityBench.java),
# multiplies it in SQL into 500,000 submissions with versions and decisions and 200,000 portal articles
# (bench/publicity-generate.sql), starts the packaged app on it and measures over HTTP with bench/Load.java
# (1 user, warm-up then the measured window): search (public and staff) for 老科协 创新, 二十大 宣讲,
# 典型 乡村振兴 and common single words, a portal article page, a column's first page, the feeds and the national
# ranking over a year. Drops the database at the end unless --keep. Needs the local PostgreSQL server (postgres
# user, no password); every figure is printed with the load average it was taken at.
set -euo pipefail
cd "$(dirname "$0")/.."
DB=luoshi_publicity_bench PORT=18112 MEMBERS=200000 REUSE=false KEEP=false MEASURE=false GENERATE_ONLY=false WARMUP=15 SECONDS_=30
while [ $# -gt 0 ]; do
  case "$1" in
    --db) DB=$2; shift 2 ;;
    --port) PORT=$2; shift 2 ;;
    --members) MEMBERS=$2; shift 2 ;;
    --seconds) SECONDS_=$2; shift 2 ;;
    --reuse) REUSE=true; shift ;;
    --keep) KEEP=true; shift ;;
    --measure) MEASURE=true; KEEP=true; shift ;;
    --generate) GENERATE_ONLY=true; KEEP=true; shift ;;
    *) echo "unknown option $1"; exit 2 ;;
  esac
done
URL=jdbc:postgresql://127.0.0.1:5432/$DB
BASE=http://127.0.0.1:$PORT
quiet() { grep -v INFO || true; }
load() { cut -d' ' -f1-3 /proc/loadavg; }
PSQL="psql -q -h 127.0.0.1 -U postgres -d $DB -v ON_ERROR_STOP=1"
enc() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$1"; }
echo "== commit $(git rev-parse --short HEAD), $(date -u +%FT%TZ), load $(load)"
if [ "$MEASURE" = true ]; then bench/classpath.sh
elif [ "$REUSE" = true ]; then bench/classpath.sh
else
  # a fresh database: the parts' migrations (V104 and after) must apply in order
  psql -q -h 127.0.0.1 -U postgres -d postgres -c "drop database if exists $DB with (force)"
  time bench/generate.sh --url "$URL" --user postgres --members "$MEMBERS" 2>&1 | quiet
fi
CP="target/classes:$(cat target/classpath.txt)"
echo "== migrate, load $(load)"
time java -cp "$CP" bench/PublicityBench.java migrate "$URL" postgres 2>&1 | quiet
if [ "$MEASURE" = false ]; then
  echo "== text pool, load $(load)"
  java -cp "$CP" bench/PublicityBench.java pool "$URL" postgres 600 2>&1 | quiet
  echo "== 500,000 submissions and 200,000 articles (SQL), load $(load)"
  time $PSQL -f bench/publicity-generate.sql
fi
$PSQL -Atc "select 'published articles: ' || count(*) from publicity_article where withdrawn_at is null and publish_at <= now()"
$PSQL -Atc "select 'submissions: ' || count(*) || ', decisions: ' || (select count(*) from publicity_decision) from publicity_submission"

if [ "$GENERATE_ONLY" = true ]; then echo "== generated and kept $DB, $(date -u +%FT%TZ)"; exit 0; fi

mkdir -p bench/out/app-data
LUOSHI_DB_URL=$URL LUOSHI_DB_USERNAME=postgres LUOSHI_CRYPTO_KEY=$(cat bench/out/crypto.key) \
  LUOSHI_DEMO_ENABLED=false LUOSHI_DATA_DIR=bench/out/app-data PORT=$PORT SPRING_FLYWAY_IGNORE_MIGRATION_PATTERNS="*:ignored" \
  java -Xmx1g -jar target/luoshi-0.1.0-SNAPSHOT.jar > bench/out/publicity-app.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for i in $(seq 1 180); do curl -sf "$BASE/actuator/health" >/dev/null && break; sleep 1; done

ROOT=$($PSQL -Atc "select id from unit where parent_id is null")
# a recent national article of 典型案例 (not pinned) and one from a county's adopted submission
ARTICLE=$($PSQL -Atc "select id from publicity_article where withdrawn_at is null and publish_at <= now() and column_code = 'CASES' order by publish_at desc limit 1 offset 50")
ARTICLE2=$($PSQL -Atc "select id from publicity_article where withdrawn_at is null and publish_at <= now() and submission_id is not null order by id limit 1 offset 100000")
FROM=$(date -u -d '1 year ago' +%F) TO=$(date -u +%F)
QUERIES=("老科协 创新" "二十大 宣讲" "典型 乡村振兴" "科普" "茶园" "宣讲团" "乡村振兴")
PUBLIC_SEARCH="" STAFF_SEARCH="" STAFF_API=""
for q in "${QUERIES[@]}"; do
  PUBLIC_SEARCH+="${PUBLIC_SEARCH:+,}/portal/search?q=$(enc "$q")"
  STAFF_SEARCH+="${STAFF_SEARCH:+,}/publicity/search?q=$(enc "$q")"
  STAFF_API+="${STAFF_API:+,}/api/v1/publicity/search?q=$(enc "$q")"
done

run() {  # run <label> <login: true|false> <paths>
  echo "== $1, load $(load)"
  java -cp "$CP" bench/Load.java --db-url "$URL" --province 330000 --username bench.admin --base "$BASE" \
    --login "$2" --threads 1 --warmup-seconds "$WARMUP" --seconds "$SECONDS_" --jdbc false --paths "$3" 2>&1 | quiet
}
run "portal article pages (public)" false "/portal/articles/$ARTICLE,/portal/articles/$ARTICLE2"
run "a column's first page (public)" false "/portal/columns/study,/portal/columns/news,/portal/columns/cases"
run "feeds (public)" false "/portal/rss.xml,/portal/columns/cases/rss.xml,/portal/atom.xml,/portal/feed.json"
run "search, public" false "$PUBLIC_SEARCH"
run "search, staff page (national administrator: every submission)" true "$STAFF_SEARCH"
run "search, staff API" true "$STAFF_API"
# a province's editor searches their own subtree: the unitId filter narrows the staff search to 浙江
PROVINCE=$($PSQL -Atc "select id from unit where code = '330000'")
run "search, staff API within a province (浙江)" true "${STAFF_API//search?q=/search?unitId=$PROVINCE\&q=}"
run "national ranking over a year" true "/api/v1/publicity/ranking?from=$FROM&to=$TO,/api/v1/publicity/ranking?view=children&from=$FROM&to=$TO,/publicity/ranking?from=$FROM&to=$TO"
echo "== load $(load)"
kill $APP; wait $APP 2>/dev/null || true
if [ "$KEEP" = false ]; then
  psql -q -h 127.0.0.1 -U postgres -d postgres -c "drop database $DB with (force)"
  echo "dropped database $DB"
fi
echo "== done $(date -u +%FT%TZ)"
