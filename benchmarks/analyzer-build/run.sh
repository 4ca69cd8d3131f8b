#!/usr/bin/env bash
# Times our analyzers against Roslyn's IDE0010 + IDE0072 in the same command-line build of a synthetic
# ~2,000-file project, as the compiler reports them (-p:ReportAnalyzer=true, detailed log), RUNS times;
# prints the median seconds of each and the ratio. Needs the analyzers built in Release.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
runs="${RUNS:-5}"
files="${FILES:-2000}"
analyzer="$repo/analyzers/Seedance.Contracts.Analyzers/bin/Release/netstandard2.0/Seedance.Contracts.Analyzers.dll"
[ -f "$analyzer" ] || { echo "build the analyzers in Release first: $analyzer"; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 "$here/make_project.py" "$work" "$files"
# A snapshot of the analyzer: every run then times the same build of it, even if it is rebuilt meanwhile.
cp "$analyzer" "$work/Seedance.Contracts.Analyzers.dll"
analyzer="$work/Seedance.Contracts.Analyzers.dll"
cat > "$work/Synthetic.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <EnforceCodeStyleInBuild>true</EnforceCodeStyleInBuild>
    <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
    <ReportAnalyzer>true</ReportAnalyzer>
    <NoWarn>\$(NoWarn);CS1998</NoWarn>
  </PropertyGroup>
  <ItemGroup>
    <Analyzer Include="$analyzer" />
  </ItemGroup>
</Project>
XML
cat > "$work/.editorconfig" <<'CFG'
root = true
[*.cs]
dotnet_diagnostic.IDE0010.severity = warning
dotnet_diagnostic.IDE0072.severity = warning
CFG
echo '<Project></Project>' > "$work/Directory.Build.props"
echo '<Project></Project>' > "$work/Directory.Packages.props"
(cd "$work" && dotnet restore -v:q >/dev/null)
for i in $(seq 1 "$runs"); do
  (cd "$work" && dotnet build --no-restore --no-incremental -v:d -nologo > "$work/build-$i.log" 2>&1) || { tail -30 "$work/build-$i.log"; exit 1; }
done
# LOGS_DIR keeps the detailed logs (the per-analyzer tables) for inspection.
if [ -n "${LOGS_DIR:-}" ]; then mkdir -p "$LOGS_DIR" && cp "$work"/build-*.log "$LOGS_DIR"/; fi
echo "diagnostics in the last build (each warning is listed twice by MSBuild):"
grep -o -E 'warning (SDC|IDE)[0-9]+' "$work/build-$runs.log" | sort | uniq -c
python3 "$here/parse_report.py" "$work"/build-*.log
