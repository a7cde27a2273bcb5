#!/usr/bin/env bash
# Search at 100,000 activities over all 357 municipalities (benchmarks module; not run by the build).
# Usage (repository root; needs `apt-get install wrk` for the HTTP part):
#   docs/bench/search-100k.sh [activities, default 100000] [seconds per HTTP run, default 15]
# 1. In-process, the application's own ActivitySearchIndex: build time, heap after GC, latency and
#    2-thread throughput of typical queries (each counts facets). Run with -Xmx1g: finishing at
#    all shows the index fits the 1 GiB target. Each query runs three ways in the same run (issue
#    18): one-pass counts afresh, counts cached per filter set, and Lucene's DrillSideways as
#    before; add "throughput" after the query count for 2-thread figures too.
# 2. The real application on loopback (embedded in-memory store): bulk insert, full rebuild,
#    in-application search and recommendation latency, then wrk against the search API and a
#    trivial endpoint (/bench/ping, benchmark classpath only) in the same run.
set -euo pipefail
count=${1:-100000}
seconds=${2:-15}
./mvnw -B -q -DskipTests -pl benchmarks -am package
cp="$PWD/benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)"
echo "== machine: $(nproc) cores, $(java -version 2>&1 | head -n 1), $(date -u +%FT%TZ), commit $(git rev-parse --short HEAD)"
echo "== in-process (-Xmx1g); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
java -Xms1g -Xmx1g -cp "$cp" no.hverdag.activities.internal.SearchBenchmark "$count" 3000
echo "== application on loopback (-Xmx2g); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
java -Xmx2g -cp "$cp" no.hverdag.bench.HttpBenchmark "$count" "$seconds"
echo "== load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
