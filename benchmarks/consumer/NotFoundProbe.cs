// The start-to-first-request probe, published with NativeAOT: one GET of a task id the server does not know
// (a 404) through the package's generated client, then exit. time_first_request.py times it.
using Seedance.Contracts;

using var client = new MagnificClient(new MagnificClientOptions { ApiKey = args[1], BaseAddress = new Uri(args[0]) });
try
{
    await client.GetSeedance2MiniTaskAsync("00000000-0000-0000-0000-000000000000");
    Console.WriteLine("unexpected: the unknown task was found");
    return 1;
}
catch (SeedanceNotFoundException)
{
    Console.WriteLine("404");
    return 0;
}
