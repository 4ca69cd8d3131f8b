#!/usr/bin/env bash
# In-process companion of benchmarks/analyzer-build/run.sh: the same synthetic project, analysed through
# CompilationWithAnalyzers on the SDK's own compiler, ROUNDS times per mode; prints medians and ratios.
# Needs the analyzers built in Release (ANALYZER_DLL times another build of them instead).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
rounds="${ROUNDS:-5}"
files="${FILES:-2000}"
analyzer="${ANALYZER_DLL:-$repo/analyzers/Seedance.Contracts.Analyzers/bin/Release/netstandard2.0/Seedance.Contracts.Analyzers.dll}"
[ -f "$analyzer" ] || { echo "build the analyzers in Release first: $analyzer"; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 "$repo/benchmarks/analyzer-build/make_project.py" "$work" "$files"
dotnet build "$here/Seedance.Contracts.AnalyzerInProcess.csproj" -c Release -nologo -v:q -o "$work/bin" >/dev/null
for mode in sequential concurrent; do
  dotnet "$work/bin/Seedance.Contracts.AnalyzerInProcess.dll" "$analyzer" "$work/src" "$rounds" "$mode"
done
