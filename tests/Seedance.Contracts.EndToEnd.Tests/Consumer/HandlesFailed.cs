// The same consumer with FAILED handled: the build must be free of warnings.
using Seedance.Contracts;

var options = new MagnificClientOptions { ApiKey = "key", BaseAddress = new Uri(args[0]) };
using var client = new MagnificClient(options);
var created = await client.CreateVideoSeedance2Mini480pAsync(new Seedance2MiniRequest { Prompt = "a cat" });
var status = created.Data.Status;
while (!status.IsTerminal())
{
    await Task.Delay(100);
    status = (await client.GetSeedance2MiniTaskAsync(created.Data.TaskId.ToString())).Data.Status;
}

Console.WriteLine(Describe(status));

static string Describe(MagnificTaskStatus status) => status switch
{
    MagnificTaskStatus.Completed => "done",
    MagnificTaskStatus.Failed => "failed",
    MagnificTaskStatus.Created or MagnificTaskStatus.InProgress => "still waiting",
    _ => "unknown",
};
