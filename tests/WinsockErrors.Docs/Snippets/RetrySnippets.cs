using System;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;
using FluentAssertions;
using Xunit;

namespace WinsockErrors.Docs.Snippets;

// The retry advice snippets (docs/retry.md). They run: each is a test.
public class RetrySnippets
{
    [Fact]
    public async Task A_hand_written_retry_loop()
    {
        var attempts = 0;
        async Task SendPaymentAsync()
        {
            attempts++;
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, 1); // refused: nothing reached the peer
        }

        var act = async () =>
        {
            #region RetryLoop
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await SendPaymentAsync();
                    break;
                }
                catch (Exception e) when (attempt < 3 && WsaErrors.ShouldRetry(e, idempotent: false))
                {
                    // Safe (nothing reached the peer) or AfterDelay (a local shortage): wait, then try again.
                    await Task.Delay(TimeSpan.FromMilliseconds(100 * attempt));
                }
            }
            #endregion
        };

        await act.Should().ThrowAsync<SocketException>();
        attempts.Should().Be(3);
    }

    [Fact]
    public void The_advice_of_a_code_and_its_reason()
    {
        #region RetryAdviceOfACode
        var info = WsaErrors.Get(WsaError.WSAECONNRESET);
        Console.WriteLine($"{info.Name}: {info.RetryAdvice}. {info.RetryReason}");
        // WSAECONNRESET: IfIdempotent. The peer closed an existing connection forcibly; work sent on it may have reached the peer.
        #endregion

        info.RetryAdvice.Should().Be(WsaRetryAdvice.IfIdempotent);
    }
}
