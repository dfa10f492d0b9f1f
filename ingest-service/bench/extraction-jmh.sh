#!/usr/bin/env bash
# JMH benchmark of extraction alone on the seed articles (median and percentiles per article, one thread),
# then prints KB of text per second per core. Usage: ingest-service/bench/extraction-jmh.sh [extra JMH args]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
./mvnw -q -B -pl ingest-service -am install -DskipTests >/dev/null
./mvnw -q -B -pl ingest-service test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
cp="ingest-service/target/test-classes:ingest-service/target/classes:$(cat ingest-service/target/bench-classpath.txt)"
out=ingest-service/target/jmh-result.json
java -Dsummit.root="$root" -cp "$cp" org.openjdk.jmh.Main ExtractionBenchmark -rf json -rff "$out" "$@"
python3 - "$out" "$root" <<'PY'
import json, os, sys
results = json.load(open(sys.argv[1]))
for r in results:
    art = r["params"]["article"]
    size = os.path.getsize(os.path.join(sys.argv[2], art))
    words = len(open(os.path.join(sys.argv[2], art), encoding="utf-8").read().split())
    p = r["primaryMetric"]["scorePercentiles"]
    median = p["50.0"]
    print(f"{art}: {words} words, {size/1024:.1f} KB; median {median:.2f} ms, p90 {p['90.0']:.2f} ms, p99 {p['99.0']:.2f} ms; "
          f"{size/1024/(median/1000):.0f} KB/s per core; {median*1500/words:.2f} ms per 1,500 words")
PY
