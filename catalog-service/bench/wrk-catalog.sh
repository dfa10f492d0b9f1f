#!/usr/bin/env bash
# Loopback benchmark of the catalog API against the same SQL run directly on PostgreSQL (pgbench), in one run.
# Starts a fresh local stack (no build: run ./mvnw package -DskipTests first), loads the seeds, the dev set and
# the held-out set, then for each endpoint: wrk (2 threads, 32 connections, 20 s, after a 5 s warm-up) and
# pgbench (32 clients, 2 threads, 20 s) running the SQL statements that endpoint runs per request.
# Needs: wrk and pgbench (Debian packages wrk, postgresql-client). Usage: catalog-service/bench/wrk-catalog.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
data="$(mktemp -d)"
export SUMMIT_DATA_DIR="$data" SUMMIT_SKIP_BUILD=1
writing=
trap 'kill $writing 2>/dev/null || true; kill -TERM $stack 2>/dev/null || true; wait $stack 2>/dev/null || true; rm -rf "$data"' EXIT
setsid "$root/deploy/local-stack/run.sh" >"$data/run.log" 2>&1 &
stack=$!
until grep -q "is ready in" "$data/run.log"; do kill -0 $stack || { cat "$data/run.log"; exit 1; }; sleep 0.3; done
for f in "$root"/eval/devset/articles/*.txt "$root"/eval/holdout/articles/*.txt; do
  curl -s -o /dev/null -H 'Content-Type: text/plain; charset=utf-8' --data-binary @"$f" "http://localhost:8082/api/v1/documents?filename=$(basename "$f")"
done
want=$(( $(ls "$root"/eval/devset/articles/*.txt "$root"/eval/holdout/articles/*.txt | wc -l) + 2 ))
until [ "$(curl -s 'localhost:8081/api/v1/documents?limit=1' | grep -o '"total":[0-9]*' | cut -d: -f2)" = "$want" ]; do sleep 0.5; done
echo "catalog loaded: $want documents, $(curl -s 'localhost:8081/api/v1/summits?limit=1' | grep -o '"total":[0-9]*' | cut -d: -f2) summits"

pg="postgresql://postgres@127.0.0.1:${SUMMIT_PG_PORT:-15432}/catalog"
summits_sql="SELECT version FROM catalog_version WHERE id = 1;
SELECT * FROM summit ORDER BY COALESCE(to_char(start_date, 'YYYY-MM-DD'), '9999') ASC, id ASC LIMIT 101;
SELECT COUNT(*) FROM summit;"
topic_sql="SELECT version FROM catalog_version WHERE id = 1;
SELECT * FROM topic WHERE slug = 'arms-control';
SELECT o.* FROM outcome o LEFT JOIN summit s ON s.id = o.summit_id WHERE jsonb_exists(o.topics, 'arms-control') ORDER BY s.start_date NULLS LAST, o.id;
SELECT st.* FROM statement st LEFT JOIN summit s ON s.id = st.summit_id WHERE jsonb_exists(st.topics, 'arms-control') AND NOT st.hidden ORDER BY s.start_date NULLS LAST, st.document_id, st.evidence_start LIMIT 50;
SELECT summit_id, COUNT(*) FROM statement WHERE jsonb_exists(topics, 'arms-control') AND NOT hidden GROUP BY summit_id;
SELECT * FROM summit WHERE (EXISTS (SELECT 1 FROM document_summit ds JOIN document_topic dt ON dt.document_id = ds.document_id WHERE ds.summit_id = summit.id AND dt.topic_slug = 'arms-control') OR EXISTS (SELECT 1 FROM statement s WHERE s.summit_id = summit.id AND jsonb_exists(s.topics, 'arms-control')) OR EXISTS (SELECT 1 FROM outcome o WHERE o.summit_id = summit.id AND jsonb_exists(o.topics, 'arms-control'))) ORDER BY start_date NULLS LAST, id;
SELECT COUNT(*) FROM document_topic WHERE topic_slug = 'arms-control';"

run() { # name url sql
  echo "== $1"
  wrk -t2 -c32 -d5s "$2" >/dev/null
  wrk -t2 -c32 -d20s --latency "$2" | grep -E 'Requests/sec|Latency  |  50%|  99%|Non-2xx'
  printf '%s\n' "$3" >"$data/$1.sql"
  pgbench -n -c32 -j2 -T20 -f "$data/$1.sql" "$pg" 2>"$data/$1.pgbench.log" | grep -E 'tps|latency average|failed' \
    || { echo "pgbench failed:"; tail -5 "$data/$1.pgbench.log"; }
}
run summits "http://127.0.0.1:8081/api/v1/summits" "$summits_sql"
run topic "http://127.0.0.1:8081/api/v1/topics/arms-control" "$topic_sql"

# The same two endpoints while the catalog changes: a new article every second, each one raising the catalog
# version, so cached answers expire and the next requests run the queries again.
# Bounded: at most 120 articles (the measured runs take about 50 s), and it is stopped at the end.
writer() {
  local i
  for i in 1 2 3 4 5 6 7 8 9 10 11; do
    for f in "$root"/eval/devset/articles/*.txt; do
      { cat "$f"; printf '\n\nRevision %s-%s.\n' "$i" "$RANDOM"; } | curl -s -o /dev/null -H 'Content-Type: text/plain; charset=utf-8' \
        --data-binary @- "http://localhost:8082/api/v1/documents?filename=rev-$i-$(basename "$f")" || true
      sleep 1
    done
  done
}
documents() { curl -s 'localhost:8081/api/v1/documents?limit=1' | grep -o '"total":[0-9]*' | cut -d: -f2; }
before=$(documents)
writer & writing=$!
echo "(with one new article per second)"
run summits-under-writes "http://127.0.0.1:8081/api/v1/summits" "$summits_sql"
run topic-under-writes "http://127.0.0.1:8081/api/v1/topics/arms-control" "$topic_sql"
kill $writing 2>/dev/null || true; wait $writing 2>/dev/null || true
echo "documents in the catalog: $before before the writes, $(documents) after"
