#!/usr/bin/env bash
# Interleaved A/B of start-up variants on JDK 25 with an AOT cache each (issue 18): the way to
# compare two jars or two sets of JVM options on a machine whose speed drifts, as a shared
# 2-core one does. Absolute figures come from startup.sh; this one answers "which is faster",
# taking turns so that a slow minute hits every variant alike, and prints the medians last.
#
# Usage (repository root):
#   docs/bench/startup-ab.sh <rounds> 'name|jar|JVM options' 'name|jar|JVM options' ...
#   e.g. docs/bench/startup-ab.sh 8 'before|/tmp/a.jar|-Dspring.aot.enabled=true' \
#                                  'after|/tmp/b.jar|-Dspring.aot.enabled=true'
# Each variant gets its own AOT cache from the image's training run (backend/docker/train-aot.sh,
# with its options), one fresh start on an empty store with the demo content, then one restart
# per round. Reported per start: first answer (GET /api/v1/municipalities/1804), the CPU the
# process used until then, and /readyz. ONLY_RESTART=0 repeats the fresh start every round too.
# Last, each variant paired round by round with the first one (median ratio, rounds faster).
set -euo pipefail
rounds=${1:?rounds}
shift
java25=${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
root=$PWD
work=$(mktemp -d)
port=18380
mport=18381
pid=
trap '[ -n "$pid" ] && kill $pid 2>/dev/null; rm -rf "$work"' EXIT
tick_ms=$((1000 / $(getconf CLK_TCK)))
cpu_ms() { awk -v t="$tick_ms" '{print ($14 + $15) * t}' "/proc/$1/stat"; }

declare -A app options
names=()
for spec in "$@"; do
  IFS='|' read -r name jar opts <<< "$spec"
  names+=("$name")
  options[$name]=$opts
  java -Djarmode=tools -jar "$jar" extract --destination "$work/$name" > /dev/null
  app[$name]=$(ls "$work/$name"/*.jar)
  # shellcheck disable=SC2086
  bash "$root/backend/docker/train-aot.sh" "$port" "$java25" -XX:AOTCacheOutput="$work/$name.aot" -Xlog:aot=error \
    $opts -Xmx256m --enable-native-access=ALL-UNNAMED -jar "${app[$name]}" > "$work/train-$name.log" 2>&1
done

results=$work/results
start_once() {
  local name=$1 case=$2 t0 first cpu ready
  mkdir -p "$work/data-$name"
  t0=$(date +%s%N)
  # shellcheck disable=SC2086
  (cd "$work/data-$name" && exec "$java25" -XX:AOTCache="$work/$name.aot" ${options[$name]} -Xmx256m \
    --enable-native-access=ALL-UNNAMED -jar "${app[$name]}" --server.port=$port --management.server.port=$mport \
    --hverdag.seed.demo=true > "app-$case.log" 2>&1) &
  pid=$!
  first=$("$root/docs/bench/wait-for.py" "$t0" $pid "http://127.0.0.1:$port/api/v1/municipalities/1804") ||
    { echo "$name exited, see $work/data-$name/app-$case.log" >&2; exit 1; }
  cpu=$(cpu_ms $pid)
  ready=$("$root/docs/bench/wait-for.py" "$t0" $pid "http://127.0.0.1:$port/readyz")
  printf '| %-10s | %-7s | %6d | %6d | %6d | %s |\n' "$name" "$case" $first $cpu $ready "$(cut -d' ' -f1 /proc/loadavg)"
  echo "$name $case $first $cpu $ready" >> "$results"
  kill $pid
  wait $pid 2> /dev/null || true
  pid=
}

echo "| variant | case | first answer ms | CPU ms | /readyz ms | load |"
echo "|---|---|---:|---:|---:|---|"
for round in $(seq 1 "$rounds"); do
  for name in "${names[@]}"; do
    if [ "${ONLY_RESTART:-1}" = 0 ] || [ "$round" = 1 ]; then
      rm -rf "$work/data-$name"
      start_once "$name" fresh
    fi
    start_once "$name" restart
  done
done
echo
echo "Medians of the restarts (first answer / CPU / readyz, ms):"
for name in "${names[@]}"; do
  for column in 3 4 5; do
    awk -v n="$name" -v c=$column '$1 == n && $2 == "restart" {print $c}' "$results" | sort -n \
      | awk '{v[NR] = $1} END {printf "%s ", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'
  done | awk -v n="$name" '{printf "  %-10s %s / %s / %s\n", n, $1, $2, $3}'
done
# Paired by round against the first variant: on a host whose speed drifts from minute to minute,
# the ratio of two neighbouring starts says more than two medians. The median ratio of first
# answers and in how many rounds the variant was the faster.
if [ "${#names[@]}" -gt 1 ]; then
  echo
  echo "Paired with ${names[0]} round by round (first answer): median ratio, rounds faster:"
  for name in "${names[@]:1}"; do
    awk -v a="${names[0]}" -v b="$name" '$2 == "restart" && $1 == a {base[++i] = $3}
      $2 == "restart" && $1 == b {mine[++j] = $3}
      END {
        for (k = 1; k <= j && k <= i; k++) {r[k] = mine[k] / base[k]; if (r[k] < 1) wins++}
        n = (j < i) ? j : i
        for (x = 1; x <= n; x++) for (y = x + 1; y <= n; y++) if (r[y] < r[x]) {t = r[x]; r[x] = r[y]; r[y] = t}
        med = (n % 2) ? r[(n + 1) / 2] : (r[n / 2] + r[n / 2 + 1]) / 2
        printf "  %-10s %.3f, %d of %d\n", b, med, wins, n
      }' "$results"
  done
fi
