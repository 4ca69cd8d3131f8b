// A consumer with a spec of its own (the seed page under namespace Consumer.Api) beside the package's types.
using Seedance.Contracts;

Consumer.Api.MagnificTaskStatus own = Consumer.Api.MagnificTaskStatus.Completed;
MagnificTaskStatus shipped = MagnificTaskStatus.Completed;
Console.WriteLine($"{Consumer.Api.MagnificTaskStatusExtensions.ToWireValue(own)} {shipped.ToWireValue()} {typeof(Consumer.Api.MagnificClient).FullName}");
Console.WriteLine(Score(own));

static int Score(Consumer.Api.MagnificTaskStatus status) => status switch // expect SDC001
{
    Consumer.Api.MagnificTaskStatus.Completed => 1,
    _ => 0,
};
