using System;
using System.IO;
using System.Linq;
using System.Text;
using FluentAssertions;
using WinsockErrors.Cli.Explain;
using Xunit;

namespace WinsockErrors.Cli.Tests;

/// <summary>Every wording of <c>data/log-wordings.json</c> names real codes, has a source and does not clash.</summary>
public class LogWordingsTests
{
    private static readonly string[] s_kinds = ["strerror", "gai_strerror", "runtime", "library", "tool"];
    private static readonly LogWordingsFile s_file = LogWordings.File;

    [Fact]
    public void The_data_is_embedded_and_read()
    {
        s_file.About.Should().NotBeEmpty();
        s_file.Wordings.Should().HaveCountGreaterThan(40);
    }

    [Fact]
    public void Every_wording_names_defined_codes()
    {
        s_file.Wordings.Should().OnlyContain(w => w.Codes.Count > 0 && w.Codes.All(c => WsaErrors.IsDefined((WsaError)c)));
    }

    [Fact]
    public void Every_wording_has_a_kind_and_a_source()
    {
        foreach (var wording in s_file.Wordings)
        {
            s_kinds.Should().Contain(wording.Kind, wording.Text);
            wording.Sources.Should().NotBeEmpty(wording.Text);
            wording.Sources.Should().OnlyContain(s => s.Origin.Length > 0 && s.What.Length > 0 && s.Url.StartsWith("https://", StringComparison.Ordinal), wording.Text);
        }
    }

    [Fact]
    public void A_wording_names_two_codes_only_when_marked_ambiguous()
    {
        s_file.Wordings.Should().OnlyContain(w => (w.Codes.Count > 1) == w.Ambiguous);
    }

    [Fact]
    public void No_text_is_listed_twice()
    {
        s_file.Wordings.Select(w => w.Text.ToUpperInvariant()).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void No_wording_is_another_code_s_system_message_or_title()
    {
        foreach (var wording in s_file.Wordings.Where(w => !w.Ambiguous))
        {
            var clash = WsaErrors.All.FirstOrDefault(e => e.Code != wording.Codes[0]
                && (string.Equals(e.Message.TrimEnd('.'), wording.Text, StringComparison.OrdinalIgnoreCase)
                    || string.Equals(e.Title.TrimEnd('.'), wording.Text, StringComparison.OrdinalIgnoreCase)));
            clash.Should().BeNull("'{0}' is listed for {1}", wording.Text, wording.Codes[0]);
        }
    }

    [Fact]
    public void Short_phrases_need_context()
    {
        s_file.Wordings.Where(w => w.Text.Contains(' ') && w.Text.Length < 12).Should().OnlyContain(w => w.NeedsContext && w.MatchCase);
    }

    [Fact]
    public void The_codes_shared_with_file_systems_are_berkeley_socket_codes()
    {
        s_file.SharedWithFileSystems.Codes.Should().NotBeEmpty()
            .And.OnlyContain(c => WsaErrors.IsDefined((WsaError)c) && WsaErrors.Get((WsaError)c).Category == WsaErrorCategory.Socket);
    }

    [Fact]
    public void A_file_that_is_null_is_named_in_the_error()
    {
        using var json = new MemoryStream(Encoding.UTF8.GetBytes("null"));

        var read = () => LogWordings.Read(json);

        read.Should().Throw<InvalidDataException>().WithMessage("log-wordings.json is empty");
    }

    [Fact]
    public void Members_a_file_leaves_out_keep_their_empty_defaults()
    {
        using var json = new MemoryStream(Encoding.UTF8.GetBytes("""{ "wordings": [ { "text": "x", "codes": [10054] } ] }"""));

        var file = LogWordings.Read(json);

        file.About.Should().BeEmpty();
        file.SharedWithFileSystems.Codes.Should().BeEmpty();
        file.Wordings.Should().ContainSingle().Which.Kind.Should().BeEmpty();
        file.Wordings[0].Sources.Should().BeEmpty();
    }
}
