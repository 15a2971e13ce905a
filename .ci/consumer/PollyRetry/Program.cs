// A fresh console app on WinsockErrors.Polly: a retry pipeline for work that is not idempotent retries a refused
// connection (nothing reached the peer) and gives up after its attempts.
using System;
using System.Net;
using System.Net.Sockets;
using Polly;
using Polly.Retry;
using WinsockErrors;
using WinsockErrors.Polly;

var listener = new TcpListener(IPAddress.Loopback, 0);
listener.Start();
var port = ((IPEndPoint)listener.LocalEndpoint).Port;
listener.Stop();

var pipeline = new ResiliencePipelineBuilder()
    .AddRetry(new RetryStrategyOptions
    {
        ShouldHandle = new PredicateBuilder().HandleRetryableWsaErrors(idempotent: false),
        MaxRetryAttempts = 2,
        Delay = TimeSpan.Zero,
    })
    .Build();

var attempts = 0;
try
{
    await pipeline.ExecuteAsync(async token =>
    {
        attempts++;
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, port, token);
    });
    Console.WriteLine($"connected to 127.0.0.1:{port}, which should have refused");
    return 1;
}
catch (SocketException e)
{
    Console.WriteLine($"{WsaErrors.Describe(e)} {WsaErrors.GetRetryAdvice(e)}, {attempts} attempts");
    return attempts == 3 ? 0 : 1;
}
