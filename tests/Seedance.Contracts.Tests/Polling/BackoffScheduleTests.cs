namespace Seedance.Contracts.Tests.Polling;

public sealed class BackoffScheduleTests
{
    private static readonly TaskPollingOptions Options = new()
    {
        InitialDelay = TimeSpan.FromSeconds(1),
        BackoffFactor = 1.5,
        MaxDelay = TimeSpan.FromSeconds(4),
        Jitter = 0.2,
    };

    [Theory]
    [InlineData(1, 1.0)]
    [InlineData(2, 1.5)]
    [InlineData(3, 2.25)]
    [InlineData(4, 3.375)]
    [InlineData(5, 4.0)]
    [InlineData(50, 4.0)]
    public void Nominal_delay_is_initial_times_factor_to_the_attempt_capped(int attempt, double expectedSeconds) =>
        BackoffSchedule.NominalDelay(Options, attempt).TotalSeconds.Should().BeApproximately(expectedSeconds, 1e-6);

    [Fact]
    public void Jitter_spreads_the_delay_between_one_minus_and_one_plus_the_fraction() =>
        new[]
        {
            BackoffSchedule.Delay(Options, 2, 0.0).TotalSeconds,
            BackoffSchedule.Delay(Options, 2, 0.5).TotalSeconds,
            BackoffSchedule.Delay(Options, 2, 0.9999999).TotalSeconds,
        }.Should().BeEquivalentTo(new[] { 1.2, 1.5, 1.8 }, o => o.Using<double>(c => c.Subject.Should().BeApproximately(c.Expectation, 1e-5)).WhenTypeIs<double>());

    [Fact]
    public void Jitter_never_pushes_a_delay_above_MaxDelay() =>
        BackoffSchedule.Delay(Options, 10, 0.9999999).Should().Be(TimeSpan.FromSeconds(4));
}
