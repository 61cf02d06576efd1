# Sourced by the benchmarks in tools/bench: wrk (installed with apt-get when run as root) and the packaged jar (built
# when missing or older than the sources, unless $build is "no"). Sets $jar.
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

# CPU time the application ($app) has spent so far, in ms (from /proc): per request it hardly depends on other load
cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{print ($14 + $15) * 1000 / hz}' "/proc/$app/stat"; }
