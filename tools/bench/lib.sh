# Sourced by the benchmarks in tools/bench after they set their defaults: parses the options they share, installs wrk
# (with apt-get when run as root), builds the jar when missing or older than the sources (unless --no-build), and
# offers start_app, sign_in and measure. A script's own options are handled by its function own_option (return 1 for
# an unknown one).
#
# Shared options: --port N  --db h2|pg  --duration 20s  --warmup (per script)  --connections 50  --threads 2  --no-build
#                 --think "0 1000"  (mean think time in ms of each connection between two requests: 0 is a
#                 saturation test, every connection sending its next request at once; 1000 models users who read for
#                 0.5-1.5 s before the next click; each value gives its own table)
while (($#)); do
  case "$1" in
    --port) port=$2; shift 2 ;;
    --db) db=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    --threads) threads=$2; shift 2 ;;
    --think) think=$2; shift 2 ;;
    --no-build) build=no; shift ;;
    *) if declare -F own_option >/dev/null && own_option "$1" "${2:-}"; then shift "$shifted"; else
         echo "unknown option $1 (see the head of $0)" >&2; exit 2; fi ;;
  esac
done

if ! command -v wrk >/dev/null; then
  if [ "$(id -u)" = 0 ]; then
    apt-get install -y -qq wrk >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
  else
    echo "wrk is missing: apt-get install -y wrk" >&2; exit 1
  fi
fi

jar=$(ls target/thidua-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [ "${build:-yes}" = yes ] && { [ -z "$jar" ] || [ -n "$(find src pom.xml -newer "$jar" -type f -print -quit)" ]; }; then
  echo "Building the jar ..."
  ./mvnw -q -ntp -DskipTests package
  jar=$(ls target/thidua-*.jar | grep -v original | head -1)
fi
[ -n "$jar" ] || { echo "no jar in target/ (run without --no-build)" >&2; exit 1; }

work=$(mktemp -d)
base="http://127.0.0.1:$port"

# start_app [extra application arguments...]: the jar on 127.0.0.1:$port, on a fresh H2 file database in $work or on
# PostgreSQL (THIDUA_DB_URL, default jdbc:postgresql://127.0.0.1:5432/bench), in the background ($app), stopped at exit.
# Extra environment for it: the array app_env.
start_app() {
  local args=(--server.port="$port" --server.address=127.0.0.1 --logging.level.root=WARN "$@")
  if [ "$db" = pg ]; then
    export THIDUA_DB_URL=${THIDUA_DB_URL:-jdbc:postgresql://127.0.0.1:5432/bench}
    args+=(--spring.profiles.active=pg)
  else
    args+=("--spring.datasource.url=jdbc:h2:file:$work/thidua;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=FALSE")
  fi
  started=$(date +%s%N)
  env THIDUA_ADMIN_PASSWORD=bench-admin-password "${app_env[@]}" java -jar "$jar" "${args[@]}" >"$work/app.log" 2>&1 &
  app=$!
  trap 'kill $app 2>/dev/null; wait $app 2>/dev/null; rm -rf "$work"' EXIT
}

# the application still runs, or stop with its log
app_alive() { kill -0 "$app" 2>/dev/null || { echo "the application stopped:" >&2; tail -30 "$work/app.log" >&2; exit 1; }; }

since_start_ms() { echo $(( ($(date +%s%N) - started) / 1000000 )); }

# sign_in USER PASSWORD: the form login, as a browser does; prints the SESSION cookie's value
sign_in() {
  local cookies="$work/cookies.$1" csrf session
  csrf=$(curl -s -c "$cookies" "$base/login" | sed -n 's/.*name="_csrf"[^>]*value="\([^"]*\)".*/\1/p' | head -1)
  curl -s -b "$cookies" -c "$cookies" -o /dev/null --data-urlencode "username=$1" --data-urlencode "password=$2" \
    --data-urlencode "_csrf=$csrf" "$base/login"
  session=$(awk '$6 == "SESSION" {print $7}' "$cookies")
  [ -n "$session" ] || { echo "could not sign in as $1" >&2; exit 1; }
  echo "$session"
}

# CPU time the application has spent so far, in ms (from /proc): per request it hardly depends on other load
cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{print ($14 + $15) * 1000 / hz}' "/proc/$app/stat"; }

# wrk's script: the think time (mean $1 ms, uniform in 0.5-1.5 times it) and the percentiles at the end
wrk_script() {
  cat >"$work/wrk-$1.lua" <<LUA
local mean = $1
function delay() if mean <= 0 then return 0 end return math.random(math.floor(mean / 2), math.floor(mean * 3 / 2)) end
done = function(summary, latency, requests)
  io.write(string.format("PCT %.2f %.2f %.2f\n", latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000))
end
LUA
  echo "$work/wrk-$1.lua"
}

# warm_up URL [HEADER]: answers 200, then $warmup of load
warm_up() {
  local code
  code=$(curl -s -o /dev/null -w '%{http_code}' ${2:+-H "$2"} "$base$1")
  [ "$code" = 200 ] || { echo "$1 answers $code, not 200" >&2; exit 1; }
  wrk -t"$threads" -c"$connections" -d"$warmup" ${2:+-H "$2"} "$base$1" >/dev/null
}

# the header of measure's table, for think time $1 ms
measure_header() {
  echo "when: $(date -u '+%Y-%m-%d %H:%M UTC'); load before: $(uptime | sed 's/.*load average: //'); cores: $(nproc);" \
    "$connections connections, think time ${1} ms ($( [ "$1" = 0 ] && echo 'saturation' || echo 'users reading between clicks'))"
  printf '%-52s %9s %9s %9s %9s %7s %11s  %s\n' url 'req/s' 'p50 ms' 'p95 ms' 'p99 ms' errors 'cpu ms/req' 'load (1, 5, 15 min) after'
}

# measure URL THINK [HEADER]: one line of the table
measure() {
  local out requests cpu rps p50 p95 p99 errors cpu_before cpu_after
  cpu_before=$(cpu_ms)
  out=$(wrk -t"$threads" -c"$connections" -d"$duration" ${3:+-H "$3"} -s "$(wrk_script "$2")" "$base$1")
  cpu_after=$(cpu_ms)
  requests=$(awk '/requests in/ {print $1}' <<<"$out")
  cpu=$(awk -v a="$cpu_before" -v b="$cpu_after" -v n="$requests" 'BEGIN {printf "%.2f", (n > 0 ? (b - a) / n : 0)}')
  rps=$(awk '/^Requests\/sec/ {print $2}' <<<"$out")
  read -r p50 p95 p99 < <(awk '$1 == "PCT" {print $2, $3, $4}' <<<"$out")
  errors=$(awk '/Non-2xx/ {n += $5} /Socket errors/ {gsub(",", ""); n += $4 + $6 + $8 + $10} END {print n + 0}' <<<"$out")
  printf '%-52s %9s %9s %9s %9s %7s %11s  %s\n' "$1" "$rps" "$p50" "$p95" "$p99" "${errors:-0}" "$cpu" "$(uptime | sed 's/.*load average: //')"
}
