using System.Linq;
using FluentAssertions;
using Xunit;

namespace WinsockErrors.Cli.Tests;

/// <summary>Details of explain's report: mention order, names that need no context, the summary's fallbacks.</summary>
public class ExplainDetailTests
{
    [Fact]
    public void Mentions_on_a_line_come_in_the_order_they_are_written()
    {
        var lines = CliRun.WithInput("WSAETIMEDOUT, then 10054\n", "explain").Out.Split('\n');

        lines[0].Should().StartWith("line 1: WSAETIMEDOUT (10060)");
        lines[1].Should().StartWith("line 1: WSAECONNRESET (10054)");
    }

    [Fact]
    public void An_alias_names_its_error_on_any_line() =>
        CliRun.WithInput("status EAI_NONAME\n", "explain").FirstLine
            .Should().Be("line 1: WSAHOST_NOT_FOUND (11001) [exact code] from \"EAI_NONAME\" (name)");

    [Fact]
    public void An_error_without_a_description_shows_its_system_message_in_the_summary()
    {
        var entry = WsaErrors.Get(WsaError.WSA_SECURE_HOST_NOT_FOUND);
        entry.Description.Should().BeEmpty("the list gives it no description");

        var lines = CliRun.WithInput("WSA_SECURE_HOST_NOT_FOUND\n", "explain").Out.TrimEnd('\n').Split('\n');

        lines[^1].Should().Be("  " + entry.Message);
    }

    [Fact]
    public void The_summary_lists_the_lines_of_each_error()
    {
        var run = CliRun.WithInput("WSAECONNRESET\nnothing\n10054\nWSAECONNRESET\n", "explain");

        run.Out.Split('\n').Should().Contain("WSAECONNRESET (10054): Connection reset by peer. (lines 1, 3, 4)");
    }

    [Fact]
    public void A_search_hit_shows_its_message_wrapped_and_indented_by_four()
    {
        var lines = CliRun.Of("search", "reset").Out.TrimEnd('\n').Split('\n');

        lines.Should().OnlyContain(l => l.Length <= 80);
        lines.Where(l => l.Length > 0 && !l.StartsWith("WSA", System.StringComparison.Ordinal))
            .Should().OnlyContain(l => l.StartsWith("    ", System.StringComparison.Ordinal) && l[4] != ' ');
        lines.Count(l => l.StartsWith("    ", System.StringComparison.Ordinal)).Should().BeGreaterThan(lines.Count(l => l.StartsWith("WSA", System.StringComparison.Ordinal)), "some messages wrap");
    }
}
