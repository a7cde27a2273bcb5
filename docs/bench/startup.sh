#!/usr/bin/env bash
# Start-up benchmark of the packaged jar: time from `java` to the first answer and to /readyz,
# on a fresh embedded store with the demo content and on a restart with the data already there,
# for the plain jar, the extracted jar, the extracted jar with a JDK 17 CDS archive and, when a
# JDK 24+ is installed, the extracted jar with its AOT cache. Prints the resident memory too.
#
# Usage (repository root; builds the jar when there is none):
#   docs/bench/startup.sh [runs per case, default 3] [heap, default 256m]
# Environment: JAVA17 (default: java on the PATH), JAVA25 (default: the Temurin 25 JDK if present),
#   JAR (default: backend/target/hverdag-backend-*.jar), CASES (default: all four; "aotcache" is
#   the JDK 25 case with the cache only, without the JDK 25 run without it), SPRING_AOT (default
#   true: the extracted cases start with -Dspring.aot.enabled=true, as the image does, ADR 0026;
#   the plain jar case always starts the regular way, as the README does).
#
# How the archives are built (the same commands the Dockerfile comment documents):
#   java -Djarmode=tools -jar hverdag.jar extract --destination app      # app/hverdag-*.jar + app/lib
#   JDK 17 CDS: a training run, then the archive is used
#     java -XX:ArchiveClassesAtExit=app.jsa -jar app/hverdag-*.jar ...   (stopped with SIGTERM)
#     java -XX:SharedArchiveFile=app.jsa -jar app/hverdag-*.jar
#   JDK 25 AOT cache (JEP 483/514/515: classes loaded and linked, plus method profiles)
#     java -XX:AOTCacheOutput=app.aot -jar app/hverdag-*.jar ...         (stopped with SIGTERM)
#     java -XX:AOTCache=app.aot -jar app/hverdag-*.jar
# The training run is the image's (backend/docker/train-aot.sh): it starts the application on a
# throw-away in-memory store with the demo seed, waits for /readyz, asks for a search, a page and
# the municipalities, and stops it, so the classes of every start-up step and of the first
# requests are in the archive. Spring Boot's shorter recipe,
# -Dspring.context.exit=onRefresh, stops before any start-up step or the web server starts, and
# archives fewer classes (about 13 % more CPU to the first answer, docs/performance.md).
# Polling: docs/bench/wait-for.py, one process trying every 5 ms, so a figure is at most a few ms
# late. (Until session 11 a curl and a sleep every 20 ms: about 9 ms of CPU a round, which took
# some 8 % of the two cores from the start being measured and made restarts read about 10 % slow.)
# An archive fits only the JDK build and the exact jars it was made from: rebuild it with every
# release (a mismatch is reported as a warning and the JVM starts without it).
set -euo pipefail
runs=${1:-3}
heap=${2:-256m}
java17=${JAVA17:-java}
java25=${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
cases=${CASES:-jar extracted cds aot}
# Spring AOT (ADR 0026) in the extracted cases, as the image runs: SPRING_AOT=false to leave it off.
spring_aot=-Dspring.aot.enabled=${SPRING_AOT:-true}
root=$PWD
if [ -z "${JAR:-}" ]; then
  if ! ls backend/target/hverdag-backend-*.jar > /dev/null 2>&1; then
    ./mvnw -B -o -q -pl backend -am package -DskipTests -Djacoco.skip=true
  fi
  JAR=$(ls "$root"/backend/target/hverdag-backend-*.jar | grep -v -- '-plain\.jar$' | head -n 1)
fi
work=$(mktemp -d)
port=18380
mport=18381
pid=
trap '[ -n "$pid" ] && kill $pid 2>/dev/null; rm -rf "$work"' EXIT
echo "jar: $JAR; heap -Xmx$heap; $runs runs per case; load: $(cut -d' ' -f1-3 /proc/loadavg)"

"$java17" -Djarmode=tools -jar "$JAR" extract --destination "$work/app" > /dev/null
app=$(ls "$work"/app/*.jar)

# A training run: the image's own (backend/docker/train-aot.sh: the application on an in-memory
# store with the demo seed, ready, the first requests, a normal exit).
train() {
  local javabin=$1 option=$2 aot=$3
  bash "$root/backend/docker/train-aot.sh" "$port" "$javabin" "$option" "$aot" -Xmx"$heap" -jar "$app" \
    > "$work/training.log" 2>&1 || { echo "training run failed"; tail -n 30 "$work/training.log"; exit 1; }
}

ms_since() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
# CPU time (user + system, all threads) the process has used so far, in ms: on a machine shared
# with other work the wall time mostly measures the others; this much less so.
tick_ms=$(( 1000 / $(getconf CLK_TCK) ))
cpu_ms() { awk -v t=$tick_ms '{print ($14 + $15) * t}' "/proc/$1/stat"; }

# One start in directory $1 with the given java and options; prints one table row.
start_once() {
  local dir=$1 label=$2 javabin=$3; shift 3
  mkdir -p "$dir"
  local t0 first ready
  t0=$(date +%s%N)
  (cd "$dir" && exec "$javabin" -Xmx"$heap" "$@" --server.port=$port --management.server.port=$mport \
    --hverdag.seed.demo=true > "app-$(date +%s).log" 2>&1) &
  pid=$!
  first=$("$root/docs/bench/wait-for.py" "$t0" $pid "http://127.0.0.1:$port/api/v1/municipalities/1804") ||
    { echo "the application exited: see $dir"; tail -n 30 "$(ls -t "$dir"/app-*.log | head -n 1)"; exit 1; }
  local first_cpu
  first_cpu=$(cpu_ms $pid)
  ready=$("$root/docs/bench/wait-for.py" "$t0" $pid "http://127.0.0.1:$port/readyz")
  # A search answers only once the index is built; this is the first correct search.
  curl -sf -o /dev/null "http://127.0.0.1:$port/api/v1/activities?q=spr%C3%A5kkaf%C3%A9"
  local search rss
  search=$(ms_since "$t0")
  rss=$(awk '/VmRSS/ {print int($2/1024)}' /proc/$pid/status)
  printf "| %-30s | %7d | %7d | %7d | %7d | %5d MiB | %s |\n" "$label" "$first" "$first_cpu" "$ready" \
    "$search" "$rss" "$(cut -d' ' -f1 /proc/loadavg)"
  kill $pid; wait $pid 2>/dev/null || true; pid=
}

# A case: a fresh store, then a restart on the same data, $runs times.
run_case() {
  local name=$1 javabin=$2; shift 2
  for i in $(seq 1 "$runs"); do
    rm -rf "$work/data-$name"
    start_once "$work/data-$name" "$name, fresh" "$javabin" "$@"
    start_once "$work/data-$name" "$name, restart" "$javabin" "$@"
  done
}

echo "times in ms from starting java: first answer (wall and CPU), /readyz up, first search answered"
printf "| %-30s | %7s | %7s | %7s | %7s | %9s | %s |\n" case "answer" "CPU" "ready" "search" "RSS" "load"
printf "|%s|\n" "---|---:|---:|---:|---:|---:|---"
for c in $cases; do
  case $c in
    jar) run_case "jdk17 jar" "$java17" -jar "$JAR" ;;
    extracted) run_case "jdk17 extracted" "$java17" "$spring_aot" -jar "$app" ;;
    cds)
      train "$java17" -XX:ArchiveClassesAtExit="$work/app.jsa" "$spring_aot"
      echo "CDS archive: $(du -m "$work/app.jsa" | cut -f1) MiB" >&2
      run_case "jdk17 extracted + CDS" "$java17" -XX:SharedArchiveFile="$work/app.jsa" "$spring_aot" -jar "$app" ;;
    aot|aotcache)
      if [ -x "$java25" ]; then
        train "$java25" -XX:AOTCacheOutput="$work/app.aot" "$spring_aot"
        echo "AOT cache: $(du -m "$work/app.aot" | cut -f1) MiB" >&2
        [ "$c" = aot ] && run_case "jdk25 extracted" "$java25" "$spring_aot" -jar "$app"
        run_case "jdk25 extracted + AOT cache" "$java25" -XX:AOTCache="$work/app.aot" "$spring_aot" -jar "$app"
      else
        echo "no JDK 24+ at $java25: AOT cache skipped" >&2
      fi ;;
  esac
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
