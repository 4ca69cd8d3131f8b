// Runs the benchmarks: `dotnet run -c Release --project benchmarks/Seedance.Contracts.Benchmarks -- --filter '*'`
// (benchmarks/run-bdn.sh does that and copies the markdown reports into docs/benchmarks/).
using BenchmarkDotNet.Running;
using Seedance.Contracts.Benchmarks;

BenchmarkSwitcher.FromAssembly(typeof(BenchmarkConfig).Assembly).Run(args, BenchmarkConfig.Create());
