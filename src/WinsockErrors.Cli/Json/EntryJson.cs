using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Serialization;
using WinsockErrors.Cli.Explain;

namespace WinsockErrors.Cli.Json;

/// <summary>An entry as <c>--json</c> writes it, with what found it when that matters.</summary>
internal sealed record EntryJson
{
    /// <summary>The query that found the entry (lookups only).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Query { get; init; }

    /// <summary>The search score (search only): only the order means anything.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Score { get; init; }

    /// <summary>Where the input mentions the entry (explain only).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<LineJson>? Lines { get; init; }

    public required string Name { get; init; }

    public int Code { get; init; }

    public required string Hex { get; init; }

    [JsonPropertyName("hresult")]
    public required string HResult { get; init; }

    public required string Title { get; init; }

    public required string Message { get; init; }

    public required string Description { get; init; }

    public required string Category { get; init; }

    public string? SocketError { get; init; }

    public required IReadOnlyList<string> Aliases { get; init; }

    public required IReadOnlyList<ErrnoJson> Errno { get; init; }

    /// <summary>A <see cref="WsaRetryAdvice"/> member's name.</summary>
    public required string RetryAdvice { get; init; }

    public required string RetryReason { get; init; }

    /// <summary>The value for OpenTelemetry's <c>error.type</c>.</summary>
    public required string ErrorType { get; init; }

    public bool Timeout { get; init; }

    public static EntryJson From(WsaErrorInfo entry) => new()
    {
        Name = entry.Name,
        Code = entry.Code,
        Hex = entry.ToString("X", CultureInfo.InvariantCulture),
        HResult = entry.ToString("H", CultureInfo.InvariantCulture),
        Title = entry.Title,
        Message = entry.Message,
        Description = entry.Description,
        Category = entry.Category.ToString(),
        SocketError = entry.SocketError?.ToString(),
        Aliases = entry.Aliases,
        Errno = [.. entry.Errno.Select(e => new ErrnoJson
        {
            Name = e.Name,
            Linux = e.Linux,
            MacOS = e.MacOS,
            FreeBsd = e.FreeBsd,
            WindowsCrt = e.WindowsCrt,
            WinsockPair = e.IsWinsockPair,
        })],
        RetryAdvice = entry.RetryAdvice.ToString(),
        RetryReason = entry.RetryReason,
        ErrorType = entry.ErrorType,
        Timeout = entry.IsTimeout,
    };
}
