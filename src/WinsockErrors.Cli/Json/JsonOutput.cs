using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using WinsockErrors.Cli.Explain;

namespace WinsockErrors.Cli.Json;

/// <summary>The compile-time JSON serializers for <c>--json</c>: no reflection at run time, safe for Native AOT.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(EntryJson))]
[JsonSerializable(typeof(List<EntryJson>))]
[JsonSerializable(typeof(MissJson))]
[JsonSerializable(typeof(List<JsonElement>))]
[JsonSerializable(typeof(MentionJson))]
internal sealed partial class JsonOutput : JsonSerializerContext;
