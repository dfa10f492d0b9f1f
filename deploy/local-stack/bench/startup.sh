#!/usr/bin/env bash
# Measures the local stack: seconds from the run command to a ready portal (build included, warm Maven
# cache), each service's startup time (as the launcher reports it) and resident memory once the seeds are in.
# Usage: deploy/local-stack/bench/startup.sh [runs]   (default 3; uses a throwaway data folder per run)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
runs="${1:-3}"
for i in $(seq 1 "$runs"); do
  data="$(mktemp -d)"
  log="$data/run.log"
  start=$(date +%s.%N)
  SUMMIT_DATA_DIR="$data" setsid "$root/deploy/local-stack/run.sh" >"$log" 2>&1 &
  pid=$!
  until grep -q "is ready in" "$log" 2>/dev/null; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "run $i failed:"; cat "$log"; exit 1; fi
    sleep 0.2
  done
  ready=$(date +%s.%N)
  # Let the seeds reach the catalog before reading memory.
  until [ "$(curl -s localhost:${SUMMIT_CATALOG_PORT:-8081}/api/v1/documents | grep -o '"total":[0-9]*' | cut -d: -f2)" = "2" ]; do sleep 0.2; done
  sleep 2
  printf 'run %d: run command -> portal ready %.1f s\n' "$i" "$(echo "$ready - $start" | bc)"
  grep -E 'ready in [0-9.]+ s$' "$log" | sed 's/^ */  startup /'
  for svc in catalog-service ingest-service web-ui; do
    spid=$(pgrep -f "$svc/target/quarkus-app/quarkus-run.jar" | head -1)
    printf '  RSS %-16s %s MB\n' "$svc" "$(( $(awk '/VmRSS/{print $2}' /proc/$spid/status) / 1024 ))"
  done
  kpid=$(pgrep -f 'kafka.Kafka' | head -1)
  printf '  RSS %-16s %s MB\n' "kafka" "$(( $(awk '/VmRSS/{print $2}' /proc/$kpid/status) / 1024 ))"
  pg=$(pgrep -f "$data/postgres" | head -1)
  printf '  RSS %-16s %s MB (postmaster only)\n' "postgres" "$(( $(awk '/VmRSS/{print $2}' /proc/$pg/status) / 1024 ))"
  kill -TERM "$pid"; wait "$pid" 2>/dev/null || true
  rm -rf "$data"
done
