#!/usr/bin/env bash
# Runs before the tests: removes the committed pact files so the consumer tests regenerate them from
# scratch (pact writes merge, so stale interactions would otherwise linger). git diff afterwards shows drift.
set -euo pipefail
cd "$(dirname "$0")/.."
export PACT_DO_NOT_TRACK=true
mkdir -p pacts
find pacts -maxdepth 1 -name '*.json' -type f -print -delete
