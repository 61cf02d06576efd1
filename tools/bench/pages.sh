#!/usr/bin/env bash
# Benchmark of the main pages on the packaged application (issue 6 §6): builds the jar if it is missing or older
# than the sources, starts it on 127.0.0.1:PORT with a fresh embedded H2 database (default) or PostgreSQL, warms it
# up, then runs `wrk -t2 -c50 -d15s` on /, one cluster page and /units and prints requests/s, p50, p99, errors and the
# application's CPU time per request (which depends far less than requests/s on what else runs on the machine).
#
#   tools/bench/pages.sh [--port 8091] [--db h2|pg] [--duration 15s] [--warmup 10s] [--connections 50] [--threads 2]
#                        [--cluster CUM-02] [--year 2025] [--no-build]
#
# --db pg uses THIDUA_DB_URL (default jdbc:postgresql://127.0.0.1:5432/bench; the database must exist, Flyway
# migrates it), THIDUA_DB_USER, THIDUA_DB_PASSWORD. Extra pages: BENCH_PAGES="/api/v1/units /units?date=2024-01-01".
# Installs wrk with apt-get when run as root and it is missing. Loopback only. The app is stopped at the end.
set -euo pipefail
cd "$(dirname "$0")/../.."
. bin/java-env

port=8091 db=h2 duration=15s warmup=10s connections=50 threads=2 cluster=CUM-02 year=2025 build=yes
while (($#)); do
  case "$1" in
    --port) port=$2; shift 2 ;;
    --db) db=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    --threads) threads=$2; shift 2 ;;
    --cluster) cluster=$2; shift 2 ;;
    --year) year=$2; shift 2 ;;
    --no-build) build=no; shift ;;
    *) echo "unknown option $1 (see the head of $0)" >&2; exit 2 ;;
  esac
done

. tools/bench/lib.sh

work=$(mktemp -d)
args=(--server.port="$port" --server.address=127.0.0.1 --logging.level.root=WARN)
if [ "$db" = pg ]; then
  export THIDUA_DB_URL=${THIDUA_DB_URL:-jdbc:postgresql://127.0.0.1:5432/bench}
  args+=(--spring.profiles.active=pg)
else
  args+=("--spring.datasource.url=jdbc:h2:file:$work/thidua;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=FALSE")
fi
base="http://127.0.0.1:$port"
start=$(date +%s%N)
THIDUA_ADMIN_PASSWORD=bench-admin-password java -jar "$jar" "${args[@]}" >"$work/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null; rm -rf "$work"' EXIT
until [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/" || true)" = 200 ]; do
  kill -0 $app 2>/dev/null || { echo "the application stopped:" >&2; tail -30 "$work/app.log" >&2; exit 1; }
  sleep 0.2
done
echo "first 200 on / after $(( ($(date +%s%N) - start) / 1000000 )) ms ($jar, $db)"

# the cluster page: /clusters/{id} of $cluster in $year, found through the public API
cluster_id=$(curl -s "$base/api/v1/clusters?year=$year" | tr '{' '\n' | grep "\"code\":\"$cluster\"" | head -1 \
  | sed -n 's/.*"id":\([0-9]*\).*/\1/p' || true)
if [ -z "$cluster_id" ]; then
  cluster_id=$(curl -s "$base/api/v1/clusters?year=$year" | grep -o "\"id\":[0-9]*,\"code\":\"$cluster\"" | head -1 | grep -o '[0-9]*' | head -1 || true)
fi
[ -n "$cluster_id" ] || { echo "cluster $cluster of $year not found through /api/v1/clusters?year=$year" >&2; exit 1; }
pages=("/" "/clusters/$cluster_id" "/units" ${BENCH_PAGES:-})

for page in "${pages[@]}"; do
  code=$(curl -s -o /dev/null -w '%{http_code}' "$base$page")
  [ "$code" = 200 ] || { echo "$page answers $code, not 200" >&2; exit 1; }
  wrk -t"$threads" -c"$connections" -d"$warmup" "$base$page" >/dev/null
done

echo "when: $(date -u '+%Y-%m-%d %H:%M UTC'); load: $(uptime | sed 's/.*load average: //'); cores: $(nproc)"
printf '%-28s %10s %10s %10s %8s %12s\n' page 'req/s' p50 p99 errors 'cpu ms/req'
for page in "${pages[@]}"; do
  cpu_before=$(cpu_ms)
  out=$(wrk -t"$threads" -c"$connections" -d"$duration" --latency "$base$page")
  cpu_after=$(cpu_ms)
  requests=$(awk '/requests in/ {print $1}' <<<"$out")
  cpu=$(awk -v a="$cpu_before" -v b="$cpu_after" -v n="$requests" 'BEGIN {printf "%.2f", (n > 0 ? (b - a) / n : 0)}')
  rps=$(awk '/^Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  errors=$(awk '/Non-2xx/ {n += $5} /Socket errors/ {gsub(",", ""); n += $4 + $6 + $8 + $10} END {print n + 0}' <<<"$out")
  printf '%-28s %10s %10s %10s %8s %12s\n' "$page" "$rps" "$p50" "$p99" "${errors:-0}" "$cpu"
done
