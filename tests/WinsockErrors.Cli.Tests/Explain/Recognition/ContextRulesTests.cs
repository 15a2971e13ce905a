using System.Linq;
using FluentAssertions;
using WinsockErrors.Cli.Explain;
using Xunit;

namespace WinsockErrors.Cli.Tests;

/// <summary>Which evidence names its error only on a line about the network, decided in one place.</summary>
public class ContextRulesTests
{
    [Theory]
    [InlineData("WSAECONNRESET", "WSAECONNRESET", false)]
    [InlineData("wsaeacces", "WSAEACCES", false)]
    [InlineData("ECONNRESET", "WSAECONNRESET", false)]
    [InlineData("EACCES", "WSAEACCES", true)]
    [InlineData("ENOENT", "WSAEADDRNOTAVAIL", true)]
    [InlineData("EAI_NONAME", "WSAHOST_NOT_FOUND", false)]
    public void A_WSA_name_an_alias_or_a_winsock2_pair_stands_alone_other_errno_names_need_context(string name, string code, bool needsContext) =>
        ContextRules.ForName(name, WsaErrors.Find(code)!).Should().Be(needsContext);

    [Theory]
    [InlineData(true, "WSAECONNREFUSED", true)]
    [InlineData(false, "WSAECONNREFUSED", false)]
    [InlineData(false, "WSAEACCES", true)]
    public void A_wording_needs_context_when_the_data_says_so_or_file_systems_share_its_errno(bool dataSays, string code, bool needsContext) =>
        ContextRules.ForWording(dataSays, WsaErrors.Find(code)!.Code).Should().Be(needsContext);

    [Fact]
    public void Errno_numbers_need_context_and_system_messages_do_not()
    {
        ContextRules.ForErrnoNumber.Should().BeTrue();
        ContextRules.ForSystemMessage.Should().BeFalse();
    }

    [Theory]
    [InlineData("connect() failed: EACCES", "WSAEACCES")]
    [InlineData("open('/etc/x.conf') failed: EACCES on socket", null)]
    [InlineData("EACCES", null)]
    public void A_hit_that_needs_context_counts_only_on_a_line_about_the_network_and_not_about_files(string line, string? name) =>
        LogScanner.EntriesIn(line, ErrnoPlatform.Linux).Select(e => e.Name).Should().Equal(name is null ? [] : [name]);
}
