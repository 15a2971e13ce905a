using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace WinsockErrors.Cli.Json;

/// <summary>Writes <c>--json</c> output.</summary>
internal static class JsonPrinter
{
    /// <summary>
    /// The source-generated context with an encoder that leaves apostrophes and the like readable; the output is
    /// printed, never embedded in HTML.
    /// </summary>
    public static readonly JsonOutput Context = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>Writes <paramref name="value"/> and a line break.</summary>
    public static void Write<T>(TextWriter output, T value, JsonTypeInfo<T> typeInfo) =>
        output.WriteLine(JsonSerializer.Serialize(value, typeInfo));
}
