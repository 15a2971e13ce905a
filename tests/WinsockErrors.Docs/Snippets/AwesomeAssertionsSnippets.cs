using System;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading.Tasks;
#region AwesomeAssertionsUsings
using AwesomeAssertions;
using WinsockErrors;
using WinsockErrors.AwesomeAssertions;
#endregion
using Xunit;

namespace WinsockErrors.Docs.Snippets;

// The AwesomeAssertions package's snippets (docs/awesomeassertions.md, its package readme). They run: each is a test.
public class AwesomeAssertionsSnippets
{
    #region AwesomeAssertionsTest
    [Fact]
    public void A_closed_port_refuses_the_connection()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);

        Action connect = () => socket.Connect(IPAddress.Loopback, port);

        connect.Should().ThrowWsaError(WsaError.WSAECONNREFUSED)
            .Which.SocketErrorCode.Should().Be(SocketError.ConnectionRefused);
    }
    #endregion

    [Fact]
    public async Task The_package_readme_example()
    {
        using var http = new HttpClient();
        Exception exception = new AggregateException(new SocketException((int)SocketError.TryAgain));

        #region PackageAwesomeAssertions
        Func<Task> get = () => http.GetAsync(new Uri("http://127.0.0.1:1/"));
        await get.Should().ThrowWsaErrorAsync(WsaError.WSAECONNREFUSED);
        exception.Should().HaveWsaErrorIn(WsaErrorCategory.NameResolution);
        #endregion
    }
}
