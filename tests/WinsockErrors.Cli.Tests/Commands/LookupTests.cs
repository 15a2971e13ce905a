using System.Linq;
using FluentAssertions;
using Xunit;

namespace WinsockErrors.Cli.Tests;

public class LookupTests
{
    [Theory]
    [MemberData(nameof(WinsockErrors.Tests.ReadingCases.All), MemberType = typeof(WinsockErrors.Tests.ReadingCases))]
    public void Every_form_the_library_reads_the_tool_reads_the_same(string query, string? name)
    {
        // "--" keeps negative numbers such as -131073 from being taken for options.
        var run = CliRun.Of("--", query);

        if (name is null)
        {
            run.ExitCode.Should().Be(1, "{0} names nothing", query);
            run.Out.Should().BeEmpty();
        }
        else
        {
            run.ExitCode.Should().Be(0, "{0} names {1}", query, name);
            run.FirstLine.Should().StartWith(name + " (");
        }
    }

    [Theory]
    [InlineData("0xFFFDFFFF")]
    [InlineData("-131073")]
    [InlineData("(00000005, 0xFFFDFFFF)")]
    [InlineData("SocketException (00000005, 0xFFFDFFFF): Name or service not known")]
    public void Every_form_of_dotnet_host_not_found_gives_the_same_card(string query)
    {
        CliRun.Of("--", query).Out.Should().Be(CliRun.Of("WSAHOST_NOT_FOUND").Out);
    }

    [Theory]
    [InlineData("linux", "111", "WSAECONNREFUSED")]
    [InlineData("linux", "104", "WSAECONNRESET")]
    [InlineData("linux", "11", "WSAEWOULDBLOCK")]
    [InlineData("macos", "61", "WSAECONNREFUSED")]
    [InlineData("MacOS", "54", "WSAECONNRESET")]
    [InlineData("freebsd", "60", "WSAETIMEDOUT")]
    [InlineData("windows-crt", "108", "WSAECONNRESET")]
    public void Errno_numbers_are_read_for_the_named_os(string os, string errno, string name)
    {
        var run = CliRun.Of("--errno", errno, "--os", os);

        run.ExitCode.Should().Be(0);
        run.FirstLine.Should().StartWith(name + " (");
    }

    [Theory]
    [InlineData("[WinError 10054]", "WSAECONNRESET")]
    [InlineData("WinError 995", "WSA_OPERATION_ABORTED")]
    [InlineData("SocketException (10061)", "WSAECONNREFUSED")]
    [InlineData("WSAECONNRESET:", "WSAECONNRESET")]
    [InlineData("(10060)", "WSAETIMEDOUT")]
    [InlineData("An existing connection was forcibly closed by the remote host.", "WSAECONNRESET")]
    public void Text_pasted_from_a_log(string query, string name)
    {
        var run = CliRun.Of(query);

        run.ExitCode.Should().Be(0);
        run.FirstLine.Should().StartWith(name + " (");
    }

    [Theory]
    [InlineData("error", "995", "WSA_OPERATION_ABORTED")]
    [InlineData("WinError", "10054", "WSAECONNRESET")]
    [InlineData("HRESULT", "0x80072746", "WSAECONNRESET")]
    public void A_tag_word_and_a_number_as_two_arguments(string tag, string number, string name)
    {
        var run = CliRun.Of(tag, number);

        run.ExitCode.Should().Be(0);
        run.FirstLine.Should().StartWith(name + " (");
    }

    [Fact]
    public void Errno_as_two_words_uses_the_os()
    {
        var run = CliRun.Of("errno", "111", "--os", "linux");

        run.ExitCode.Should().Be(0);
        run.FirstLine.Should().StartWith("WSAECONNREFUSED (10061): ");
    }

    [Fact]
    public void The_card_shows_every_field()
    {
        var run = CliRun.Of("10054");

        run.Out.Should().StartWith("WSAECONNRESET (10054): Connection reset by peer.\n");
        run.Out.Should().Contain("  Code         10054 (0x2746)\n")
            .And.Contain("  Message      An existing connection was forcibly closed by the remote host.\n")
            .And.Contain("  Description  An existing connection was forcibly closed by the remote host.")
            .And.Contain("  HRESULT      0x80072746 (-2147014842)\n")
            .And.Contain("  Category     Socket\n")
            .And.Contain("  SocketError  ConnectionReset\n")
            .And.Contain("  errno        ECONNRESET: Linux 104, macOS 54, FreeBSD 54, Windows CRT 108\n")
            .And.Contain("  Aliases      ECONNRESET\n")
            .And.Contain("  Retry        only idempotent work: The peer closed an existing connection\n")
            .And.Contain("  error.type   connection_reset\n")
            .And.NotContain("  Timeout");
    }

    [Fact]
    public void The_description_is_wrapped_to_80_columns_under_its_label()
    {
        var run = CliRun.Of("10054");

        var lines = run.Out.Split('\n');
        lines.Should().OnlyContain(l => l.Length <= 80);
        lines.Should().Contain(l => l.StartsWith("               ", System.StringComparison.Ordinal) && l.Contains("SO_LINGER", System.StringComparison.Ordinal));
    }

    [Fact]
    public void The_card_gives_each_retry_advice_in_words_and_marks_timeouts()
    {
        CliRun.Of("WSAETIMEDOUT").Out.Should().Contain("  Retry        only idempotent work: ").And.Contain("  Timeout      yes\n");
        CliRun.Of("WSAECONNREFUSED").Out.Should().Contain("  Retry        safe, even for work that is not idempotent: ");
        CliRun.Of("WSAENOBUFS").Out.Should().Contain("  Retry        after a delay: ");
        CliRun.Of("WSAEINVAL").Out.Should().Contain("  Retry        never: ");
    }

    [Fact]
    public void Several_queries_print_a_card_each_in_order()
    {
        var run = CliRun.Of("10054", "WSAETIMEDOUT", "0x80072AF9");

        run.ExitCode.Should().Be(0);
        var headers = run.Out.Split('\n').Where(l => l.Length > 0 && l[0] != ' ').ToArray();
        headers.Should().Equal(
            "WSAECONNRESET (10054): Connection reset by peer.",
            "WSAETIMEDOUT (10060): Connection timed out.",
            "WSAHOST_NOT_FOUND (11001): Host not found.");
    }

    [Fact]
    public void A_tag_word_with_no_number_after_it_is_a_miss_of_its_own()
    {
        var run = CliRun.Of("10054", "errno");

        run.ExitCode.Should().Be(1);
        run.FirstLine.Should().Be("WSAECONNRESET (10054): Connection reset by peer.");
        run.ErrorLines.Should().ContainSingle().Which.Should().Contain("'errno'");
    }

    [Theory]
    [InlineData("远程主机强迫关闭了一个现有的连接。", "WSAECONNRESET")]
    [InlineData("Une connexion existante a dû être fermée par l’hôte distant.", "WSAECONNRESET")]
    [InlineData("SocketException: The requested address is not valid in this context", "WSAEADDRNOTAVAIL")]
    public void A_message_in_any_recorded_language_looks_up_its_error(string query, string name)
    {
        var run = CliRun.Of(query);

        run.ExitCode.Should().Be(0);
        run.FirstLine.Should().StartWith(name + " (");
    }

    [Fact]
    public void A_message_no_table_holds_is_a_one_line_error()
    {
        var run = CliRun.Of("系统找不到指定的文件。");

        run.ExitCode.Should().Be(1);
        run.Out.Should().BeEmpty();
        run.Error.Should().Be("wsaerr: no Winsock code, name, alias or message matches '系统找不到指定的文件。'\n");
    }
}
