using System.Globalization;
using Microsoft.CodeAnalysis.Text;
using WinsockErrors.Generator.DataFile;

namespace WinsockErrors.Generator.Tests;

/// <summary>The exact words of every data-file diagnostic, and the line it points at.</summary>
public class DataFileMessageTests
{
    private const string Whole = "must be a whole number from -2147483648 to 2147483647";

    [Theory]
    [InlineData("\"categories\": [", "\"categoriez\": [", "The data file has no \"categories\" array", "{")]
    [InlineData("\"errors\": [", "\"errorz\": [", "The data file has no \"errors\" array", "{")]
    [InlineData("\"categories\": [", "\"categories\": 1, \"x\": [", "\"categories\" must be an array", "\"categories\": 1")]
    [InlineData("{ \"name\": \"Success\", \"summary\": \"It worked.\" },", "7,", "A category must be a JSON object", "7,")]
    [InlineData("{ \"name\": \"Success\", \"summary\": \"It worked.\" },", "{ \"summary\": \"It worked.\" },", "A category has no \"name\"", "{ \"summary\"")]
    [InlineData("\"summary\": \"It worked.\"", "\"summary\": 1", "The category 'Success': \"summary\" must be a string", "\"summary\": 1")]
    [InlineData("{ \"name\": \"Socket\"", "{ \"name\": \"Success\"", "The name 'Success' is already used by another category; names and aliases must be unique ignoring case", "{ \"name\": \"Success\", \"summary\": \"Socket")]
    [InlineData("\"name\": \"Success\",", "\"name\": \"1st\",", "'1st' is not a valid C# identifier, so it cannot name a member of WsaErrorCategory", "\"1st\"")]
    [InlineData("\"message\": \"The operation completed successfully.\"", "\"message\": \"\"", "The entry 'NO_ERROR': \"message\" must not be empty", "\"message\": \"\"")]
    [InlineData("\"code\": 10054,", "\"code\": 10054.5,", $"The entry 'WSAECONNRESET': \"code\" {Whole}", "10054.5")]
    [InlineData("\"code\": 10054,", "\"code\": 2147483648,", $"The entry 'WSAECONNRESET': \"code\" {Whole}", "2147483648")]
    [InlineData("\"name\": \"WSAECONNRESET\", ", "", "An entry of \"errors\" has no \"name\"", "{\n      \"code\": 10054")]
    [InlineData("\"name\": \"WSAECONNRESET\", ", "\"name\": 5, ", "An entry of \"errors\": \"name\" must be a string", "\"name\": 5")]
    [InlineData("\"aliases\": [\"ECONNRESET\"]", "\"aliases\": [1]", "The entry 'WSAECONNRESET': \"aliases\" must be an array of strings", "\"aliases\": [1]")]
    [InlineData("\"aliases\": [\"ECONNRESET\"]", "\"aliases\": \"ECONNRESET\"", "The entry 'WSAECONNRESET': \"aliases\" must be an array of strings", "\"aliases\": \"ECONNRESET\"")]
    [InlineData("\"errno\": [ { \"name\": \"ECONNRESET\", \"linux\": 104, \"macos\": 54, \"freebsd\": 54, \"windows-crt\": 108 } ]", "\"errno\": \"ECONNRESET\"", "The entry 'WSAECONNRESET': \"errno\" must be an array of objects", "\"errno\": \"ECONNRESET\"")]
    [InlineData("\"errno\": [ { \"name\": \"ECONNRESET\", \"linux\": 104, \"macos\": 54, \"freebsd\": 54, \"windows-crt\": 108 } ]", "\"errno\": [ 104 ]", "The entry 'WSAECONNRESET': an item of \"errno\" must be a JSON object", "\"errno\": [ 104 ]")]
    [InlineData("\"errno\": [ { \"name\": \"ECONNRESET\", ", "\"errno\": [ { ", "The entry 'WSAECONNRESET': an item of \"errno\" has no \"name\"", "\"errno\": [ { \"linux\"")]
    [InlineData("\"macos\": 54", "\"macos\": true", $"The entry 'WSAECONNRESET': \"macos\" {Whole}", "\"macos\": true")]
    [InlineData("\"freebsd\": 54", "\"freebsd\": \"54\"", $"The entry 'WSAECONNRESET': \"freebsd\" {Whole}", "\"freebsd\": \"54\"")]
    [InlineData("\"windows-crt\": 108", "\"windows-crt\": 1.5", $"The entry 'WSAECONNRESET': \"windows-crt\" {Whole}", "\"windows-crt\": 1.5")]
    [InlineData("\"windows-crt\": 108", "\"windows-crt\": 108, \"source\": 5", "The entry 'WSAECONNRESET': \"source\" must be a string", "\"source\": 5")]
    [InlineData("\"timeout\": true", "\"timeout\": null", "The entry 'WSAETIMEDOUT': \"timeout\" must be true or false", "\"timeout\": null")]
    [InlineData("\"socketError\": \"TimedOut\"", "\"socketError\": \"Timed Out\"", "'Timed Out' is not a valid C# identifier, so it cannot name a member of SocketError", "\"Timed Out\"")]
    [InlineData("\"socketError\": \"TimedOut\"", "\"socketError\": \"TimedOutt\"", "'TimedOutt' is not a member of System.Net.Sockets.SocketError as this project sees it, so WSAETIMEDOUT cannot map to it", "\"TimedOutt\"")]
    [InlineData("\"category\": \"Socket\", \"aliases\": []", "\"category\": \"Socket\", \"aliases\": [], \"extra\": 1", "Unknown property 'extra' (a typo?); known here: name, code, title, description, message, category, aliases, errno, socketError, transient, timeout, retryAdvice, retryReason", "\"extra\"")]
    [InlineData("\"linux\": 110", "\"linux\": 110, \"solaris\": 1", "Unknown property 'solaris' (a typo?); known here: name, linux, macos, freebsd, windows-crt, source", "\"solaris\"")]
    [InlineData("{ \"name\": \"Success\", \"summary\": \"It worked.\" }", "{ \"name\": \"Success\", \"summary\": \"It worked.\", \"x\": 1 }", "Unknown property 'x' (a typo?); known here: name, summary", "\"x\": 1")]
    [InlineData("\"categories\": [", "\"$schema\": \"s\", \"version\": 1, \"categories\": [", "Unknown property 'version' (a typo?); known here: $schema, categories, errors", "\"version\"")]
    public void A_problem_is_told_in_these_words_at_its_line(string find, string replace, string message, string lineText)
    {
        var json = SampleData.With(find, replace);

        var result = GeneratorHarness.Run(json);

        // Some problems have follow-on ones (a category left out leaves its entries without one): this is the first.
        var diagnostic = result.Diagnostics.Should().ContainSingle(d => d.GetMessage(CultureInfo.InvariantCulture) == message).Which;
        result.Diagnostics.Should().NotContain(d => d.Location.SourceSpan.Start < diagnostic.Location.SourceSpan.Start && d.Severity == diagnostic.Severity);
        var span = diagnostic.Location.GetLineSpan();
        span.Path.Should().Be(GeneratorHarness.DataPath);
        span.StartLinePosition.Line.Should().Be(SampleData.LineOf(json, lineText));
    }

