#!/usr/bin/env bash
# Benchmark of the main pages on the packaged application (issue 6 §6): builds the jar if it is missing or older
# than the sources, starts it on 127.0.0.1:PORT with a fresh embedded H2 database (default) or PostgreSQL, warms it
# up, then runs wrk (2 threads, 50 connections) on /, one cluster page and /units and prints requests/s, p50, p95, p99,
# errors and the application's CPU time per request (which depends far less than requests/s on what else runs on the
# machine). Target: each page at least 1,000 requests/s with p50 under 20 ms.
#
#   tools/bench/pages.sh [--port 8091] [--db h2|pg] [--duration 15s] [--warmup 30s] [--connections 50] [--threads 2]
#                        [--think "0"] [--cluster CUM-02] [--year 2025] [--no-build]
#
# --db pg uses THIDUA_DB_URL (default jdbc:postgresql://127.0.0.1:5432/bench; the database must exist, Flyway
# migrates it), THIDUA_DB_USER, THIDUA_DB_PASSWORD. --think: see tools/bench/lib.sh. Extra pages:
# BENCH_PAGES="/api/v1/units /units?date=2024-01-01". Installs wrk with apt-get when run as root and it is missing.
# Loopback only. The app is stopped at the end.
set -euo pipefail
cd "$(dirname "$0")/../.."
. bin/java-env

port=8091 db=h2 duration=15s warmup=30s connections=50 threads=2 think=0 cluster=CUM-02 year=2025 build=yes app_env=()
own_option() {
  case "$1" in
    --cluster) cluster=$2; shifted=2 ;;
    --year) year=$2; shifted=2 ;;
    *) return 1 ;;
  esac
}
. tools/bench/lib.sh

start_app
until [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/" || true)" = 200 ]; do app_alive; sleep 0.2; done
echo "first 200 on / after $(since_start_ms) ms ($jar, $db)"

# the cluster page: /clusters/{id} of $cluster in $year, found through the public API
cluster_id=$(curl -s "$base/api/v1/clusters?year=$year" | grep -o "\"id\":[0-9]*,\"code\":\"$cluster\"" | head -1 | grep -o '[0-9]*' | head -1 || true)
[ -n "$cluster_id" ] || { echo "cluster $cluster of $year not found through /api/v1/clusters?year=$year" >&2; exit 1; }
pages=("/" "/clusters/$cluster_id" "/units" ${BENCH_PAGES:-})

for page in "${pages[@]}"; do warm_up "$page"; done
for t in $think; do
  measure_header "$t"
  for page in "${pages[@]}"; do measure "$page" "$t"; done
done
