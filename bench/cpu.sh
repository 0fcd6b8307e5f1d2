#!/usr/bin/env bash
# Runs a command and prints the CPU time (user + system) the app and the PostgreSQL backends of the benchmark
# database spent meanwhile. On a shared machine wall-clock latencies include waiting for a core; CPU time per
# request does not, and bounds what 2 quiet cores can do.
#   bench/cpu.sh <app pid> <database> -- command...
set -euo pipefail
APP=$1 DB=$2
shift 3
ticks() { # utime + stime of the given pids, in clock ticks
  local sum=0 p
  for p in "$@"; do
    [ -r "/proc/$p/stat" ] && sum=$((sum + $(awk '{print $14 + $15}' "/proc/$p/stat")))
  done
  echo "$sum"
}
backends() { ps -o pid= -o args= -u postgres | awk -v db="$DB" '$0 ~ " " db " " {print $1}'; }
HZ=$(getconf CLK_TCK)
B0=$(backends); A0=$(ticks "$APP"); P0=$(ticks $B0)
L0=$(cut -d' ' -f1-3 /proc/loadavg)
"$@"
B1=$(backends); A1=$(ticks "$APP"); P1=$(ticks $(echo "$B0 $B1" | tr ' ' '\n' | sort -u))
echo "load average before: $L0, after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "CPU: app $(( (A1 - A0) * 1000 / HZ )) ms, PostgreSQL backends of $DB $(( (P1 - P0) * 1000 / HZ )) ms"
