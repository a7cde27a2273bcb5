#!/usr/bin/env bash
# HTTP benchmark of the packaged jar on loopback, with the demo content on a fresh embedded store.
# Usage (from the repository root, after `./mvnw -B -DskipTests package`; needs `apt-get install wrk`):
#   [JAVA_OPTS=...] docs/bench/http.sh [heap, default 256m]
# Prints start-up time, requests/s and latency percentiles per endpoint, and the resident memory
# (VmRSS now, VmHWM the peak so far, from /proc/<pid>/status) after start and after each run.
set -euo pipefail
heap=${1:-256m}
jar=$(ls "$PWD"/backend/target/hverdag-backend-*.jar | grep -v -- '-plain\.jar$' | head -n 1)
work=$(mktemp -d)
port=18080
cd "$work"
start=$(date +%s%N)
java -Xmx"$heap" ${JAVA_OPTS:-} -jar "$jar" --server.port=$port --management.server.port=$((port + 1)) --hverdag.seed.demo=true > app.log 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; rm -rf "$work"' EXIT
until curl -sf -o /dev/null "http://127.0.0.1:$port/api/v1/municipalities"; do sleep 0.05; done
echo "first answer after $(( ($(date +%s%N) - start) / 1000000 )) ms (fresh store, demo seed, -Xmx$heap)"
# Resident memory now and at its peak so far (what a container's memory limit is measured against).
rss() { awk '/VmRSS|VmHWM/ {printf "%s %d MiB  ", $1, $2 / 1024}' "/proc/$pid/status"; }
echo "after start: $(rss)"

endpoints=(
  "/api/v1/activities?q=spr%C3%A5kkaf%C3%A9"
  "/api/v1/activities?municipality=1804&type=LANGUAGE_CAFE"
  "/api/v1/activities"
  "/api/v1/activities/seed-activity-0"
  "/?q=spr%C3%A5kkaf%C3%A9"
  "/"
  "/activities/seed-activity-0"
  "/kiosk/seed-library-stormen"
)
for e in "${endpoints[@]}"; do wrk -t2 -c32 -d5s "http://127.0.0.1:$port$e" > /dev/null; done   # warm-up (JIT)
printf "| %-58s | %9s | %8s | %8s | %9s | %9s |\n" endpoint "req/s" p50 p99 "RSS after" "peak RSS"
for e in "${endpoints[@]}"; do
  out=$(wrk -t2 -c32 -d15s --latency "http://127.0.0.1:$port$e")
  printf "| %-58s | %9s | %8s | %8s | %5d MiB | %5d MiB |\n" "$e" "$(awk '/Requests\/sec/ {print $2}' <<< "$out")" \
    "$(awk '$1 == "50%" {print $2}' <<< "$out")" "$(awk '$1 == "99%" {print $2}' <<< "$out")" \
    "$(awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$pid/status")" "$(awk '/VmHWM/ {print int($2 / 1024)}' "/proc/$pid/status")"
  grep -E "Non-2xx|Socket errors" <<< "$out" || true
done
echo "after load: $(rss)"
