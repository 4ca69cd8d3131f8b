namespace Seedance.Contracts.Tests.Simulator;

/// <summary>
/// The generated client refuses an empty task id instead of sending <c>GET /v1/ai/video/seedance-2-mini/</c>,
/// which the simulator (like the real API) answers with the task list.
/// </summary>
public sealed class MagnificPathParameterTests : SimulatorTest
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t")]
    public async Task An_empty_or_whitespace_task_id_throws_ArgumentException_and_sends_nothing(string taskId)
    {
        using MagnificClient client = Client();

        var error = (await client.Invoking(c => c.GetSeedance2MiniTaskAsync(taskId)).Should().ThrowAsync<ArgumentException>()).Which;

        error.Should().NotBeOfType<ArgumentNullException>();
        error.ParamName.Should().Be("taskId");
        error.Message.Should().Contain("task-id");
        Simulator.Control.GetRequestLog().Should().BeEmpty();
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public async Task Waiting_for_an_empty_task_id_throws_ArgumentException_before_polling(string taskId)
    {
        using MagnificClient client = Client();

        var error = (await client.Invoking(c => c.WaitForCompletionAsync(taskId)).Should().ThrowAsync<ArgumentException>()).Which;

        error.Should().NotBeOfType<ArgumentNullException>();
        error.ParamName.Should().Be("taskId");
        Simulator.Control.GetRequestLog().Should().BeEmpty();
    }

    [Fact]
    public async Task A_null_task_id_still_throws_ArgumentNullException()
    {
        using MagnificClient client = Client();

        (await client.Invoking(c => c.GetSeedance2MiniTaskAsync(null!)).Should().ThrowAsync<ArgumentNullException>())
            .Which.ParamName.Should().Be("taskId");
    }
}
