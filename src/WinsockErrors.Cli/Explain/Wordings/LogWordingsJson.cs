using System.Text.Json.Serialization;

namespace WinsockErrors.Cli.Explain;

/// <summary>The compile-time reader of <c>log-wordings.json</c>: no reflection at run time, safe for Native AOT.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(LogWordingsFile))]
internal sealed partial class LogWordingsJson : JsonSerializerContext;
