using System;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;
using FluentAssertions;
using Xunit;

namespace WinsockErrors.Docs.Snippets;

// The telemetry snippet (docs/telemetry.md). It runs: it is a test.
public class TelemetrySnippets
{
    [Fact]
    public async Task A_caught_socket_error_sets_error_type()
    {
        using var activity = new Activity("send payment").Start();

        var act = async () =>
        {
            #region TelemetryErrorType
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, 1);
            }
            catch (Exception e) when (WsaErrors.Find(e) is { } info)
            {
                Activity.Current?.SetStatus(ActivityStatusCode.Error, info.Title);
                Activity.Current?.SetTag("error.type", info.ErrorType); // connection_refused, as .NET's own socket telemetry says
                throw;
            }
            #endregion
        };

        await act.Should().ThrowAsync<SocketException>();
        activity.GetTagItem("error.type").Should().Be("connection_refused");
        activity.Status.Should().Be(ActivityStatusCode.Error);
    }
}
