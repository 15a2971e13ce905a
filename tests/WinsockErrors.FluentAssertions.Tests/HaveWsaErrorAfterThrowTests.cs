using System;
using System.IO;
using System.Net.Sockets;
using System.Threading.Tasks;
using FluentAssertions;
using Xunit;

namespace WinsockErrors.FluentAssertions.Tests;

public class HaveWsaErrorAfterThrowTests
{
    [Fact]
    public async Task Passes_for_the_IOException_of_a_reset_NetworkStream()
    {
        using var client = await Loopback.ResetConnectionAsync();
        var stream = client.GetStream();
        Action read = () => stream.ReadExactly(new byte[1]);

        read.Should().Throw<IOException>().HaveWsaError(WsaError.WSAECONNRESET)
            .Which.SocketErrorCode.Should().Be(SocketError.ConnectionReset);
    }

    [Fact]
    public async Task Fails_for_another_error_and_names_the_IOException()
    {
        using var client = await Loopback.ResetConnectionAsync();
        var stream = client.GetStream();
        Action read = () => stream.ReadExactly(new byte[1]);

        FailureMessage.Of(() => read.Should().Throw<IOException>().HaveWsaError(WsaError.WSAETIMEDOUT, "reads {0}", "time out"))
            .Should().Be("Expected the exception to have socket error WSAETIMEDOUT (10060: Connection timed out) because reads time out, "
                + "but found System.IO.IOException wrapping WSAECONNRESET (10054: Connection reset by peer).");
    }

    [Fact]
    public async Task Passes_for_the_category_after_ThrowAsync()
    {
        Func<Task> resolve = () => Task.FromException(new IOException("lookup", new SocketException((int)SocketError.NoData)));

        (await resolve.Should().ThrowAsync<IOException>()).HaveWsaErrorIn(WsaErrorCategory.NameResolution);
    }

    [Fact]
    public void Fails_for_the_category_when_nothing_is_wrapped()
    {
        Action act = () => throw new IOException("disk full");

        FailureMessage.Of(() => act.Should().Throw<IOException>().HaveWsaErrorIn(WsaErrorCategory.NameResolution))
            .Should().Be("Expected the exception to have a socket error of category NameResolution, "
                + "but found System.IO.IOException with message \"disk full\", which is not and does not wrap a SocketException.");
    }

    [Fact]
    public void Several_thrown_exceptions_are_each_named_joined_by_and()
    {
        Action both = () => throw new AggregateException(
            new IOException("first", new SocketException((int)SocketError.ConnectionRefused)),
            new IOException("second", new SocketException((int)SocketError.TimedOut)));

        FailureMessage.Of(() => both.Should().Throw<IOException>().HaveWsaError(WsaError.WSAECONNRESET))
            .Should().EndWith("but found System.IO.IOException wrapping WSAECONNREFUSED (10061: Connection refused) "
                + "and System.IO.IOException wrapping WSAETIMEDOUT (10060: Connection timed out).");
    }
}
