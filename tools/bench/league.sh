#!/usr/bin/env bash
# Benchmark of the league table (issue 7 §7): the page /campaigns/{id}/results?cluster= (signed in as the office) and
# the public API /api/v1/campaigns/{id}/results?cluster= of one cluster of the national demo campaign (about 2,000
# member associations in about 300 internal clusters, every sheet final and published; NationalDemoScores), under
# CONNECTIONS concurrent users. Builds the jar if it is missing or older than the sources, starts it on
# 127.0.0.1:PORT with the demo switch and the national demo data on a fresh embedded H2 database (default) or
# PostgreSQL, warms up, then runs wrk on each URL and prints requests/s, p50, p95, p99, errors, the application's CPU
# time per request and the load average. Target: p95 < 50 ms with 50 concurrent users.
#
#   tools/bench/league.sh [--port 8092] [--db h2|pg] [--duration 20s] [--warmup 60s] [--connections 50] [--threads 2]
#                         [--think "0 1000"] [--cluster-index 1] [--no-build]
#
# --db pg uses THIDUA_DB_URL (default jdbc:postgresql://127.0.0.1:5432/bench; the database must exist and be empty or
# hold an earlier run's data: the generator is idempotent), THIDUA_DB_USER, THIDUA_DB_PASSWORD. The cluster is the
# --cluster-index-th (1-based) cluster of the campaign's list of clusters. --think (see tools/bench/lib.sh): by default
# a saturation table (every connection sends its next request at once) and one of 50 users reading 0.5-1.5 s between
# clicks. The warm-up is long because the JIT keeps speeding the page up for about a minute (after 15 s the page served
# half the requests/s it serves after 45 s). Installs wrk with apt-get when run as root and it is missing. Loopback
# only. The application is stopped at the end.
set -euo pipefail
cd "$(dirname "$0")/../.."
. bin/java-env

port=8092 db=h2 duration=20s warmup=60s connections=50 threads=2 think="0 1000" index=1 build=yes
app_env=(THIDUA_DEMO=true)
own_option() {
  case "$1" in
    --cluster-index) index=$2; shifted=2 ;;
    *) return 1 ;;
  esac
}
. tools/bench/lib.sh

start_app --logging.level.vn.vusta.thidua.campaign.ranking.NationalDemoScoresRunner=INFO --thidua.demo.national=true
year=$(date +%Y)
# the national demo campaign of this year, found through the public API once the start-up runners are done
campaign=""
until [ -n "$campaign" ]; do
  app_alive
  sleep 1
  campaign=$(curl -s "$base/api/v1/campaigns?year=$year" | tr '{' '\n' | grep 'hội thành viên' | sed -n 's/.*"id":\([0-9]*\).*/\1/p' | head -1 || true)
done
echo "national demo campaign $campaign ready after $(since_start_ms) ms ($jar, $db)"
grep -h "National demo" "$work/app.log" || true

# sign in as the office (demo account): the session cookie for the page
session=$(sign_in vanphong.demo 'demo-2026!')

# the cluster: the index-th of the campaign's list of clusters (ids)
cluster=$(curl -s -H "Cookie: SESSION=$session" "$base/campaigns/$campaign/results/clusters" | grep -o 'results?cluster=[0-9]*' \
  | sed 's/[^0-9]//g' | sed -n "${index}p")
[ -n "$cluster" ] || { echo "no cluster found on /campaigns/$campaign/results/clusters" >&2; exit 1; }
rows=$(curl -s "$base/api/v1/campaigns/$campaign/results?cluster=$cluster" | grep -o '"rank":' | wc -l)
echo "cluster $cluster: $rows units in its league table"

page="/campaigns/$campaign/results?cluster=$cluster"
api="/api/v1/campaigns/$campaign/results?cluster=$cluster"
declare -A headers=(["$page"]="Cookie: SESSION=$session" ["$api"]="Accept: application/json")
for url in "$page" "$api"; do warm_up "$url" "${headers[$url]}"; done
for t in $think; do
  measure_header "$t"
  for url in "$page" "$api"; do measure "$url" "$t" "${headers[$url]}"; done
done
