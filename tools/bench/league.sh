#!/usr/bin/env bash
# Benchmark of the league table (issue 7 §7): the page /campaigns/{id}/results?cluster= (signed in as the office) and
# the public API /api/v1/campaigns/{id}/results?cluster= of one cluster of the national demo campaign (about 2,000
# member associations in about 300 internal clusters, every sheet final and published; NationalDemoScores), under
# CONNECTIONS concurrent users. Builds the jar if it is missing or older than the sources, starts it on
# 127.0.0.1:PORT with the demo switch and the national demo data on a fresh embedded H2 database (default) or
# PostgreSQL, warms up, then runs wrk on each URL and prints requests/s, p50, p95, p99, errors, the application's CPU
# time per request and the load average. Target: p95 < 50 ms with 50 concurrent users.
#
#   tools/bench/league.sh [--port 8092] [--db h2|pg] [--duration 20s] [--warmup 15s] [--connections 50] [--threads 2]
#                         [--cluster-index 1] [--no-build]
#
# --db pg uses THIDUA_DB_URL (default jdbc:postgresql://127.0.0.1:5432/bench; the database must exist and be empty or
# hold an earlier run's data: the generator is idempotent), THIDUA_DB_USER, THIDUA_DB_PASSWORD. The cluster is the
# --cluster-index-th (1-based) cluster of the campaign by id. Installs wrk with apt-get when run as root and it is
# missing. Loopback only. The application is stopped at the end.
set -euo pipefail
cd "$(dirname "$0")/../.."
. bin/java-env

port=8092 db=h2 duration=20s warmup=15s connections=50 threads=2 index=1 build=yes
while (($#)); do
  case "$1" in
    --port) port=$2; shift 2 ;;
    --db) db=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    --threads) threads=$2; shift 2 ;;
    --cluster-index) index=$2; shift 2 ;;
    --no-build) build=no; shift ;;
    *) echo "unknown option $1 (see the head of $0)" >&2; exit 2 ;;
  esac
done

. tools/bench/lib.sh

work=$(mktemp -d)
args=(--server.port="$port" --server.address=127.0.0.1 --logging.level.root=WARN
      --logging.level.vn.vusta.thidua.campaign.ranking.NationalDemoScoresRunner=INFO --thidua.demo.national=true)
if [ "$db" = pg ]; then
  export THIDUA_DB_URL=${THIDUA_DB_URL:-jdbc:postgresql://127.0.0.1:5432/bench}
  args+=(--spring.profiles.active=pg)
else
  args+=("--spring.datasource.url=jdbc:h2:file:$work/thidua;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=FALSE")
fi
base="http://127.0.0.1:$port"
start=$(date +%s%N)
THIDUA_DEMO=true THIDUA_ADMIN_PASSWORD=bench-admin-password java -jar "$jar" "${args[@]}" >"$work/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null; rm -rf "$work"' EXIT
year=$(date +%Y)
# the national demo campaign of this year, found through the public API once the start-up runners are done
campaign=""
until [ -n "$campaign" ]; do
  kill -0 $app 2>/dev/null || { echo "the application stopped:" >&2; tail -30 "$work/app.log" >&2; exit 1; }
  sleep 1
  campaign=$(curl -s "$base/api/v1/campaigns?year=$year" | tr '{' '\n' | grep 'hội thành viên' | sed -n 's/.*"id":\([0-9]*\).*/\1/p' | head -1 || true)
done
echo "national demo campaign $campaign ready after $(( ($(date +%s%N) - start) / 1000000 )) ms ($jar, $db)"
grep -h "National demo" "$work/app.log" || true

# sign in as the office (demo account): the session cookie for the page
cookies="$work/cookies"
csrf=$(curl -s -c "$cookies" "$base/login" | sed -n 's/.*name="_csrf"[^>]*value="\([^"]*\)".*/\1/p' | head -1)
curl -s -b "$cookies" -c "$cookies" -o /dev/null --data-urlencode "username=vanphong.demo" --data-urlencode "password=demo-2026!" \
  --data-urlencode "_csrf=$csrf" "$base/login"
session=$(awk '$6 == "SESSION" {print $7}' "$cookies")
[ -n "$session" ] || { echo "could not sign in as vanphong.demo" >&2; exit 1; }

# the cluster: the index-th cluster of the campaign, from the page's cluster list (ids)
cluster=$(curl -s -H "Cookie: SESSION=$session" "$base/campaigns/$campaign/results" | grep -o '<option value="[0-9]*"' \
  | sed 's/[^0-9]//g' | sed -n "${index}p")
[ -n "$cluster" ] || { echo "no cluster found on /campaigns/$campaign/results" >&2; exit 1; }
rows=$(curl -s "$base/api/v1/campaigns/$campaign/results?cluster=$cluster" | grep -o '"rank":' | wc -l)
echo "cluster $cluster: $rows units in its league table"

page="/campaigns/$campaign/results?cluster=$cluster"
api="/api/v1/campaigns/$campaign/results?cluster=$cluster"
lua="$work/percentiles.lua"
cat >"$lua" <<'EOF'
done = function(summary, latency, requests)
  io.write(string.format("PCT %.2f %.2f %.2f\n", latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000))
end
EOF
declare -A headers=(["$page"]="Cookie: SESSION=$session" ["$api"]="Accept: application/json")
for url in "$page" "$api"; do
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "${headers[$url]}" "$base$url")
  [ "$code" = 200 ] || { echo "$url answers $code, not 200" >&2; exit 1; }
  wrk -t"$threads" -c"$connections" -d"$warmup" -H "${headers[$url]}" "$base$url" >/dev/null
done

echo "when: $(date -u '+%Y-%m-%d %H:%M UTC'); load before: $(uptime | sed 's/.*load average: //'); cores: $(nproc); $connections connections"
printf '%-52s %9s %9s %9s %9s %7s %11s  %s\n' url 'req/s' 'p50 ms' 'p95 ms' 'p99 ms' errors 'cpu ms/req' 'load (1, 5, 15 min) after'
for url in "$page" "$api"; do
  cpu_before=$(cpu_ms)
  out=$(wrk -t"$threads" -c"$connections" -d"$duration" -H "${headers[$url]}" -s "$lua" "$base$url")
  cpu_after=$(cpu_ms)
  requests=$(awk '/requests in/ {print $1}' <<<"$out")
  cpu=$(awk -v a="$cpu_before" -v b="$cpu_after" -v n="$requests" 'BEGIN {printf "%.2f", (n > 0 ? (b - a) / n : 0)}')
  rps=$(awk '/^Requests\/sec/ {print $2}' <<<"$out")
  read -r p50 p95 p99 < <(awk '$1 == "PCT" {print $2, $3, $4}' <<<"$out")
  errors=$(awk '/Non-2xx/ {n += $5} /Socket errors/ {gsub(",", ""); n += $4 + $6 + $8 + $10} END {print n + 0}' <<<"$out")
  printf '%-52s %9s %9s %9s %9s %7s %11s  %s\n' "$url" "$rps" "$p50" "$p95" "$p99" "${errors:-0}" "$cpu" "$(uptime | sed 's/.*load average: //')"
done
