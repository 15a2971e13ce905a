namespace WinsockErrors.Tests;

/// <summary>TryParse and TryParseNumber: every written form, and bad input.</summary>
public class ParseTests
{
    [Theory]
    [MemberData(nameof(ReadingCases.All), MemberType = typeof(ReadingCases))]
    public void Every_form_in_the_shared_table(string text, string? name)
    {
        WsaErrors.TryParse(text, out var info).Should().Be(name is not null);
        info?.Name.Should().Be(name);
        WsaErrors.TryParse(text.AsSpan(), out var fromSpan).Should().Be(name is not null);
        fromSpan.Should().BeSameAs(info);
    }

    [Theory]
    [InlineData("10054", 10054)]
    [InlineData("-2147014842", -2147014842)]
    [InlineData("0x80072746", -2147014842)]
    [InlineData("2147952454", -2147014842)]
    [InlineData("0xFFFDFFFF", -131073)]
    [InlineData("4294967295", -1)]
    [InlineData("-2147483648", int.MinValue)]
    [InlineData("0x2746", 10054)]
    [InlineData("0XaBcD", 0xABCD)]
    [InlineData("000010054", 10054)]
    [InlineData("+7", 7)]
    public void Numbers_keep_their_32_bits(string text, int value)
    {
        WsaErrors.TryParseNumber(text, out var parsed).Should().BeTrue();
        parsed.Should().Be(value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData("+")]
    [InlineData("0x")]
    [InlineData("0x123456789")]
    [InlineData("4294967296")]
    [InlineData("-2147483649")]
    [InlineData("99999999999999999999999")]
    [InlineData(" 10054")]
    [InlineData("10054 ")]
    [InlineData("10 054")]
    [InlineData("-0x2746")]
    [InlineData("0xG")]
    [InlineData("١٠٠٥٤")]
    [InlineData("ten")]
    public void Anything_else_is_not_a_number(string text)
    {
        WsaErrors.TryParseNumber(text, out var parsed).Should().BeFalse();
        parsed.Should().Be(0);
    }

    [Theory]
    [InlineData("  10054\t", "WSAECONNRESET")]
    [InlineData("\nECONNRESET ", "WSAECONNRESET")]
    [InlineData("( 00000005 , 0xFFFDFFFF )", "WSAHOST_NOT_FOUND")]
    public void Surrounding_white_space_is_ignored(string text, string name)
    {
        WsaErrors.TryParse(text, out var info).Should().BeTrue();
        info!.Name.Should().Be(name);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("()")]
    [InlineData("(,)")]
    [InlineData("(0000000Z, 10054)")]
    [InlineData("(00000005, )")]
    [InlineData("(10054")]
    [InlineData("SocketError.")]
    public void Empty_and_malformed_text_finds_nothing(string? text)
    {
        WsaErrors.TryParse(text, out var info).Should().BeFalse();
        info.Should().BeNull();
    }

    [Fact]
    public void Huge_text_finds_nothing()
    {
        WsaErrors.TryParse(new string('9', 1_000_000), out _).Should().BeFalse();
        WsaErrors.TryParse(new string('E', 1_000_000), out _).Should().BeFalse();
    }

    [Fact]
    public void Every_name_alias_SocketError_and_errno_name_reads_back()
    {
        foreach (var entry in WsaErrors.All)
        {
            WsaErrors.TryParse(entry.Name, out var byName).Should().BeTrue();
            byName.Should().BeSameAs(entry);
            foreach (var alias in entry.Aliases)
            {
                WsaErrors.TryParse(alias, out var byAlias).Should().BeTrue();
                byAlias.Should().BeSameAs(entry, alias);
            }

            if (entry.SocketError is { } socketError)
            {
                WsaErrors.TryParse(socketError.ToString(), out var bySocketError).Should().BeTrue();
                bySocketError.Should().BeSameAs(entry);
            }

            foreach (var errno in entry.Errno.Where(e => e.IsWinsockPair))
            {
                WsaErrors.FromErrnoName(errno.Name).Should().BeSameAs(entry, errno.Name);
            }
        }
    }

    [Fact]
    public void An_errno_name_follows_the_errno_number_on_every_platform()
    {
        foreach (var errno in WsaErrors.All.SelectMany(e => e.Errno))
        {
            foreach (var platform in Enum.GetValues<ErrnoPlatform>())
            {
                if (errno.On(platform) is { } number)
                {
                    WsaErrors.FromErrno(number, platform).Should().BeSameAs(WsaErrors.FromErrnoName(errno.Name), "{0} on {1}", errno.Name, platform);
                }
            }
        }
    }

    [Theory]
    [InlineData(10054, null, "WSAECONNRESET")]
    [InlineData(111, ErrnoPlatform.Linux, "WSAECONNREFUSED")]
    [InlineData(61, ErrnoPlatform.MacOS, "WSAECONNREFUSED")]
    [InlineData(-131073, ErrnoPlatform.Linux, "WSAHOST_NOT_FOUND")]
    [InlineData(10061, ErrnoPlatform.MacOS, "WSAECONNREFUSED")]
    [InlineData(111, null, null)]
    [InlineData(-131073, null, null)]
    [InlineData(0, ErrnoPlatform.Linux, "NO_ERROR")]
    public void A_native_error_code_is_read_for_the_platform_it_came_from(int code, ErrnoPlatform? platform, string? name)
    {
        WsaErrors.FindNativeErrorCode(code, platform)?.Name.Should().Be(name);
        if (name is null)
        {
            WsaErrors.FindNativeErrorCode(code, platform).Should().BeNull();
        }
    }

    [Fact]
    public void Find_int_reads_the_native_code_of_this_os()
    {
        foreach (var code in new[] { 10054, 111, 61, -131073, 5, 0 })
        {
            WsaErrors.Find(code).Should().BeSameAs(WsaErrors.FindNativeErrorCode(code, WsaErrors.NativePlatform));
        }
    }

#if !LIBRARY_NETSTANDARD
    [Theory]
    [InlineData("0")]
    [InlineData("0x0")]
    [InlineData("(0)")]
    [InlineData("NO_ERROR")]
    [InlineData("Success")]
    public void Entry_zero_NO_ERROR_is_read_like_any_other(string text)
    {
        WsaErrors.TryParse(text, out var info).Should().BeTrue();
        info!.Error.Should().Be(WsaError.NO_ERROR);
    }

    [Theory]
    [InlineData("(10054.")]
    [InlineData("x10054)")]
    [InlineData("(10054")]
    public void A_bracket_that_does_not_close_around_the_whole_text_is_no_exception_header(string text) =>
        WsaErrors.TryParse(text, out _).Should().BeFalse();
#endif
}
