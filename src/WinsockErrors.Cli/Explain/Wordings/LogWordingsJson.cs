using System.Text.Json.Serialization;

namespace WinsockErrors.Cli.Explain;

/// <summary>The compile-time reader of <c>log-wordings.json</c>: no reflection at run time, safe for Native AOT.</summary>
/// <remarks>
/// The classes it fills have setters, not <c>init</c>: the generated reader passes every <c>init</c> member to the
/// object initializer, so a member the file leaves out would be null instead of its empty default.
/// </remarks>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(LogWordingsFile))]
internal sealed partial class LogWordingsJson : JsonSerializerContext;
