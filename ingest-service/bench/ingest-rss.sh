#!/usr/bin/env bash
# Posts N articles (default 1000: the seeds and the dev set, each made unique by a first line) to the ingest
# service of a fresh local stack, waits until all are in the catalog, and prints the ingest service's resident
# memory (VmRSS) before and after, and the ingest throughput. Usage: ingest-service/bench/ingest-rss.sh [N]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
n="${1:-1000}"
data="$(mktemp -d)"
trap 'kill -TERM $stack 2>/dev/null || true; wait $stack 2>/dev/null || true; rm -rf "$data"' EXIT
SUMMIT_DATA_DIR="$data" SUMMIT_SKIP_BUILD="${SUMMIT_SKIP_BUILD:-1}" setsid "$root/deploy/local-stack/run.sh" >"$data/run.log" 2>&1 &
stack=$!
until grep -q "is ready in" "$data/run.log"; do kill -0 $stack || { cat "$data/run.log"; exit 1; }; sleep 0.3; done
pid=$(pgrep -f "ingest-service/target/quarkus-app/quarkus-run.jar" | head -1)
rss() { echo $(( $(awk '/VmRSS/{print $2}' /proc/$pid/status) / 1024 )); }
echo "ingest-service RSS after start and seeds: $(rss) MB"
python3 - "$root" "$n" <<'PY'
import json, os, sys, time, urllib.request
root, n = sys.argv[1], int(sys.argv[2])
texts = []
for d in ("seeds", "eval/devset/articles"):
    for f in sorted(os.listdir(os.path.join(root, d))):
        if f.endswith(".txt"):
            texts.append(open(os.path.join(root, d, f), encoding="utf-8").read())
ids, start = [], time.time()
for i in range(n):
    body = texts[i % len(texts)] + f"\n[benchmark copy {i}]\n"
    req = urllib.request.Request("http://localhost:8082/api/v1/documents?filename=bench.txt", body.encode(),
                                 {"Content-Type": "text/plain; charset=utf-8"}, method="POST")
    ids.append(json.load(urllib.request.urlopen(req))["id"])
posted = time.time()
for doc in ids:
    while True:
        try:
            urllib.request.urlopen(f"http://localhost:8081/api/v1/documents/{doc}")
            break
        except Exception:
            time.sleep(0.2)
done = time.time()
size = sum(len((texts[i % len(texts)]).encode()) for i in range(n))
print(f"posted {n} articles ({size/1024:.0f} KB) in {posted-start:.1f} s ({n/(posted-start):.0f}/s); all in the catalog after {done-start:.1f} s")
PY
sleep 2
echo "ingest-service RSS after $n articles: $(rss) MB"
if [ -n "${NMT:-}" ]; then jcmd $pid VM.native_memory summary | grep -E "committed" | head -25; fi
