using System.Linq;

namespace WinsockErrors.Tests;

#pragma warning disable CS0618 // IsTransient is obsolete in favour of RetryAdvice; what it returns stays pinned until it is removed
public class TransientTests
{
    [Fact]
    public void Transient_codes_follow_Gos_Temporary_and_Timeout_plus_DNS_try_again()
    {
        WsaErrors.All.Where(e => e.IsTransient).Select(e => e.Error).Should().BeEquivalentTo(new[]
        {
            WsaError.WSAEINTR, WsaError.WSAEMFILE, WsaError.WSAEWOULDBLOCK, WsaError.WSAETIMEDOUT, WsaError.WSATRY_AGAIN,
        });
        WsaErrors.All.Where(e => e.IsTimeout).Select(e => e.Error).Should().BeEquivalentTo(new[]
        {
            WsaError.WSAEWOULDBLOCK, WsaError.WSAETIMEDOUT,
        });
    }

    [Fact]
    public void Every_timeout_is_transient_and_definite_failures_are_not()
    {
        WsaErrors.All.Where(e => e.IsTimeout).Should().OnlyContain(e => e.IsTransient);
        WsaErrors.Get(WsaError.WSAHOST_NOT_FOUND).IsTransient.Should().BeFalse();
        WsaErrors.Get(WsaError.WSAEACCES).IsTransient.Should().BeFalse();
        WsaErrors.Get(WsaError.NO_ERROR).IsTransient.Should().BeFalse();
    }
}
