using System.Globalization;
using Microsoft.CodeAnalysis;

namespace WinsockErrors.Generator.Tests;

/// <summary>The optional localized-messages.json: parsed, checked against the data file's codes, emitted.</summary>
public class LocalizedMessagesTests
{
    private const string LocalizedPath = "/repo/data/localized-messages.json";

    private const string Valid = """
        {
          "about": "test",
          "messages": [
            { "code": 10054, "language": "zh-CN", "kind": "windows", "text": "远程主机强迫关闭了一个现有的连接。", "sources": [] },
            { "code": 10054, "language": "en", "kind": "runtime", "runtime": "mono", "text": "Connection reset \"by\" peer", "partial": true }
          ]
        }
        """;

    [Fact]
    public void The_real_file_has_no_diagnostics()
    {
        var data = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "winsock-errors.json"));
        var localized = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "localized-messages.json"));

        var result = Run(localized, data);

        result.Diagnostics.Should().BeEmpty();
        result.Source(WsaErrorsLocalizedMessages).Should().Contain("new(10054, \"zh-CN\", \"远程主机强迫关闭了一个现有的连接。\", false, \"windows\"),");
    }

    [Fact]
    public void Every_message_is_emitted_in_file_order_with_its_text_escaped()
    {
        var source = Run(Valid).Source(WsaErrorsLocalizedMessages);

        source.Should().Contain("""
                    new(10054, "zh-CN", "远程主机强迫关闭了一个现有的连接。", false, "windows"),
                    new(10054, "en", "Connection reset \"by\" peer", true, "runtime"),
            """.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Without_the_file_the_table_is_empty_and_the_library_still_compiles()
    {
        var result = GeneratorHarness.Run(SampleData.Valid);

        result.Diagnostics.Should().BeEmpty();
        result.Source(WsaErrorsLocalizedMessages).Should().Contain("CreateLocalizedMessages() => new global::WinsockErrors.LocalizedMessage[]\n    {\n    };");
    }

    [Theory]
    [InlineData("\"code\": 10054, \"language\": \"zh-CN\"", "\"code\": 12345, \"language\": \"zh-CN\"", "WSAGEN013", "12345", "\"code\": 12345")]
    [InlineData("\"kind\": \"windows\"", "\"kind\": \"window\"", "WSAGEN002", "\"kind\" must be one of windows, runtime, back-translation", "\"kind\": \"window\"")]
    [InlineData("\"text\": \"远程主机强迫关闭了一个现有的连接。\"", "\"text\": \" \"", "WSAGEN002", "\"text\" must not be empty", "\"text\": \" \"")]
    [InlineData("\"language\": \"zh-CN\", ", "", "WSAGEN002", "has no \"language\"", "\"code\": 10054, \"kind\"")]
    [InlineData("\"partial\": true", "\"partial\": 1", "WSAGEN002", "\"partial\" must be true or false", "\"partial\": 1")]
    [InlineData("\"sources\": []", "\"sources\": [], \"source\": 1", "WSAGEN007", "source", "\"source\": 1")]
    public void A_bad_message_is_reported_at_its_line_and_left_out(string find, string replace, string id, string message, string lineText)
    {
        var json = Valid.Replace(find, replace, StringComparison.Ordinal);
        json.Should().NotBe(Valid);

        var result = Run(json);

        var diagnostic = result.Diagnostics.Should().ContainSingle().Which;
        diagnostic.Id.Should().Be(id);
        diagnostic.GetMessage(CultureInfo.InvariantCulture).Should().Contain(message);
        var span = diagnostic.Location.GetLineSpan();
        span.Path.Should().Be(LocalizedPath);
        span.StartLinePosition.Line.Should().Be(SampleData.LineOf(json, lineText));
        if (diagnostic.Severity == DiagnosticSeverity.Error)
        {
            // The bad entry is left out; the other one stays.
            result.Source(WsaErrorsLocalizedMessages).Split("new(10054").Should().HaveCount(2);
        }
    }

    [Fact]
    public void Malformed_json_is_reported_in_the_localized_file()
    {
        var result = Run(Valid.Replace("\"about\": \"test\",", "\"about\": \"test\"", StringComparison.Ordinal));

        var diagnostic = result.Diagnostics.Should().ContainSingle().Which;
        diagnostic.Id.Should().Be("WSAGEN001");
        diagnostic.Location.GetLineSpan().Path.Should().Be(LocalizedPath);
    }

    private const string WsaErrorsLocalizedMessages = "WsaErrors.LocalizedMessages.g.cs";

    private static GeneratorRunResult Run(string localized, string? data = null) =>
        GeneratorHarness.Run([new InMemoryAdditionalText(GeneratorHarness.DataPath, data ?? SampleData.Valid), new InMemoryAdditionalText(LocalizedPath, localized)]);
}
