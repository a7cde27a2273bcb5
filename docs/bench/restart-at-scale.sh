#!/usr/bin/env bash
# Does a restart stay fast when the store holds a municipality's worth of data (issue 18)?
# Fills two embedded stores on disk, one with the demo content only and one with the demo content
# and <count> generated activities (benchmarks' FillStore: the application's own first start,
# then a bulk insert, then a clean stop), and restarts the packaged jar on each in turn, the way
# the image starts (JDK 25, AOT cache from the image's training run, Spring AOT). Reports per
# restart the first answer, /readyz, the start-up steps on the start path (before the server
# listens) and in the background, and the slowest steps.
#
# Usage (repository root):
#   docs/bench/restart-at-scale.sh [count, default 100000] [rounds, default 4] [heap, default 1g]
# (100,000 activities need about 1 GiB of heap: the search index alone, docs/performance.md.)
set -euo pipefail
count=${1:-100000}
rounds=${2:-4}
heap=${3:-1g}
java25=${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
root=$PWD
./mvnw -B -o -q -DskipTests -Djacoco.skip=true -pl backend,benchmarks -am package
jar=$(ls "$root"/backend/target/hverdag-backend-*.jar | grep -v -- '-plain\.jar$' | head -n 1)
cp="$root/benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)"
work=$(mktemp -d)
port=18380
mport=18381
pid=
trap '[ -n "$pid" ] && kill $pid 2>/dev/null; rm -rf "$work"' EXIT
echo "== $(nproc) cores, $(date -u +%FT%TZ), commit $(git rev-parse --short HEAD), load $(cut -d' ' -f1-3 /proc/loadavg)"

for store in demo big; do
  n=0
  [ $store = big ] && n=$count
  mkdir -p "$work/$store"
  java -Xmx2g -cp "$cp" no.hverdag.bench.FillStore "$work/$store/hverdag.mv" "$n" 2>&1 | grep '^store'
  echo "   $(du -m "$work/$store/hverdag.mv" | cut -f1) MiB on disk"
done

java -Djarmode=tools -jar "$jar" extract --destination "$work/app" > /dev/null
app=$(ls "$work"/app/*.jar)
bash "$root/backend/docker/train-aot.sh" $port "$java25" -XX:AOTCacheOutput="$work/app.aot" -Xlog:aot=error \
  -Dspring.aot.enabled=true -Xmx256m --enable-native-access=ALL-UNNAMED -jar "$app" > "$work/train.log" 2>&1

restart() {
  local store=$1 t0 first ready
  t0=$(date +%s%N)
  "$java25" -XX:AOTCache="$work/app.aot" -Dspring.aot.enabled=true -Xmx"$heap" --enable-native-access=ALL-UNNAMED \
    -jar "$app" --server.port=$port --management.server.port=$mport --hverdag.seed.demo=true \
    --hverdag.mongo.embedded.path="$work/$store/hverdag.mv" > "$work/$store.log" 2>&1 &
  pid=$!
  first=$("$root/docs/bench/wait-for.py" "$t0" $pid "http://127.0.0.1:$port/api/v1/municipalities/1804") ||
    { echo "exited, see $work/$store.log" >&2; exit 1; }
  ready=$("$root/docs/bench/wait-for.py" "$t0" $pid "http://127.0.0.1:$port/readyz")
  kill $pid
  wait $pid 2> /dev/null || true
  pid=
  local path background slowest
  path=$(grep 'Start-up step' "$work/$store.log" | grep -v 'in the background' | sed -E 's/.* done in ([0-9]+) ms.*/\1/' | awk '{s += $1} END {print s + 0}')
  background=$(grep 'Start-up step' "$work/$store.log" | grep 'in the background' | sed -E 's/.* done in ([0-9]+) ms.*/\1/' | awk '{s += $1} END {print s + 0}')
  slowest=$(grep 'Start-up step' "$work/$store.log" | sed -E 's/.*step [a-z.]+\.([A-Za-z$0-9]+) done in ([0-9]+) ms.*/\2 \1/' | sort -rn | head -n 3 | awk '{printf "%s %s ms; ", $2, $1}')
  printf '| %-5s | %6d | %6d | %6s | %6s | %s|\n' "$store" $first $ready "$path" "$background" "$slowest"
}

echo "| store | first answer ms | /readyz ms | steps on the start path ms (sum) | steps in the background ms (sum) | slowest steps |"
echo "|---|---:|---:|---:|---:|---|"
for round in $(seq 1 "$rounds"); do
  restart demo
  restart big
done
echo "== load after: $(cut -d' ' -f1-3 /proc/loadavg)"
