#!/usr/bin/env bash
# Builds the national-scale dataset (about 5,000 units, 2,000,000 members) into PostgreSQL with COPY.
#   bench/generate.sh [--url jdbc:postgresql://127.0.0.1:5432/luoshi_bench] [--user postgres] [--password ...]
#                     [--members 2000000] [--threads N] [--seed 42] [--account-password Bench-Password-2026]
# The database is created when missing and migrated with the app's Flyway migrations; its organisation, member
# and account tables are EMPTIED first. Phone and ID numbers are encrypted with LUOSHI_CRYPTO_KEY (kept in
# bench/out/crypto.key when not given): start the app with the same key to read them.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p bench/out
if [ -z "${LUOSHI_CRYPTO_KEY:-}" ]; then
  [ -s bench/out/crypto.key ] || head -c 32 /dev/urandom | base64 > bench/out/crypto.key
  LUOSHI_CRYPTO_KEY="$(cat bench/out/crypto.key)"
  export LUOSHI_CRYPTO_KEY
fi
bench/classpath.sh
exec java -Xmx3g -cp "target/classes:$(cat target/classpath.txt)" bench/Generate.java "$@"
