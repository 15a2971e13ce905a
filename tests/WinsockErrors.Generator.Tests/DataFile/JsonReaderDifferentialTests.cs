using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using WinsockErrors.Generator.DataFile;

namespace WinsockErrors.Generator.Tests;

/// <summary>
/// The data-file reader against System.Text.Json's <see cref="JsonDocument"/> as the reference: the same thousands of
/// generated documents, and of those documents with a few characters changed, must be accepted or rejected alike and,
/// when accepted, give the same values. The documents come from a fixed seed, so a failure always reproduces.
/// </summary>
public partial class JsonReaderDifferentialTests
{
    private const int Seed = 20_13;
    private const string Noise = "{}[]:,\"\\ \t\n-+.eE0123456789tfnulrsax/u";

    [Fact]
    public void Generated_documents_are_read_like_the_reference_reads_them()
    {
        var random = new Random(Seed);
        var documents = Enumerable.Range(0, 3000).Select(_ => Document(random, depth: 0)).ToList();

        var (accepted, rejected) = CompareAll(documents);

        accepted.Should().Be(documents.Count, "every generated document is valid JSON");
        rejected.Should().Be(0);
    }

    [Fact]
    public void Mutated_documents_are_accepted_and_rejected_like_the_reference_does()
    {
        var random = new Random(Seed + 1);
        var documents = Enumerable.Range(0, 4000).Select(_ => Mutate(random, Document(random, depth: 0))).ToList();

        var (accepted, rejected) = CompareAll(documents);

        accepted.Should().BeGreaterThan(400, "some mutations keep a document valid");
        rejected.Should().BeGreaterThan(2000, "most mutations break it");
    }

    [Fact]
    public void Nesting_around_the_depth_limit_is_judged_like_the_reference_judges_it()
    {
        var documents = Enumerable.Range(60, 10).SelectMany(depth => new[]
        {
            new string('[', depth) + new string(']', depth),
            string.Concat(Enumerable.Repeat("{\"k\":", depth)) + "1" + new string('}', depth),
        }).ToList();

        var (accepted, rejected) = CompareAll(documents);

        (accepted, rejected).Should().Be((10, 10));
    }

    private static (int Accepted, int Rejected) CompareAll(IEnumerable<string> documents)
    {
        var accepted = 0;
        var rejected = 0;
        foreach (var document in documents.Where(d => !EscapedSurrogate().IsMatch(d)))
        {
            var ours = TryOurs(document);
            using var reference = TryReference(document);
            (ours is null).Should().Be(reference is null, $"both readers should {(reference is null ? "reject" : "accept")} <{document}>");
            if (ours is not null && reference is not null)
            {
                AssertSame(ours, reference.RootElement, document);
                accepted++;
            }
            else
            {
                rejected++;
            }
        }

        return (accepted, rejected);
    }

    private static JsonValue? TryOurs(string document)
    {
        try
        {
            return JsonReader.Parse(document, default);
        }
        catch (JsonSyntaxException)
        {
            return null;
        }
    }

