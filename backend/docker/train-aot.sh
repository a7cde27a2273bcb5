#!/usr/bin/env bash
# The image's AOT cache training run (issue 18, docs/performance.md "Start-up"): starts the
# application with the given JVM options on a throw-away in-memory store with the demo seed,
# waits until it is ready, asks for the pages and API answers a first visitor asks for, and
# stops it normally, so that the JVM writes the cache at exit with the classes, linkage and
# method profiles of the whole start and of the first requests (a run stopped at
# -Dspring.context.exit=onRefresh misses every start-up step and the web server: about 13 %
# more CPU to the first answer, measured). No curl in the image: bash's /dev/tcp speaks
# enough HTTP. Runs without Docker too (docs/bench/startup.sh uses the same steps).
#
#   train-aot.sh <port> java -XX:AOTCacheOutput=hverdag.aot -jar hverdag.jar
set -euo pipefail
port=$1
shift
"$@" --hverdag.mongo.embedded.path=memory --hverdag.seed.demo=true --server.port="$port" \
  --management.server.port=0 --spring.main.banner-mode=off --logging.level.root=WARN &
pid=$!

# Prints the status code of GET $1 on the application, or nothing if it does not answer.
status() {
  (exec 3<>"/dev/tcp/127.0.0.1/$port" \
    && printf 'GET %s HTTP/1.0\r\nHost: localhost\r\nAccept-Language: nb\r\n\r\n' "$1" >&3 \
    && head -n 1 <&3 | cut -d' ' -f2) 2>/dev/null || true
}

waited=0
until [ "$(status /readyz)" = 200 ]; do
  if ! kill -0 "$pid" 2>/dev/null || [ "$waited" -ge 3000 ]; then
    echo "AOT training: the application did not become ready" >&2
    kill "$pid" 2>/dev/null || true
    exit 1
  fi
  sleep 0.1
  waited=$((waited + 1))
done
for path in /api/v1/municipalities/1804 "/api/v1/activities?q=spr%C3%A5kkaf%C3%A9" "/?q=spr%C3%A5kkaf%C3%A9" \
  /activities/seed-activity-0 /livez; do
  echo "AOT training: GET $path $(status "$path")"
done
kill "$pid"
wait "$pid" || true
