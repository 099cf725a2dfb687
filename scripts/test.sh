#!/usr/bin/env bash
# Every check and every test: types, lint, unit, integration (real PostgreSQL) and browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p test-results
rm -f test-results/*.json

echo "== typecheck"; npx tsc --noEmit
echo "== lint"; npx eslint . --max-warnings 0

status=0
for project in unit integ e2e; do
  echo "== $project tests"
  npx vitest run --project "$project" --reporter=default --reporter=json --outputFile="test-results/$project.json" || status=1
done

node scripts/test-summary.mjs test-results/unit.json test-results/integ.json test-results/e2e.json
exit $status
