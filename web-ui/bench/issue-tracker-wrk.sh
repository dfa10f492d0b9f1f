#!/usr/bin/env bash
# Load test of the issue tracker page (/topics) with wrk: 16 connections, 2 threads, 30 s, latency percentiles.
# Needs a running stack (deploy/local-stack/run.sh) and wrk (apt-get install wrk). Traffic goes to this
# machine only. Usage: web-ui/bench/issue-tracker-wrk.sh [portal base URL, default http://127.0.0.1:8080]
set -euo pipefail
base="${1:-http://127.0.0.1:8080}"
duration="${WRK_DURATION:-30s}"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
curl -fsS -o /dev/null "$base/topics" || { echo "no portal at $base" >&2; exit 1; }
echo "Page size: $(curl -fsS "$base/topics" | wc -c) bytes"
# Warm-up (JIT, connection pools), not measured.
wrk -t2 -c16 -d10s "$base/topics" >/dev/null
wrk -t2 -c16 -d"$duration" --latency "$base/topics"
