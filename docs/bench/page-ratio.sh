#!/usr/bin/env bash
# The search page against a light endpoint in the same run (issue 18's page ratio).
# Usage (repository root, after `./mvnw -B -DskipTests package`; needs `apt-get install wrk`):
#   docs/bench/page-ratio.sh "$PWD"/backend/target/hverdag-backend-0.1.0-SNAPSHOT.jar [rounds, default 2]
# Starts the jar (-Xmx256m, the default file store in a fresh temporary
# directory, demo content), waits for /readyz, warms each endpoint 5 s, then per round runs
# `wrk -t2 -c32 -d10s` against each; divide the page's req/s by the light endpoint's of the
# same round. Later rounds are more warmed up (JIT): compare rounds, not runs.
# The page is asked twice per round: as visitors ask it (the same address again, so
# mostly a kept rendering, see RenderedPages) and "fresh" (every request a new query
# string, docs/bench/unique-query.lua, so rendered every time).
set -euo pipefail
jar=$1; rounds=${2:-2}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d); port=18080
cd "$work"
java -Xmx256m ${JAVA_OPTS:-} -jar "$jar" --server.port=$port --management.server.port=18181 --hverdag.seed.demo=true > app.log 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; rm -rf "$work"' EXIT
until curl -sf -o /dev/null "http://127.0.0.1:$port/readyz" 2>/dev/null || curl -sf -o /dev/null "http://127.0.0.1:18181/readyz"; do sleep 0.1; done
sleep 1
eps=("/api/v1/municipalities/1804" "/?q=spr%C3%A5kkaf%C3%A9" "/api/v1/activities?q=spr%C3%A5kkaf%C3%A9" "/")
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for e in "${eps[@]}"; do wrk -t2 -c32 -d5s "http://127.0.0.1:$port$e" > /dev/null; done
for r in $(seq 1 $rounds); do
for e in "${eps[@]}"; do
  out=$(wrk -t2 -c32 -d10s --latency "http://127.0.0.1:$port$e")
  printf "%-50s %10s p50 %8s p99 %8s\n" "$e" "$(awk '/Requests\/sec/ {print $2}' <<< "$out")" "$(awk '$1 == "50%" {print $2}' <<< "$out")" "$(awk '$1 == "99%" {print $2}' <<< "$out")"
  grep -E "Non-2xx|Socket errors" <<< "$out" || true
done
  fresh="/?q=spr%C3%A5kkaf%C3%A9"
  out=$(wrk -t2 -c32 -d10s --latency -s "$here/unique-query.lua" "http://127.0.0.1:$port$fresh")
  printf "%-50s %10s p50 %8s p99 %8s\n" "$fresh (fresh)" "$(awk '/Requests\/sec/ {print $2}' <<< "$out")" "$(awk '$1 == "50%" {print $2}' <<< "$out")" "$(awk '$1 == "99%" {print $2}' <<< "$out")"
  grep -E "Non-2xx|Socket errors" <<< "$out" || true
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