    private static JsonDocument? TryReference(string document)
    {
        try
        {
            return JsonDocument.Parse(document);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static void AssertSame(JsonValue ours, JsonElement reference, string document)
    {
        switch (reference.ValueKind)
        {
            case JsonValueKind.Object:
                ours.Kind.Should().Be(JsonKind.Object, document);
                var properties = reference.EnumerateObject().ToList();
                ours.Properties.Select(p => p.Name).Should().Equal(properties.Select(p => p.Name), document);
                for (var i = 0; i < properties.Count; i++)
                {
                    AssertSame(ours.Properties[i].Value, properties[i].Value, document);
                }

                break;
            case JsonValueKind.Array:
                ours.Kind.Should().Be(JsonKind.Array, document);
                var items = reference.EnumerateArray().ToList();
                ours.Items.Should().HaveCount(items.Count, document);
                for (var i = 0; i < items.Count; i++)
                {
                    AssertSame(ours.Items[i], items[i], document);
                }

                break;
            case JsonValueKind.String:
                ours.Kind.Should().Be(JsonKind.String, document);
                ours.Text.Should().Be(reference.GetString(), document);
                break;
            case JsonValueKind.Number:
                ours.Kind.Should().Be(JsonKind.Number, document);
                ours.Text.Should().Be(reference.GetRawText(), document);
                break;
            default:
                var expected = reference.ValueKind switch
                {
                    JsonValueKind.True => JsonKind.True,
                    JsonValueKind.False => JsonKind.False,
                    _ => JsonKind.Null,
                };
                ours.Kind.Should().Be(expected, document);
                break;
        }
    }

    private static string Document(Random random, int depth)
    {
        var builder = new StringBuilder();
        Space(random, builder);
        Value(random, builder, depth);
        Space(random, builder);
        return builder.ToString();
    }

    private static void Value(Random random, StringBuilder builder, int depth)
    {
        switch (random.Next(depth < 4 ? 8 : 6))
        {
            case 0: builder.Append('"').Append(StringBody(random)).Append('"'); break;
            case 1: builder.Append(Number(random)); break;
            case 2: builder.Append("true"); break;
            case 3: builder.Append("false"); break;
            case 4: builder.Append("null"); break;
            case 5: builder.Append(random.Next(2) == 0 ? "[]" : "{}"); break;
            case 6: Container(random, builder, depth, '[', ']', (r, b) => Value(r, b, depth + 1)); break;
            default:
                Container(random, builder, depth, '{', '}', (r, b) =>
                {
                    b.Append('"').Append(StringBody(r)).Append('"');
                    Space(r, b);
                    b.Append(':');
                    Space(r, b);
                    Value(r, b, depth + 1);
                });
                break;
        }
    }

    private static void Container(Random random, StringBuilder builder, int depth, char open, char close, Action<Random, StringBuilder> member)
    {
        builder.Append(open);
        var count = random.Next(1, 5);
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                builder.Append(',');
            }

            Space(random, builder);
            member(random, builder);
            Space(random, builder);
        }

        builder.Append(close);
    }

    private static string StringBody(Random random)
    {
        string[] pieces = ["a", "Z", "9", " ", "é", "€", "\\\"", "\\\\", "\\/", "\\b", "\\f", "\\n", "\\r", "\\t", "WSAE", "-", ":", ",", "{", "]"];
        var builder = new StringBuilder();
        for (var i = random.Next(0, 6); i > 0; i--)
        {
            builder.Append(random.Next(6) == 0
                ? "\\u" + random.Next(0, 0xD800).ToString(random.Next(2) == 0 ? "X4" : "x4", CultureInfo.InvariantCulture)
                : pieces[random.Next(pieces.Length)]);
        }

        return builder.ToString();
    }

    private static string Number(Random random)
    {
        var text = (random.Next(3) == 0 ? "-" : string.Empty) + (random.Next(4) == 0 ? "0" : random.Next(1, 100_000).ToString(CultureInfo.InvariantCulture));
        if (random.Next(3) == 0)
        {
            text += "." + random.Next(0, 1000).ToString(CultureInfo.InvariantCulture);
        }

        if (random.Next(4) == 0)
        {
            text += (random.Next(2) == 0 ? "e" : "E") + new[] { string.Empty, "+", "-" }[random.Next(3)] + random.Next(0, 400).ToString(CultureInfo.InvariantCulture);
        }

        return text;
    }

    private static void Space(Random random, StringBuilder builder)
    {
        for (var i = random.Next(-2, 3); i > 0; i--)
        {
            builder.Append(" \t\r\n"[random.Next(4)]);
        }
    }

    private static string Mutate(Random random, string document)
    {
        var builder = new StringBuilder(document);
        for (var edits = random.Next(1, 4); edits > 0; edits--)
        {
            var at = random.Next(builder.Length + 1);
            var noise = Noise[random.Next(Noise.Length)];
            switch (random.Next(4))
            {
                case 0 when at < builder.Length: builder.Remove(at, 1); break;
                case 1 when at < builder.Length: builder[at] = noise; break;
                case 2: builder.Insert(at, noise); break;
                default: builder.Length = at; break;
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// An escaped lone surrogate: the reader keeps UTF-16 as written, while the reference refuses to decode it. Names in
    /// the data file are checked as identifiers anyway, so the difference never reaches generated code.
    /// </summary>
    [GeneratedRegex(@"\\u[dD][89a-fA-F]")]
    private static partial Regex EscapedSurrogate();
}