    [Theory]
    [InlineData("null", "The data file must be a JSON object with \"categories\" and \"errors\"")]
    [InlineData("{\"categories\": [], \"errors\": []}", "\"errors\" is empty: the data file must hold at least one code")]
    [InlineData("{\"categories\": [], \"errors\": [1]}", "An entry of \"errors\" must be a JSON object")]
    [InlineData("{\"categories\": [], \"errors\": {}}", "\"errors\" must be an array")]
    public void A_file_without_entries_is_told_what_it_lacks(string json, string message)
    {
        var diagnostic = GeneratorHarness.Run(json).Diagnostics.Should().ContainSingle().Which;

        diagnostic.GetMessage(CultureInfo.InvariantCulture).Should().Be(message);
    }

    [Fact]
    public void A_problem_points_at_the_exact_characters()
    {
        var json = SampleData.With("\"socketError\": \"TimedOut\"", "\"socketError\": \"TimedOutt\"");

        var diagnostic = GeneratorHarness.Run(json).Diagnostics.Single();

        diagnostic.Location.SourceSpan.Start.Should().Be(json.IndexOf("\"TimedOutt\"", StringComparison.Ordinal));
        diagnostic.Location.SourceSpan.Length.Should().Be("\"TimedOutt\"".Length);
    }

    [Fact]
    public void Malformed_JSON_points_at_the_character_where_reading_stopped()
    {
        var json = "{\n  \"a\": tru }";

        var diagnostic = GeneratorHarness.Run(json).Diagnostics.Single();

        diagnostic.GetMessage(CultureInfo.InvariantCulture).Should().Be("The Winsock error data file is not valid JSON: unexpected character 't'");
        diagnostic.Location.SourceSpan.Should().Be(new TextSpan(9, 0));
        diagnostic.Location.GetLineSpan().StartLinePosition.Should().Be(new LinePosition(1, 7));
    }

