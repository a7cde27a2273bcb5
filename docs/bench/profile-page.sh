#!/usr/bin/env bash
# A JFR profile (settings=profile, deep stacks) of one endpoint of the packaged jar under wrk.
# Usage: docs/bench/profile-page.sh /absolute/path/to/hverdag-backend-*.jar '/?q=spr%C3%A5kkaf%C3%A9' [seconds]
# Writes p.jfr into OUT (default: a new temporary directory, printed at the end); read it with
#   docs/bench/jfr-top.py <file.jfr> [rows] [only stacks containing this]
# (`jfr print` shows 5 frames per stack unless told otherwise, which hides every caller).
set -euo pipefail
jar=$1; path=$2; secs=${3:-20}
work=${OUT:-$(mktemp -d)}; mkdir -p "$work"; cd "$work"; port=18080
java -Xmx256m -XX:+UnlockDiagnosticVMOptions -XX:+DebugNonSafepoints -XX:FlightRecorderOptions:stackdepth=1024 -jar "$jar" --server.port=$port --management.server.port=18181 --hverdag.seed.demo=true > app.log 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null' EXIT
until curl -sf -o /dev/null "http://127.0.0.1:$port/readyz"; do sleep 0.1; done
wrk -t2 -c32 -d30s "http://127.0.0.1:$port$path" > /dev/null
jcmd $pid JFR.start name=p settings=profile filename=$work/p.jfr > /dev/null
wrk -t2 -c32 -d${secs}s "http://127.0.0.1:$port$path" | grep Requests/sec
jcmd $pid JFR.stop name=p > /dev/null
echo "profile: $work/p.jfr"
