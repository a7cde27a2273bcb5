#!/usr/bin/env bash
# Culture buddies (issue 15): the exact assignment of a matching round by OR-Tools' min-cost flow
# (benchmarks module; not run by the build). Each case runs in its own JVM with the memory
# limit as its heap cap; the printed peak RSS includes the JVM and OR-Tools' native memory.
# Usage (repository root): docs/bench/matching.sh [runs, default 5]
set -euo pipefail
runs=${1:-5}
./mvnw -B -q -DskipTests -pl benchmarks -am package
cp="$PWD/benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)"
echo "== machine: $(nproc) cores, $(java -version 2>&1 | head -n 1), $(date -u +%FT%TZ), commit $(git rev-parse --short HEAD)"
echo "== 1,000 x 1,000 dense (-Xmx256m); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
java -Xmx256m -cp "$cp" no.hverdag.buddies.internal.MatchingBenchmark dense "$runs"
echo "== 10,000 x 10,000, 2 % feasible (-Xmx512m); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
java -Xmx512m -cp "$cp" no.hverdag.buddies.internal.MatchingBenchmark sparse "$runs"
echo "== load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
