using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using FluentAssertions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Retry;
using Polly.Timeout;
using WinsockErrors.Polly;
using Xunit;

namespace WinsockErrors.Docs.Snippets;

// The Polly snippets (docs/polly.md, the WinsockErrors.Polly readme). They run: each is a test.
public class PollySnippets
{
    [Fact]
    public async Task The_package_readme_pipeline_retries_a_refused_connection()
    {
        var attempts = 0;

        #region PackagePolly
        var pipeline = new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                // A refused connection is retried even for a payment; a reset after sending is not.
                ShouldHandle = new PredicateBuilder().HandleRetryableWsaErrors(idempotent: false),
                MaxRetryAttempts = 3,
            })
            .Build();
        #endregion

        var act = () => pipeline.ExecuteAsync(async token =>
        {
            attempts++;
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, 1, token);
        }).AsTask();

        await act.Should().ThrowAsync<SocketException>();
        attempts.Should().Be(4);
    }

    [Fact]
    public void A_predicate_for_HttpClient_results_chains()
    {
        #region PollyChaining
        var retry = new RetryStrategyOptions<HttpResponseMessage>
        {
            ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                .HandleRetryableWsaErrors(idempotent: true) // a GET: a reset may be retried too
                .HandleWsaError(WsaError.WSAEACCES)         // and a code you choose, wherever it is wrapped
                .Handle<TimeoutRejectedException>()
                .HandleResult(response => response.StatusCode == HttpStatusCode.ServiceUnavailable),
        };
        #endregion

        retry.ShouldHandle.Should().NotBeNull();
    }

    [Fact]
    public async Task Adding_the_advice_to_the_standard_handler_keeps_what_it_handles()
    {
        var services = new ServiceCollection();

        #region PollyHttpResilienceAdd
        services.AddHttpClient("catalog")
            .AddStandardResilienceHandler(options =>
            {
                // Theirs handles every HttpRequestException, 5xx, 408 and 429; ours adds socket errors in any wrapping.
                var theirs = options.Retry.ShouldHandle;
                Func<RetryPredicateArguments<HttpResponseMessage>, ValueTask<bool>> ours =
                    new PredicateBuilder<HttpResponseMessage>().HandleRetryableWsaErrors(idempotent: true);
                options.Retry.ShouldHandle = async args => await theirs(args) || await ours(args);
            });
        #endregion

        // Their predicate does not know an IOException; ours finds the refused connection inside it.
        var attempts = await Attempts(services, "catalog", new IOException("connect", new SocketException((int)SocketError.ConnectionRefused)));
        attempts.Should().Be(4);
        (await Attempts(services, "catalog", new HttpRequestException("reset", new SocketException((int)SocketError.ConnectionReset)))).Should().Be(4);
    }

    [Fact]
    public async Task Letting_the_advice_decide_socket_errors_spares_work_that_reached_the_peer()
    {
        var services = new ServiceCollection();

        #region PollyHttpResilienceDecide
        services.AddHttpClient("payments")
            .AddStandardResilienceHandler(options =>
            {
                // A socket error: the advice decides (a POST is not idempotent). Anything else: theirs, unchanged.
                var theirs = options.Retry.ShouldHandle;
                options.Retry.ShouldHandle = args =>
                    args.Outcome.Exception is { } e && WsaErrors.GetRetryAdvice(e) is not null
                        ? new ValueTask<bool>(WsaErrors.ShouldRetry(e, idempotent: false))
                        : theirs(args);
            });
        #endregion

        (await Attempts(services, "payments", new HttpRequestException("reset", new SocketException((int)SocketError.ConnectionReset)))).Should().Be(1);
        (await Attempts(services, "payments", new HttpRequestException("refused", new SocketException((int)SocketError.ConnectionRefused)))).Should().Be(4);
        (await Attempts(services, "payments", new HttpRequestException("TLS failed"))).Should().Be(4, "theirs still handles what carries no socket error");
    }

    /// <summary>How many times the named client's handler is called when every call fails with <paramref name="failure"/>.</summary>
    private static async Task<int> Attempts(ServiceCollection services, string name, Exception failure)
    {
        var primary = new FailingHandler(failure);
        services.AddHttpClient(name).ConfigurePrimaryHttpMessageHandler(() => primary);
        services.ConfigureAll<HttpStandardResilienceOptions>(options => options.Retry.Delay = TimeSpan.Zero);
        using var provider = services.BuildServiceProvider();
        using var http = provider.GetRequiredService<IHttpClientFactory>().CreateClient(name);

        await FluentActions.Awaiting(() => http.PostAsync(new Uri("http://127.0.0.1:1/"), new StringContent("pay"))).Should().ThrowAsync<Exception>();
        return primary.Calls;
    }

    private sealed class FailingHandler(Exception failure) : HttpMessageHandler
    {
        public int Calls { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Calls++;
            return Task.FromException<HttpResponseMessage>(failure);
        }
    }
}
