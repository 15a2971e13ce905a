using System.Globalization;
using System.Linq;

namespace WinsockErrors.Tests;

public class NameLookupTests
{
    [Theory]
    [InlineData("WSAECONNRESET", 10054)]
    [InlineData("wsaeconnreset", 10054)]
    [InlineData("WsaEConnReset", 10054)]
    [InlineData("WSANO_ADDRESS", 11004)]
    [InlineData("wsano_address", 11004)]
    [InlineData("HOST_NOT_FOUND", 11001)]
    [InlineData("TRY_AGAIN", 11002)]
    [InlineData("NO_RECOVERY", 11003)]
    [InlineData("NO_DATA", 11004)]
    [InlineData("NO_ADDRESS", 11004)]
    [InlineData("EAI_NONAME", 11001)]
    [InlineData("EAI_NODATA", 11001)]
    [InlineData("EAI_AGAIN", 11002)]
    [InlineData("eai_fail", 11003)]
    [InlineData("EAI_MEMORY", 8)]
    [InlineData("EAI_NOSECURENAME", 11032)]
    [InlineData("EAI_IPSECPOLICY", 11033)]
    [InlineData("ECONNRESET", 10054)]
    [InlineData("EWOULDBLOCK", 10035)]
    [InlineData("EINVAL", 10022)]
    [InlineData("EINTR", 10004)]
    [InlineData("WSA_QOS_EUNKOWNPSOBJ", 11024)]
    [InlineData("WSA_QOS_EUNKNOWNPSOBJ", 11024)]
    [InlineData("NO_ERROR", 0)]
    [InlineData("WSA_IPSEC_NAME_POLICY_ERROR", 11033)]
    public void Finds_names_and_aliases_in_any_case(string name, int code)
    {
        WsaErrors.Find(name)!.Code.Should().Be(code);
        WsaErrors.Find(name.AsSpan())!.Code.Should().Be(code);
        WsaErrors.TryFind(name, out var info).Should().BeTrue();
        info!.Code.Should().Be(code);
        WsaErrors.TryFind(name.AsSpan(), out info).Should().BeTrue();
    }

    [Fact]
    public void Every_name_and_alias_finds_its_entry_in_upper_and_lower_case()
    {
        foreach (var info in WsaErrors.All)
        {
            foreach (var name in info.Aliases.Prepend(info.Name))
            {
                WsaErrors.Find(name).Should().BeSameAs(info, name);
                WsaErrors.Find(name.ToLowerInvariant()).Should().BeSameAs(info, name);
            }
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\t\n")]
    [InlineData(" WSAECONNRESET")]
    [InlineData("WSAECONNRESET ")]
    [InlineData("WSAECONNRESETX")]
    [InlineData("WSAECONNRESE")]
    [InlineData("10054")]
    [InlineData("WSA")]
    [InlineData("EAGAIN")]
    [InlineData("WSAECONNRESET\0")]
    [InlineData("WSAECONNRES\u0130T")]
    [InlineData("ＷＳＡＥＣＯＮＮＲＥＳＥＴ")]
    [InlineData("WSAEC😀NRESET")]
    [InlineData("WSA\u007FIO_PENDING")]
    [InlineData("WSA_IO\u007FPENDING")]
    [InlineData("E@NTR")]
    [InlineData("EINT\u0012")]
    [InlineData("EINTR\u0000")]
    [InlineData("eai_nonamE\u0020")]
    [InlineData("WSA_IPSEC_NAME_POLICY_ERRO\u0152")]
    [InlineData("WSA_IPSEC_NAME\u007FPOLICY_ERROR")]
    public void Unknown_or_odd_names_find_nothing(string name)
    {
        WsaErrors.Find(name).Should().BeNull();
        WsaErrors.TryFind(name, out var info).Should().BeFalse();
        info.Should().BeNull();
    }

    [Fact]
    public void Null_and_huge_names_find_nothing()
    {
        WsaErrors.Find((string?)null).Should().BeNull();
        WsaErrors.TryFind((string?)null, out _).Should().BeFalse();
        WsaErrors.Find(new string('A', 1_000_000)).Should().BeNull();
        WsaErrors.Find(ReadOnlySpan<char>.Empty).Should().BeNull();
    }

    [Fact]
    public void Names_that_differ_only_in_non_ASCII_case_do_not_match()
    {
        // U+0131 (dotless i) and U+212A (Kelvin sign) fold to ASCII letters under some Unicode case rules.
        WsaErrors.Find("WSAE\u0131NTR").Should().BeNull();
        WsaErrors.Find("WSAEWOULDBLOC\u212A").Should().BeNull();
    }

    [Fact]
    public void The_Turkish_culture_does_not_change_the_answer()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("tr-TR");
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("tr-TR");

            WsaErrors.Find("wsaeintr")!.Name.Should().Be("WSAEINTR");
            WsaErrors.Find("WSAEINVAL")!.Name.Should().Be("WSAEINVAL");
            WsaErrors.Find("wsaeinval")!.Name.Should().Be("WSAEINVAL");
            WsaErrors.Find("wsa_ipsec_name_policy_error")!.Code.Should().Be(11033);
            WsaErrors.Describe(10004).Should().Be("WSAEINTR (10004): Interrupted function call.");
            WsaErrors.Describe(12345).Should().Be("Unknown Winsock error 12345 (0x3039).");
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
            CultureInfo.CurrentUICulture = saved;
        }
    }
}
