using System.Linq;
using System.Net.Sockets;

namespace WinsockErrors.Tests;

public class SocketErrorMappingTests
{
    [Fact]
    public void Every_SocketError_but_the_catch_all_maps_to_the_WsaError_of_the_same_value()
    {
        foreach (var socketError in Enum.GetValues<SocketError>().Where(e => e != SocketError.SocketError))
        {
            var error = socketError.ToWsaError();
            error.Should().NotBeNull(socketError.ToString());
            ((int)error!.Value).Should().Be((int)socketError);
            error.Value.ToSocketError().Should().Be(socketError);
            WsaErrors.Get(error.Value).SocketError.Should().Be(socketError);
        }

        SocketError.SocketError.ToWsaError().Should().BeNull();
        ((SocketError)12345).ToWsaError().Should().BeNull();
    }

    [Fact]
    public void Codes_dotnet_has_no_member_for_give_null()
    {
        WsaError.WSAEBADF.ToSocketError().Should().BeNull();
        WsaError.WSAETOOMANYREFS.ToSocketError().Should().BeNull();
        WsaError.WSA_QOS_RECEIVERS.ToSocketError().Should().BeNull();
        ((WsaError)12345).ToSocketError().Should().BeNull();
        WsaErrors.All.Count(e => e.SocketError is not null).Should().Be(Enum.GetValues<SocketError>().Length - 1);
    }

#if !LIBRARY_NETSTANDARD
    [Fact]
    public void The_SocketError_name_table_names_each_entry_that_has_a_SocketError_once()
    {
        var names = WsaErrors.BuildSocketErrorNames();

        names.Should().HaveCount(WsaErrors.All.Count(e => e.SocketError is not null));
        names.Should().OnlyContain(p => WsaErrors.All[p.Value].SocketError.ToString() == p.Key);
        names.Should().Contain(p => p.Key == "Success" && p.Value == 0, "entry 0, NO_ERROR, is in the table too");
    }
#endif
}
