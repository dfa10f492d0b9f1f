#!/usr/bin/env bash
# Builds what is needed and starts the whole Summit Tracker locally: embedded PostgreSQL, Kafka (KRaft) in
# its own JVM, the catalog, ingest and web services, and the seed articles. Needs only a JDK 17+.
# Ctrl-C stops everything; data stays in .summit-data/ (SUMMIT_DATA_DIR) for the next start.
# External services instead of embedded ones: SUMMIT_PG_URL (+ SUMMIT_PG_USER, SUMMIT_PG_PASSWORD),
# SUMMIT_KAFKA_BOOTSTRAP. Ports: SUMMIT_WEB_PORT, SUMMIT_CATALOG_PORT, SUMMIT_INGEST_PORT (8080-8082).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
if [ "${SUMMIT_SKIP_BUILD:-}" != "1" ]; then
  echo "Building Summit Tracker (tests skipped; ./mvnw verify runs them) ..."
  ./mvnw -q -B package -DskipTests
fi
exec java -Dsummit.root="$root" -jar deploy/local-stack/target/local-stack.jar
