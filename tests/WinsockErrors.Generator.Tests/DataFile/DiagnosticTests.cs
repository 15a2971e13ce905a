using Microsoft.CodeAnalysis;

namespace WinsockErrors.Generator.Tests;

public class DiagnosticTests
{
    [Fact]
    public void The_real_data_file_and_the_sample_have_no_diagnostics()
    {
        var real = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "winsock-errors.json"));

        GeneratorHarness.Run(real).Diagnostics.Should().BeEmpty();
        GeneratorHarness.Run(SampleData.Valid).Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Malformed_JSON_is_reported_at_its_line_and_nothing_is_generated()
    {
        var json = SampleData.With("\"code\": 10054,", "\"code\": 10054");

        var result = GeneratorHarness.Run(json);

        var diagnostic = result.Diagnostics.Should().ContainSingle().Which;
        diagnostic.Id.Should().Be("WSAGEN001");
        diagnostic.Severity.Should().Be(DiagnosticSeverity.Error);
        diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Should().Contain("expected ',' or '}'");
        var span = diagnostic.Location.GetLineSpan();
        span.Path.Should().Be(GeneratorHarness.DataPath);
        span.StartLinePosition.Line.Should().Be(SampleData.LineOf(json, "\"title\": \"Connection reset"));
        result.GeneratedSources.Should().BeEmpty();
    }

    [Theory]
    [InlineData("\"title\": \"Connection reset by peer.\",", "", "WSAGEN002", "has no \"title\"", "\"name\": \"WSAECONNRESET\"")]
    [InlineData("\"code\": 10054", "\"code\": \"10054\"", "WSAGEN002", "\"code\" must be a whole number", "\"code\": \"10054\"")]
    [InlineData("\"code\": 10054", "\"code\": 1e99", "WSAGEN002", "\"code\" must be a whole number", "\"code\": 1e99")]
    [InlineData("\"aliases\": [\"ECONNRESET\"]", "\"aliases\": [\"NO_ERROR\"]", "WSAGEN003", "'NO_ERROR' is already used by NO_ERROR", "[\"NO_ERROR\"]")]
    [InlineData("\"aliases\": [\"ECONNRESET\"]", "\"aliases\": [\"wsaetimedout\"]", "WSAGEN003", "'WSAETIMEDOUT' is already used by WSAECONNRESET", "\"name\": \"WSAETIMEDOUT\"")]
    [InlineData("\"code\": 10060", "\"code\": 10054", "WSAGEN004", "The code 10054 is already used by WSAECONNRESET", "\"code\": 10054, \"title\": \"Connection timed")]
    [InlineData("\"name\": \"WSAETIMEDOUT\"", "\"name\": \"WSA-TIMEDOUT\"", "WSAGEN005", "'WSA-TIMEDOUT' is not a valid C# identifier", "\"WSA-TIMEDOUT\"")]
    [InlineData("\"name\": \"WSAETIMEDOUT\"", "\"name\": \"class\"", "WSAGEN005", "'class' is not a valid C# identifier", "\"class\"")]
    [InlineData("\"category\": \"Socket\", \"aliases\": []", "\"category\": \"Sockets\", \"aliases\": []", "WSAGEN006", "'Sockets' is not declared", "\"Sockets\"")]
    [InlineData("\"socketError\": \"TimedOut\"", "\"socketError\": 5", "WSAGEN002", "\"socketError\" must be a string", "\"socketError\": 5")]
    [InlineData("\"transient\": true", "\"transient\": \"yes\"", "WSAGEN002", "\"transient\" must be true or false", "\"transient\": \"yes\"")]
    [InlineData("\"linux\": 110", "\"linux\": \"110\"", "WSAGEN002", "\"linux\" must be a whole number", "\"linux\": \"110\"")]
    public void A_bad_entry_is_reported_at_its_line_and_left_out(string find, string replace, string id, string message, string lineText)
    {
        var json = SampleData.With(find, replace);

        var result = GeneratorHarness.Run(json);

        var diagnostic = result.Diagnostics.Should().ContainSingle().Which;
        diagnostic.Id.Should().Be(id);
        diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Should().Contain(message);
        diagnostic.Location.GetLineSpan().Path.Should().Be(GeneratorHarness.DataPath);
        diagnostic.Location.GetLineSpan().StartLinePosition.Line.Should().Be(SampleData.LineOf(json, lineText));
        result.Source("WsaError.g.cs").Should().Contain("NO_ERROR = 0,", "the good entries are still generated");
    }

    [Fact]
    public void An_unknown_property_is_a_warning_that_names_it()
    {
        var json = SampleData.With("\"transient\": true", "\"transeint\": true");

        var diagnostic = GeneratorHarness.Run(json).Diagnostics.Should().ContainSingle().Which;

        diagnostic.Id.Should().Be("WSAGEN007");
        diagnostic.Severity.Should().Be(DiagnosticSeverity.Warning);
        diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Should().StartWith("Unknown property 'transeint'");
        diagnostic.Location.GetLineSpan().StartLinePosition.Line.Should().Be(SampleData.LineOf(json, "\"transeint\""));
    }

    [Fact]
    public void A_missing_data_file_is_an_error()
    {
        var result = GeneratorHarness.Run(Array.Empty<AdditionalText>());

        result.Diagnostics.Should().ContainSingle().Which.Id.Should().Be("WSAGEN008");
        result.GeneratedSources.Should().BeEmpty();
    }

    [Fact]
    public void Two_data_files_are_an_error()
    {
        var result = GeneratorHarness.Run(
        [
            new InMemoryAdditionalText("/a/winsock-errors.json", SampleData.Valid),
            new InMemoryAdditionalText("/b/winsock-errors.json", SampleData.Valid),
        ]);

        result.Diagnostics.Should().ContainSingle().Which.Id.Should().Be("WSAGEN009");
    }

    [Fact]
    public void Other_additional_files_are_ignored()
    {
        var result = GeneratorHarness.Run(
        [
            new InMemoryAdditionalText("/a/winsock-errors.json", SampleData.Valid),
            new InMemoryAdditionalText("/a/other.json", "not json at all"),
        ]);

        result.Diagnostics.Should().BeEmpty();
    }

    [Theory]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("{}")]
    [InlineData("{\"errors\": 5, \"categories\": []}")]
    [InlineData("{\"errors\": [5, null, []], \"categories\": [1]}")]
    [InlineData("{\"errors\": [{}], \"categories\": [{}]}")]
    [InlineData("\"\\u12\"")]
    [InlineData("{\"a\": \"\\q\"}")]
    [InlineData("{\"a\": \"unterminated")]
    [InlineData("{\"a\": tru}")]
    [InlineData("{\"a\": -}")]
    [InlineData("{\"a\": 1.}")]
    [InlineData("{} trailing")]
    [InlineData("\uFEFF{\"categories\": [], \"errors\": []}")]
    public void Odd_files_give_diagnostics_and_never_crash(string json)
    {
        var result = GeneratorHarness.Run(json);

        result.Exception.Should().BeNull();
        result.Diagnostics.Should().NotBeEmpty().And.OnlyContain(d => d.Id.StartsWith("WSAGEN", StringComparison.Ordinal));
        result.GeneratedSources.Should().BeEmpty();
    }

    [Fact]
    public void Deep_nesting_is_reported_not_overflowed()
    {
        var json = new string('[', 100_000) + new string(']', 100_000);

        var result = GeneratorHarness.Run(json);

        result.Exception.Should().BeNull();
        result.Diagnostics.Should().ContainSingle().Which.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Should().Contain("nesting deeper than 64");
    }

    [Fact]
    public void Names_the_hash_cannot_tell_apart_are_reported_not_crashed_on()
    {
        // 'Á' folds like 'a' in the ASCII hash, but the two names are different identifiers.
        var json = SampleData.With("\"aliases\": [\"ECONNRESET\"]", "\"aliases\": [\"XA\u00C1A1\", \"XAAA1\"]");

        var result = GeneratorHarness.Run(json);

        result.Exception.Should().BeNull();
        result.Diagnostics.Should().ContainSingle().Which.Id.Should().Be("WSAGEN010");
        result.GeneratedSources.Should().BeEmpty();
    }
}
