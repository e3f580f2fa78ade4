#!/usr/bin/env bash
# Adds authored letters (INBOX/<author>/<id>.html and <id>.truth.json) to test-fixtures/corpora/authored,
# split into dev/ and test/ by the fixed rule of AuthoredSplit, after checking every truth and HTML file; the
# letters already in the corpus stay, and AUTHORS.tsv there records who wrote each.
#   scripts/import-authored.sh INBOX [CORPUS]
# Exit status: 0 all imported, 1 some letters refused (listed on stderr), 2 usage.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [ $# -lt 1 ] || [ $# -gt 2 ]; then
  echo "usage: $0 INBOX [CORPUS]   (CORPUS defaults to test-fixtures/corpora/authored)" >&2
  exit 2
fi
inbox=$(cd "$1" && pwd)
corpus="${2:-$ROOT/test-fixtures/corpora/authored}"
cd "$ROOT"
"$ROOT/mvnw" -q -B -DskipTests -pl test-fixtures -am package >&2
jar=$(ls "$ROOT"/test-fixtures/target/courrier-test-fixtures-*.jar | grep -v -- '-tests.jar' | head -n 1)
exec java -cp "$jar:$ROOT/test-fixtures/target/lib/*" org.courrier.fixtures.AuthoredImport "$inbox" "$corpus"
