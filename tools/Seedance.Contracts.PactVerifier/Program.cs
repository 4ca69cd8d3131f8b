using Seedance.Contracts.Pact.Provider;
using Seedance.Contracts.Pact.SeedanceApi;
using Seedance.Contracts.PactVerifier;
using Seedance.Contracts.Simulator;

// Usage: Seedance.Contracts.PactVerifier [pact-folder]   (default: ./pacts)
// Exit codes: 0 every interaction verified (and at least one); 1 mismatches or nothing verified; 2 bad input.
Environment.SetEnvironmentVariable("PACT_DO_NOT_TRACK", "true");
string folder = Path.GetFullPath(args.Length > 0 ? args[0] : "pacts");

IReadOnlyList<string> files;
try
{
    files = PactFolder.Collect(folder, SeedanceContract.ProviderName);
}
catch (Exception ex) when (ex is InvalidOperationException or System.Text.Json.JsonException or IOException)
{
    Console.Error.WriteLine($"pact-verify: {ex.Message}");
    return 2;
}

await using var simulator = await SeedanceSimulator.StartAsync(new SeedanceSimulatorOptions
{
    ApiKey = SeedanceContract.ExampleApiKey,
    ConfigureEndpoints = SimulatorProviderStates.Map,
});

var verifier = new PactProviderVerifier(SeedanceContract.ProviderName, simulator.BaseAddress)
{
    ProviderStateUri = new Uri(simulator.BaseAddress, SimulatorProviderStates.Path.TrimStart('/')),
};
foreach (var file in files)
{
    verifier.WithPactFile(file);
}

Console.WriteLine($"pact-verify: replaying {files.Count} pact file(s) from {folder} against the simulator at {simulator.BaseAddress}");
var result = await verifier.VerifyAsync(); // the engine prints its own report to stdout
int failed = result.Interactions.Count(i => !i.Passed);
foreach (var failure in result.Interactions.Where(i => !i.Passed))
{
    Console.WriteLine($"FAILED: {failure.Description}: {failure.Failure}");
}

Console.WriteLine($"pact-verify: engine exit code {result.ExitCode}; {result.Interactions.Count} interaction(s) verified, {failed} failed.");
if (result.Interactions.Count == 0)
{
    Console.WriteLine("pact-verify: FAILED: zero interactions were verified (the engine calls that a success; we do not).");
}

return result.Succeeded ? 0 : 1;
