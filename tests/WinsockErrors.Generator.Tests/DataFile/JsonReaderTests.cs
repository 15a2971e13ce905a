using WinsockErrors.Generator.DataFile;

namespace WinsockErrors.Generator.Tests;

public class JsonReaderTests
{
    private static JsonValue Parse(string json) => JsonReader.Parse(json, default);

    [Fact]
    public void Every_escape_is_decoded()
    {
        var value = Parse("\"q\\\" b\\\\ s\\/ \\b\\f\\n\\r\\t \\u00e9\\u20AC\\u0000\"");

        value.Kind.Should().Be(JsonKind.String);
        value.Text.Should().Be("q\" b\\ s/ \b\f\n\r\t \u00e9\u20AC\0");
    }

    [Theory]
    [InlineData("-5", "-5")]
    [InlineData("0", "0")]
    [InlineData("-0", "-0")]
    [InlineData("12.50", "12.50")]
    [InlineData("1e3", "1e3")]
    [InlineData("-1.5E+3", "-1.5E+3")]
    [InlineData("2e-7", "2e-7")]
    public void A_number_keeps_its_text(string json, string text)
    {
        var value = Parse(json);

        value.Kind.Should().Be(JsonKind.Number);
        value.Text.Should().Be(text);
        (value.Start, value.End).Should().Be((0, json.Length));
    }

    [Fact]
    public void Empty_containers_and_literals_are_read()
    {
        var value = Parse(" { \"o\" : { } , \"a\" : [ ] , \"t\" : true , \"f\" : false , \"n\" : null } ");

        value.Kind.Should().Be(JsonKind.Object);
        (value.Start, value.End).Should().Be((1, 66));
        value.Properties.Select(p => p.Name).Should().Equal("o", "a", "t", "f", "n");
        value.Properties.Select(p => p.Value.Kind).Should().Equal(JsonKind.Object, JsonKind.Array, JsonKind.True, JsonKind.False, JsonKind.Null);
        value.Find("o")!.Value.Properties.Should().BeEmpty();
        value.Find("a")!.Value.Items.Should().BeEmpty();
        value.Find("missing").Should().BeNull();
        var t = value.Properties[2];
        (t.NameStart, t.NameEnd, t.Value.Start, t.Value.End).Should().Be((27, 30, 33, 37));
    }

    [Fact]
    public void Items_keep_their_order_and_places()
    {
        var value = Parse("[1,\"x\",[2]]");

        value.Items.Select(i => i.Kind).Should().Equal(JsonKind.Number, JsonKind.String, JsonKind.Array);
        value.Items.Select(i => (i.Start, i.End)).Should().Equal((1, 2), (3, 6), (7, 10));
        value.Items[1].Text.Should().Be("x");
        value.Items[2].Items.Single().Text.Should().Be("2");
    }

    [Fact]
    public void A_leading_byte_order_mark_is_skipped()
    {
        Parse("\uFEFF[]").Start.Should().Be(1);
    }

    [Theory]
    [InlineData("", "unexpected end of the document", 0)]
    [InlineData("   ", "unexpected end of the document", 3)]
    [InlineData("{} x", "unexpected text after the end of the document", 3)]
    [InlineData("[1] [2]", "unexpected text after the end of the document", 4)]
    [InlineData("{\"a\": 1,}", "expected a property name in double quotes", 8)]
    [InlineData("{a: 1}", "expected a property name in double quotes", 1)]
    [InlineData("{\"a\" 1}", "expected ':' after the property name", 5)]
    [InlineData("{\"a\": 1 \"b\": 2}", "expected ',' or '}' after a property value", 8)]
    [InlineData("[1 2]", "expected ',' or ']' after an array item", 3)]
    [InlineData("[1,]", "unexpected character ']'", 3)]
    [InlineData("\"abc", "unterminated string", 0)]
    [InlineData("[\"a\tb\"]", "control character in a string (escape it)", 3)]
    [InlineData("\"a\\", "unterminated escape sequence", 3)]
    [InlineData("\"\\u12\"", "\\u must be followed by four hexadecimal digits", 1)]
    [InlineData("\"\\u12", "\\u must be followed by four hexadecimal digits", 1)]
    [InlineData("\"\\uZZZZ\"", "\\u must be followed by four hexadecimal digits", 1)]
    [InlineData("\"\\q\"", "unknown escape sequence '\\q'", 1)]
    [InlineData("\"\\ \"", "unknown escape sequence '\\ '", 1)]
    [InlineData("\"\\u0041", "unterminated string", 0)]
    [InlineData("\"\\\u0001\"", "unknown escape sequence '\\\\u0001'", 1)]
    [InlineData("tru", "unexpected character 't'", 0)]
    [InlineData("nul", "unexpected character 'n'", 0)]
    [InlineData("falsy", "unexpected character 'f'", 0)]
    [InlineData("x", "unexpected character 'x'", 0)]
    [InlineData("\u0001", "unexpected character '\\u0001'", 0)]
    [InlineData("-", "expected a digit", 1)]
    [InlineData("-a", "expected a digit", 1)]
    [InlineData("1.", "expected a digit", 2)]
    [InlineData("1.e5", "expected a digit", 2)]
    [InlineData("1e", "expected a digit", 2)]
    [InlineData("1e+", "expected a digit", 3)]
    [InlineData("01", "unexpected text after the end of the document", 1)]
    [InlineData("[", "unexpected end of the document", 1)]
    [InlineData("{", "expected a property name in double quotes", 1)]
    [InlineData("{\"a\":", "unexpected end of the document", 5)]
    public void Malformed_text_is_reported_with_its_place(string json, string message, int offset)
    {
        var act = () => Parse(json);

        var error = act.Should().Throw<JsonSyntaxException>().Which;
        error.Message.Should().Be(message);
        error.Offset.Should().Be(offset);
    }

    [Theory]
    [InlineData("[", "]")]
    [InlineData("{\"a\":", "}")]
    public void Sixty_four_levels_are_allowed_and_the_65th_is_not(string open, string close)
    {
        string Nested(int depth) => string.Concat(Enumerable.Repeat(open, depth)) + "0" + string.Concat(Enumerable.Repeat(close, depth));

        Parse(Nested(64)).Should().NotBeNull();
        var act = () => Parse(Nested(65));
        var error = act.Should().Throw<JsonSyntaxException>().Which;
        error.Message.Should().Be("nesting deeper than 64 levels");
        error.Offset.Should().Be(64 * open.Length);
    }

    [Fact]
    public void Deeply_nested_objects_are_reported_not_overflowed()
    {
        var json = string.Concat(Enumerable.Repeat("{\"a\":", 100_000)) + "0" + new string('}', 100_000);

        var result = GeneratorHarness.Run(json);

        result.Exception.Should().BeNull();
        result.Diagnostics.Should().ContainSingle().Which.GetMessage(System.Globalization.CultureInfo.InvariantCulture)
            .Should().Be("The Winsock error data file is not valid JSON: nesting deeper than 64 levels");
    }

    [Fact]
    public void Cancellation_stops_the_reader()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        var inArray = () => JsonReader.Parse("[1]", cancelled.Token);
        var inObject = () => JsonReader.Parse("{\"a\": 1}", cancelled.Token);

        inArray.Should().Throw<OperationCanceledException>();
        inObject.Should().Throw<OperationCanceledException>();
    }
}
