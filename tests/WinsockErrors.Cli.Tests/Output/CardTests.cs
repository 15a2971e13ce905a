using System.Linq;
using System.Text.Json;
using FluentAssertions;
using Xunit;

namespace WinsockErrors.Cli.Tests;

/// <summary>The card's lines for what an entry lacks or what only .NET maps, and --json output of any size.</summary>
public class CardTests
{
    [Fact]
    public void A_code_without_SocketError_errno_or_aliases_says_so_on_each_line()
    {
        var lines = CliRun.Of("WSA_QOS_RECEIVERS").Out.Split('\n');

        lines.Should().Contain("  SocketError  none in .NET");
        lines.Should().Contain("  errno        none");
        lines.Should().Contain("  Aliases      none");
    }

    [Fact]
    public void An_errno_only_dotnet_maps_is_marked_and_the_winsock2_pair_is_not()
    {
        var text = CliRun.Of("10035").Out;

        text.Should().Contain("  errno        EWOULDBLOCK: Linux 11, macOS 35, FreeBSD 35, Windows CRT 140\n               EAGAIN:", "the pair's line ends with its numbers");
        text.Should().Contain("EAGAIN: Linux 11, macOS 35, FreeBSD 35, Windows CRT 11 (.NET maps\n               it here)");
    }

    [Fact]
    public void Aliases_are_listed_with_commas()
    {
        var entry = WsaErrors.All.First(e => e.Aliases.Count > 1);

        CliRun.Of(entry.Name).Out.Should().Contain("  Aliases      " + string.Join(", ", entry.Aliases));
    }

    [Fact]
    public void Explain_json_of_a_long_log_is_one_complete_document_with_every_mention_once()
    {
        // Far more than the writer's 16 KB buffer, so it is drained many times on the way.
        var log = string.Concat(Enumerable.Range(1, 2000).Select(i => $"line {i}: WSAECONNRESET\n"));

        var run = CliRun.WithInput(log, "explain", "--json");

        run.ExitCode.Should().Be(0);
        run.Out.Should().EndWith("}\n").And.Contain("\n  \"mentions\": [\n", "the output is indented");
        using var document = JsonDocument.Parse(run.Out);
        var mentions = document.RootElement.GetProperty("mentions");
        mentions.GetArrayLength().Should().Be(2000);
        mentions.EnumerateArray().Select(m => m.GetProperty("line").GetInt32()).Should().Equal(Enumerable.Range(1, 2000));
        document.RootElement.GetProperty("errors").GetArrayLength().Should().Be(1);
    }
}
