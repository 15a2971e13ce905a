using System;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading.Tasks;
using FluentAssertions;
using WinsockErrors.FluentAssertions;
using Xunit;

namespace WinsockErrors.Docs.Snippets;

// The assertions' snippets (README.md, docs/assertions.md, the package readme). They run: each is a test.
public class AssertionSnippets
{
    #region ReadmeAssertions
    [Fact]
    public async Task A_closed_port_refuses_the_connection()
    {
        using var http = new HttpClient();

        Func<Task> get = () => http.GetAsync(new Uri("http://127.0.0.1:1/"));

        await get.Should().ThrowWsaErrorAsync(WsaError.WSAECONNREFUSED); // on Windows, Linux and macOS
    }
    #endregion

    [Fact]
    public async Task The_package_readme_example()
    {
        using var http = new HttpClient();
        Exception exception = new AggregateException(new SocketException((int)SocketError.TryAgain));

        #region PackageFluentAssertions
        Func<Task> get = () => http.GetAsync(new Uri("http://127.0.0.1:1/"));
        await get.Should().ThrowWsaErrorAsync(WsaError.WSAECONNREFUSED);
        exception.Should().HaveWsaErrorIn(WsaErrorCategory.NameResolution);
        #endregion
    }

    [Fact]
    public void Every_form_of_assertion()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        var socketException = new SocketException((int)SocketError.ConnectionRefused);
        Exception exception = new HttpRequestException("wrapped", new SocketException((int)SocketError.HostNotFound));

        #region AssertionsAllForms
        Action connect = () => socket.Connect(IPAddress.Loopback, port);
        connect.Should().ThrowWsaError(WsaError.WSAECONNREFUSED)
            .Which.SocketErrorCode.Should().Be(SocketError.ConnectionRefused);

        exception.Should().HaveWsaErrorIn(WsaErrorCategory.NameResolution);      // any name-resolution error, wrapped or not
        socketException.ErrorCode.Should().BeWsaError(WsaError.WSAECONNREFUSED); // 10061, or 111 on Linux
        SocketError.TimedOut.Should().BeWsaError(WsaError.WSAETIMEDOUT);
        #endregion
    }
}
