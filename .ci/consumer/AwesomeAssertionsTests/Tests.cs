// An xunit project that asserts socket errors with WinsockErrors.AwesomeAssertions.
using System;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading.Tasks;
using AwesomeAssertions;
using WinsockErrors;
using WinsockErrors.AwesomeAssertions;
using Xunit;

public class ConsumerTests
{
    [Fact]
    public async Task A_closed_port_refuses_the_connection()
    {
        using var http = new HttpClient();

        Func<Task> get = () => http.GetAsync(new Uri("http://127.0.0.1:1/"));

        await get.Should().ThrowWsaErrorAsync(WsaError.WSAECONNREFUSED);
    }

    [Fact]
    public void A_wrapped_error_is_found_by_category() =>
        new HttpRequestException("lookup failed", new SocketException((int)SocketError.HostNotFound))
            .Should().HaveWsaErrorIn(WsaErrorCategory.NameResolution);

    [Fact]
    public void A_nullable_code_is_asserted_by_name()
    {
        int? code = 10060;

        code.Should().BeWsaError(WsaError.WSAETIMEDOUT);
    }
}