    [Fact]
    public void A_file_that_ends_too_soon_is_reported_at_its_end()
    {
        var diagnostic = GeneratorHarness.Run("{\"a\": [").Diagnostics.Single();

        diagnostic.Location.SourceSpan.Should().Be(new TextSpan(7, 0));
    }

    [Fact]
    public void An_unknown_SocketError_member_leaves_its_entry_out_and_the_rest_in()
    {
        var json = SampleData.With("\"socketError\": \"TimedOut\"", "\"socketError\": \"TimedOutt\"");

        var result = GeneratorHarness.Run(json);

        result.Diagnostics.Single().Id.Should().Be("WSAGEN011");
        result.Source("WsaError.g.cs").Should().Contain("WSAECONNRESET = 10054,").And.NotContain("WSAETIMEDOUT");
    }

    [Fact]
    public void SocketError_members_are_not_checked_where_the_project_cannot_see_the_type()
    {
        var json = SampleData.With("\"socketError\": \"TimedOut\"", "\"socketError\": \"TimedOutt\"");

        var result = GeneratorHarness.Run([new InMemoryAdditionalText(GeneratorHarness.DataPath, json)], GeneratorHarness.CoreOnlyCompilation());

        result.Diagnostics.Should().BeEmpty();
        result.Source("WsaErrors.Table.g.cs").Should().Contain("global::System.Net.Sockets.SocketError.TimedOutt,");
    }

    [Fact]
    public void Names_the_hash_cannot_tell_apart_are_reported_in_these_words_at_the_file()
    {
        var json = SampleData.With("\"aliases\": [\"ECONNRESET\"]", "\"aliases\": [\"XA\u00C1A1\", \"XAAA1\"]");

        var diagnostic = GeneratorHarness.Run(json).Diagnostics.Single();

        diagnostic.GetMessage(CultureInfo.InvariantCulture).Should().Be(
            "The names and aliases cannot be put in a lookup table: Two names hash alike even when every character is read.");
        diagnostic.Location.GetLineSpan().Path.Should().Be(GeneratorHarness.DataPath);
    }

    [Fact]
    public void Negative_codes_and_null_optional_fields_are_read()
    {
        var json = SampleData.With("\"code\": 0,", "\"code\": -5,")
            .Replace("\"socketError\": \"Success\"", "\"socketError\": null", StringComparison.Ordinal)
            .Replace("\"linux\": 110", "\"linux\": null", StringComparison.Ordinal);

        var model = DataFileParser.Parse("x.json", SourceText.From(json), default);

        model.Diagnostics.Should().BeEmpty();
        var first = model.Entries[0];
        (first.Name, first.Code, first.SocketError).Should().Be(("NO_ERROR", -5, (string?)null));
        model.Entries.Single(e => e.Name == "WSAETIMEDOUT").Errno.Single().Linux.Should().BeNull();
        model.SocketErrorUses.Select(u => (u.EntryName, u.Member)).Should().Equal(("WSAECONNRESET", "ConnectionReset"), ("WSAETIMEDOUT", "TimedOut"));
    }

    [Fact]
    public void An_entry_with_a_bad_errno_is_left_out_whole()
    {
        var json = SampleData.With("\"linux\": 110", "\"linux\": \"x\"");

        var model = DataFileParser.Parse("x.json", SourceText.From(json), default);

        model.Entries.Select(e => e.Name).Should().Equal("NO_ERROR", "WSAECONNRESET");
        model.SocketErrorUses.Select(u => u.EntryName).Should().Equal("NO_ERROR", "WSAECONNRESET");
    }

    [Fact]
    public void A_code_or_name_of_a_left_out_entry_stays_free()
    {
        // The second entry claiming 10054 is left out for its name clash, so the third may still use its alias.
        var json = SampleData.FileWith(
        [
            SampleData.Entry("A", 1, ", \"aliases\": [\"SHARED\"]"),
            SampleData.Entry("B", 2, ", \"aliases\": [\"SHARED\", \"FREE\"]"),
            SampleData.Entry("C", 3, ", \"aliases\": [\"FREE\"]"),
            SampleData.Entry("D", 2),
        ]);

        var model = DataFileParser.Parse("x.json", SourceText.From(json), default);

        model.Entries.Select(e => e.Name).Should().Equal("A", "D", "C");
        model.Diagnostics.Should().ContainSingle().Which.Arguments.Should().Equal("SHARED", "A");
    }

    [Fact]
    public void A_missing_text_reads_as_an_empty_file()
    {
        var model = DataFileParser.Parse("x.json", null, default);

        model.Diagnostics.Single().Arguments.Single().Should().Be("unexpected end of the document");
    }
}
