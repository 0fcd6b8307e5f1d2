#!/usr/bin/env bash
# Times the import of a 100,000-row members xlsx (valid rows only) through POST /api/v1/members/import, with the
# app limited to a 512 MB heap and running on the benchmark database built by bench/generate.sh.
#   bench/import.sh [rows] [province]     (defaults: 100000 330000; the importer is bench.p<province>)
# Settings: PORT (18091), BENCH_DB_URL, IMPORT_FIELD (multipart field name, default "file"), LUOSHI_CRYPTO_KEY
# (default bench/out/crypto.key, the generator's key).
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS="${1:-100000}"
PROVINCE="${2:-330000}"
PORT="${PORT:-18091}"
BASE="http://127.0.0.1:$PORT"
DB_URL="${BENCH_DB_URL:-jdbc:postgresql://127.0.0.1:5432/luoshi_bench}"
FIELD="${IMPORT_FIELD:-file}"
PASSWORD="${BENCH_PASSWORD:-Bench-Password-2026}"
FILE="bench/out/import-$ROWS.xlsx"
JAR=target/luoshi-0.1.0-SNAPSHOT.jar
export LUOSHI_CRYPTO_KEY="${LUOSHI_CRYPTO_KEY:-$(cat bench/out/crypto.key)}"

[ -f "$JAR" ] && [ -s target/classpath.txt ] || bench/classpath.sh
CP="target/classes:$(cat target/classpath.txt)"
[ -f "$FILE" ] || java -cp "$CP" bench/MakeImport.java --rows "$ROWS" --province "$PROVINCE" --out "$FILE" \
  --db-url "$DB_URL"

LUOSHI_DB_URL="$DB_URL" LUOSHI_DB_USERNAME="${BENCH_DB_USER:-postgres}" LUOSHI_DB_PASSWORD="${BENCH_DB_PASSWORD:-}" \
  LUOSHI_DEMO_ENABLED=false LUOSHI_DATA_DIR=bench/out/import-data PORT="$PORT" \
  java -Xmx512m -XX:+ExitOnOutOfMemoryError -jar "$JAR" >bench/out/import-app.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
until curl -fs -o /dev/null "$BASE/actuator/health/readiness"; do
  kill -0 "$APP" 2>/dev/null || { echo "the app stopped; see bench/out/import-app.log" >&2; exit 1; }
  sleep 0.2
done

JAR_COOKIES=$(mktemp)
csrf() { grep -o 'name="_csrf"[^>]*value="[^"]*"\|name="_csrf" content="[^"]*"' | head -1 | sed 's/.*\(value\|content\)="\([^"]*\)"/\2/'; }
TOKEN=$(curl -fs -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE/login" | csrf)
curl -fs -o /dev/null -c "$JAR_COOKIES" -b "$JAR_COOKIES" --data-urlencode "username=bench.p$PROVINCE" \
  --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$TOKEN" "$BASE/login"
TOKEN=$(curl -fs -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE/" | csrf)

count() { psql "${DB_URL#jdbc:}" -U "${BENCH_DB_USER:-postgres}" -Atc "select count(*) from member"; }
BEFORE=$(count)
echo "importing $FILE ($ROWS rows) as bench.p$PROVINCE with -Xmx512m"
curl -s -o bench/out/import-response.bin -D bench/out/import-headers.txt -b "$JAR_COOKIES" \
  -H "X-CSRF-TOKEN: $TOKEN" -F "$FIELD=@$FILE;type=application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" \
  -w 'HTTP %{http_code} in %{time_total} s\n' "$BASE/api/v1/members/import"
AFTER=$(count)
echo "members before $BEFORE, after $AFTER: $((AFTER - BEFORE)) imported"
grep -q OutOfMemoryError bench/out/import-app.log && echo "OUT OF MEMORY at -Xmx512m" || true
