// A consumer that polls a Seedance 2.0 Mini task and forgets FAILED: the build must warn at the marked lines.
using Seedance.Contracts;

var options = new MagnificClientOptions { ApiKey = "key", BaseAddress = new Uri(args[0]) };
using var client = new MagnificClient(options);
var created = await client.CreateVideoSeedance2Mini480pAsync(new Seedance2MiniRequest { Prompt = "a cat" });
var status = created.Data.Status;
while (status != MagnificTaskStatus.Completed) // expect SDC003
{
    await Task.Delay(100);
    status = (await client.GetSeedance2MiniTaskAsync(created.Data.TaskId.ToString())).Data.Status;
}

Console.WriteLine(Describe(status));

static string Describe(MagnificTaskStatus status) => status switch // expect SDC001
{
    MagnificTaskStatus.Completed => "done",
    _ => "still waiting",
};
