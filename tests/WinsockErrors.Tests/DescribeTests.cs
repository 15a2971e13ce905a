namespace WinsockErrors.Tests;

public class DescribeTests
{
    [Theory]
    [InlineData(10054, "WSAECONNRESET (10054): Connection reset by peer.")]
    [InlineData(0, "NO_ERROR (0): The operation completed successfully.")]
    [InlineData(995, "WSA_OPERATION_ABORTED (995): Overlapped operation aborted.")]
    [InlineData(10092, "WSAVERNOTSUPPORTED (10092): Winsock.dll version out of range.")]
    [InlineData(11032, "WSA_SECURE_HOST_NOT_FOUND (11032): No such host is known securely.")]
    public void Describes_a_code_in_one_line(int code, string expected)
    {
        WsaErrors.Describe(code).Should().Be(expected);
        WsaErrors.Describe((WsaError)code).Should().Be(expected);
        WsaErrors.Find(code)!.ToString().Should().Be(expected);
    }

    [Theory]
    [InlineData(12345, "Unknown Winsock error 12345 (0x3039).")]
    [InlineData(0x7FFFFFFF, "Unknown Winsock error 2147483647 (0x7FFFFFFF).")]
    [InlineData(int.MinValue, "Unknown Winsock error -2147483648 (0x80000000).")]
    [InlineData(-5, "Unknown Winsock error -5 (0xFFFFFFFB).")]
    public void Describes_an_unknown_code_without_throwing(int code, string expected)
    {
        WsaErrors.Describe(code).Should().Be(expected);
        WsaErrors.Describe((WsaError)code).Should().Be(expected);
    }

    [Theory]
    [InlineData(10054, "An existing connection was forcibly closed by the remote host.")]
    [InlineData(10061, "No connection could be made because the target machine actively refused it.")]
    [InlineData(6, "The handle is invalid.")]
    [InlineData(0, "The operation completed successfully.")]
    [InlineData(12345, "Unknown error (0x3039)")]
    [InlineData(111, "Unknown error (0x6f)")]
    [InlineData(-1, "Unknown error (0xffffffff)")]
    public void FormatMessage_gives_the_Windows_text_on_every_OS(int code, string expected) =>
        WsaErrors.FormatMessage(code).Should().Be(expected);

    [Theory]
    [InlineData(null, "WSAECONNRESET (10054): Connection reset by peer.")]
    [InlineData("G", "WSAECONNRESET (10054): Connection reset by peer.")]
    [InlineData("N", "WSAECONNRESET")]
    [InlineData("n", "WSAECONNRESET")]
    [InlineData("D", "10054")]
    [InlineData("X", "0x2746")]
    [InlineData("H", "0x80072746")]
    [InlineData("S", "WSAECONNRESET (10054: Connection reset by peer)")]
    [InlineData("s", "WSAECONNRESET (10054: Connection reset by peer)")]
    [InlineData("T", "Connection reset by peer.")]
    [InlineData("M", "An existing connection was forcibly closed by the remote host.")]
    public void Formats_single_fields(string? format, string expected)
    {
        var info = WsaErrors.Get(WsaError.WSAECONNRESET);

        info.ToString(format, null).Should().Be(expected);
        string.Format(System.Globalization.CultureInfo.InvariantCulture, "{0:" + (format ?? "G") + "}", info).Should().Be(expected);
#if !LIBRARY_NETSTANDARD
        Span<char> buffer = stackalloc char[100];
        info.TryFormat(buffer, out var written, format, null).Should().BeTrue();
        buffer[..written].ToString().Should().Be(expected);
#endif
        $"{info}".Should().Be("WSAECONNRESET (10054): Connection reset by peer.");
    }

    [Fact]
    public void Formatting_into_a_short_buffer_reports_false_and_a_bad_format_throws()
    {
        var info = WsaErrors.Get(WsaError.WSAECONNRESET);
#if !LIBRARY_NETSTANDARD
        Span<char> tiny = stackalloc char[4];

        info.TryFormat(tiny, out var written, "N", null).Should().BeFalse();
        written.Should().Be(0);
        info.TryFormat(tiny, out _, "H", null).Should().BeFalse();
#endif
        var act = () => info.ToString("Q", null);
        act.Should().Throw<FormatException>().WithMessage("*G, N, D, X, H, S, T or M*");
    }

    [Fact]
    public void ToName_gives_the_macro_name_or_the_number()
    {
        WsaError.WSAECONNRESET.ToName().Should().Be("WSAECONNRESET");
        WsaError.WSA_QOS_EUNKOWNPSOBJ.ToName().Should().Be("WSA_QOS_EUNKOWNPSOBJ");
        ((WsaError)12345).ToName().Should().Be("12345");
    }
}
