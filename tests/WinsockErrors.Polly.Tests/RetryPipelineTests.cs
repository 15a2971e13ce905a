using System.Net.Sockets;
using Polly;
using Polly.Retry;
using WinsockErrors.Tests;

namespace WinsockErrors.Polly.Tests;

/// <summary>Real retry pipelines built with the predicates, run against real loopback failures.</summary>
public class RetryPipelineTests
{
    private const int MaxRetryAttempts = 2;

    [Fact]
    public async Task A_refused_connect_is_retried_for_work_that_is_not_idempotent()
    {
        var (attempts, failure) = await RunAsync(Pipeline(idempotent: false), Loopback.ConnectToAClosedPortAsync);

        failure.Should().BeOfType<SocketException>().Which.SocketErrorCode.Should().Be(SocketError.ConnectionRefused);
        attempts.Should().Be(1 + MaxRetryAttempts);
    }

    [Fact]
    public async Task A_reset_after_sending_is_not_retried_for_work_that_is_not_idempotent()
    {
        var (attempts, failure) = await RunAsync(Pipeline(idempotent: false), Loopback.SendThenReadAResetAsync);

        failure.Should().BeOfType<IOException>();
        attempts.Should().Be(1);
    }

    [Fact]
    public async Task A_reset_after_sending_is_retried_for_idempotent_work()
    {
        var (attempts, failure) = await RunAsync(Pipeline(idempotent: true), Loopback.SendThenReadAResetAsync);

        failure.Should().BeOfType<IOException>();
        attempts.Should().Be(1 + MaxRetryAttempts);
    }

    [Fact]
    public async Task HandleWsaError_retries_the_listed_errors_only()
    {
        var pipeline = new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().HandleWsaError(WsaError.WSAECONNREFUSED, WsaError.WSAETIMEDOUT),
                MaxRetryAttempts = MaxRetryAttempts,
                Delay = TimeSpan.Zero,
            })
            .Build();

        (await RunAsync(pipeline, Loopback.ConnectToAClosedPortAsync)).Attempts.Should().Be(1 + MaxRetryAttempts);
        (await RunAsync(pipeline, Loopback.SendThenReadAResetAsync)).Attempts.Should().Be(1);
    }

    /// <summary>Runs <paramref name="failing"/> through <paramref name="pipeline"/>: how often it ran, and what the pipeline threw.</summary>
    private static async Task<(int Attempts, Exception? Failure)> RunAsync(ResiliencePipeline pipeline, Func<Task> failing)
    {
        var attempts = 0;
        try
        {
            await pipeline.ExecuteAsync(async _ =>
            {
                attempts++;
                await failing();
            });
        }
        catch (Exception e) when (e is SocketException or IOException)
        {
            return (attempts, e);
        }

        return (attempts, null);
    }

    private static ResiliencePipeline Pipeline(bool idempotent) => new ResiliencePipelineBuilder()
        .AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().HandleRetryableWsaErrors(idempotent),
            MaxRetryAttempts = MaxRetryAttempts,
            Delay = TimeSpan.Zero,
        })
        .Build();
}
