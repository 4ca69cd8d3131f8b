#!/usr/bin/env bash
# Runs after the consumer tests wrote pacts/:
#  1. provider verification: replays every pact in pacts/ against the simulator (provider states on loopback);
#     fails on any mismatch and when zero interactions were verified;
#  2. OpenAPI check: swagger-mock-validator on each pact against the family spec, failing on errors;
#  3. self-check: the deliberately wrong fixture pact must be REJECTED by the validator.
set -euo pipefail
cd "$(dirname "$0")/.."
export PACT_DO_NOT_TRACK=true DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
SPEC=specs/magnific-seedance-2-mini-family.openapi.yaml
WRONG=tests/fixtures/pacts/wrong-against-openapi.json
RUNNER=tools/Seedance.Contracts.PactVerifier/bin/Release/net10.0/Seedance.Contracts.PactVerifier.dll
now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

shopt -s nullglob
pacts=(pacts/*.json)
[ ${#pacts[@]} -gt 0 ] || { echo "pact-verify: pacts/ holds no pact files (did the consumer tests run?)"; exit 1; }

t0=$(now)
[ -f "$RUNNER" ] || dotnet build tools/Seedance.Contracts.PactVerifier/Seedance.Contracts.PactVerifier.csproj -c Release -warnaserror
dotnet "$RUNNER" pacts
t1=$(now)
echo "pact-verify: provider verification took $(secs "$t0" "$t1")s"

. .ci/pact-tools.sh
for pact in "${pacts[@]}"; do
  echo "pact-verify: swagger-mock-validator $SPEC $pact"
  "$SMV" "$SPEC" "$pact" || { echo "pact-verify: $pact does not conform to $SPEC"; exit 1; }
done

echo "pact-verify: the deliberately wrong pact $WRONG must be rejected"
set +e
wrong_out="$("$SMV" "$SPEC" "$WRONG" 2>&1)"
wrong_rc=$?
set -e
if [ $wrong_rc -eq 0 ]; then
  echo "$wrong_out"
  echo "pact-verify: the validator ACCEPTED $WRONG; the OpenAPI check cannot fail, so it proves nothing"
  exit 1
fi
for code in response.status.unknown response.body.incompatible; do
  grep -q "code: '$code'" <<<"$wrong_out" || { echo "$wrong_out"; echo "pact-verify: expected error $code for $WRONG"; exit 1; }
done
echo "pact-verify: rejected as expected (rc $wrong_rc: response.status.unknown, response.body.incompatible)"
t2=$(now)
echo "pact-verify: OpenAPI checks took $(secs "$t1" "$t2")s; total $(secs "$t0" "$t2")s"
