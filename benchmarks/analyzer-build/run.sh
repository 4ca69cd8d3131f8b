#!/usr/bin/env bash
# Times our analyzers against Roslyn's IDE0010 + IDE0072 as the compiler reports them (-p:ReportAnalyzer=true,
# detailed log) in command-line builds of a synthetic ~2,000-file project, RUNS times; prints medians and ratios.
#   same build (always): both sides in one build, as the issue asks.
#   ALONE=1 adds, interleaved with it: a build with only ours, one with only theirs and one with neither. The
#   compiler charges some one-time work per file to whichever analyzer reports there first, so only the
#   standalone builds show what each side costs without the other; the Csc task time of each against the build
#   with neither is what the side adds to the whole compile.
# Needs the analyzers built in Release (ANALYZER_DLL times another build of them instead).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
runs="${RUNS:-5}"
files="${FILES:-2000}"
alone="${ALONE:-0}"
analyzer="${ANALYZER_DLL:-$repo/analyzers/Seedance.Contracts.Analyzers/bin/Release/netstandard2.0/Seedance.Contracts.Analyzers.dll}"
[ -f "$analyzer" ] || { echo "build the analyzers in Release first: $analyzer"; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# A snapshot of the analyzer: every run then times the same build of it, even if it is rebuilt meanwhile.
cp "$analyzer" "$work/Seedance.Contracts.Analyzers.dll"
analyzer="$work/Seedance.Contracts.Analyzers.dll"

# make_variant DIR OURS(0|1) THEIRS(0|1): the synthetic project with our analyzer and/or IDE0010+IDE0072 enabled.
make_variant() {
  local dir="$1" ours="$2" theirs="$3"
  mkdir -p "$dir"
  python3 "$here/make_project.py" "$dir" "$files"
  local item="" enforce=false
  [ "$ours" = 1 ] && item="<Analyzer Include=\"$analyzer\" />"
  [ "$theirs" = 1 ] && enforce=true
  cat > "$dir/Synthetic.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <EnforceCodeStyleInBuild>$enforce</EnforceCodeStyleInBuild>
    <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
    <ReportAnalyzer>true</ReportAnalyzer>
    <NoWarn>\$(NoWarn);CS1998</NoWarn>
  </PropertyGroup>
  <ItemGroup>
    $item
  </ItemGroup>
</Project>
XML
  if [ "$theirs" = 1 ]; then
    printf 'root = true\n[*.cs]\ndotnet_diagnostic.IDE0010.severity = warning\ndotnet_diagnostic.IDE0072.severity = warning\n' > "$dir/.editorconfig"
  else
    printf 'root = true\n' > "$dir/.editorconfig"
  fi
  echo '<Project></Project>' > "$dir/Directory.Build.props"
  echo '<Project></Project>' > "$dir/Directory.Packages.props"
  (cd "$dir" && dotnet restore -v:q >/dev/null)
}

build() {
  (cd "$1" && dotnet build --no-restore --no-incremental -v:d -nologo -clp:PerformanceSummary > "$2" 2>&1) || { tail -30 "$2"; exit 1; }
}

make_variant "$work/same" 1 1
if [ "$alone" = 1 ]; then
  make_variant "$work/ours" 1 0
  make_variant "$work/theirs" 0 1
  make_variant "$work/none" 0 0
fi
for i in $(seq 1 "$runs"); do
  build "$work/same" "$work/same-$i.log"
  if [ "$alone" = 1 ]; then
    build "$work/ours" "$work/ours-$i.log"
    build "$work/theirs" "$work/theirs-$i.log"
    build "$work/none" "$work/none-$i.log"
  fi
done
# LOGS_DIR keeps the detailed logs (the per-analyzer tables) for inspection.
if [ -n "${LOGS_DIR:-}" ]; then mkdir -p "$LOGS_DIR" && cp "$work"/*.log "$LOGS_DIR"/; fi
echo "diagnostics in the last same-build run (each warning is listed twice by MSBuild):"
grep -o -E 'warning (SDC|IDE)[0-9]+' "$work/same-$runs.log" | sort | uniq -c
python3 "$here/parse_report.py" same "$work"/same-*.log
if [ "$alone" = 1 ]; then
  python3 "$here/parse_report.py" alone --ours "$work"/ours-*.log --theirs "$work"/theirs-*.log --none "$work"/none-*.log
fi
