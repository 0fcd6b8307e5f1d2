#!/usr/bin/env bash
# 计入落实 at national scale in one command (docs/benchmarks.md, "Counted work in the roll-up"): loads
# bench/counted-work.sql into a fresh database, then times the roll-up's countedByChildUnit.sql, warm, nationally
# (every item × 31 provinces) and for one province, N runs each (default 50), and drops the database.
#   bench/counted-work.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-50}
DB=luoshi_count_bench
PSQL="psql -q -X -h 127.0.0.1 -U postgres"
SQL=src/main/resources/org/luoshi/plan/internal/rollup/countedByChildUnit.sql
echo "== commit $(git rev-parse --short HEAD), $(date -u +%FT%TZ), load $(cut -d' ' -f1-3 /proc/loadavg)"
$PSQL -d postgres -c "drop database if exists $DB with (force)" -c "create database $DB"
trap '$PSQL -d postgres -c "drop database if exists $DB with (force)"' EXIT
$PSQL -d $DB -v ON_ERROR_STOP=1 -f bench/counted-work.sql
query() {  # the app's query, its named parameters given as the app binds them
  sed -e "s|:kindUnits|'{\"study.group\":\"个\",\"study.session\":\"次\",\"study.reading\":\"%\"}'|" \
      -e "s|:planId|1|" -e "s|:asOf|current_date|" -e "s|:prefix|'$1'|g" $SQL | grep -v '^--'
}
measure() {  # label, prefix: 5 warm-up runs, then N runs in one session, server round trip per query (\timing)
  local q; q=$(query "$2")
  { for i in $(seq 1 5); do echo "$q;"; done; echo '\timing on'
    for i in $(seq 1 "$RUNS"); do echo "$q;"; done; } | $PSQL -d $DB | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' \
    | sort -n | awk -v label="$1" '{ a[NR] = $1 } END {
      printf "%s: p50 %.1f ms, p95 %.1f ms (%d runs)\n", label, a[int(NR*0.5)], a[int(NR*0.95)], NR }'
}
measure "national, every item x 31 provinces" "/1/"
measure "one province (/1/115/)" "/1/115/"
echo "== load $(cut -d' ' -f1-3 /proc/loadavg)"
