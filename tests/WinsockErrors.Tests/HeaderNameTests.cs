namespace WinsockErrors.Tests;

public class HeaderNameTests
{
    [Theory]
    [InlineData(WsaError.WSAECONNRESET, "WSAECONNRESET")]
    [InlineData(WsaError.WSAECONNRESET, "wsaeconnreset")]
    [InlineData(WsaError.WSAECONNRESET, "ECONNRESET")]
    [InlineData(WsaError.WSAHOST_NOT_FOUND, "EAI_NONAME")]
    [InlineData(WsaError.WSAESHUTDOWN, "ESHUTDOWN")]
    [InlineData(WsaError.WSAEINTR, "eintr")]
    public void The_macro_name_an_alias_and_the_winsock2_h_errno_name_the_code(WsaError error, string name) =>
        WsaErrors.Get(error).IsHeaderName(name.AsSpan()).Should().BeTrue();

    [Theory]
    [InlineData(WsaError.WSAESHUTDOWN, "EPIPE")]
    [InlineData(WsaError.WSAEADDRNOTAVAIL, "ENOENT")]
    [InlineData(WsaError.WSAECONNRESET, "ECONNREFUSED")]
    [InlineData(WsaError.WSAECONNRESET, "WSAECONNREFUSED")]
    [InlineData(WsaError.WSAECONNRESET, "")]
    [InlineData(WsaError.WSAECONNRESET, " ECONNRESET")]
    public void An_errno_only_dotnet_maps_and_another_code_s_names_do_not(WsaError error, string name) =>
        WsaErrors.Get(error).IsHeaderName(name.AsSpan()).Should().BeFalse();

    [Fact]
    public void The_errno_check_is_needed_because_some_winsock2_h_pairs_are_no_alias()
    {
        var interrupted = WsaErrors.Get(WsaError.WSAEINTR);

        interrupted.Aliases.Should().NotContain("EINTR");
        interrupted.Errno.Should().Contain(e => e.Name == "EINTR" && e.IsWinsockPair);
    }
}
