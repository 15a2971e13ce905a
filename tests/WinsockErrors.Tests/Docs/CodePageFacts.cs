using System.Globalization;
using System.Net.Sockets;
using static WinsockErrors.Tests.Docs.MarkdownText;

namespace WinsockErrors.Tests.Docs;

/// <summary>
/// The facts table of every code page, one row per fact, read from the library's public <see cref="WsaErrorInfo"/>.
/// A new fact on <see cref="WsaErrorInfo"/> is one more row here; then regenerate the pages.
/// </summary>
internal static class CodePageFacts
{
    public static IReadOnlyList<CodePageFact> All { get; } =
    [
        new("name", info => Code(info.Name)),
        new("code", info => info.Code.ToString(CultureInfo.InvariantCulture)),
        new("hex", info => info.ToString("X", CultureInfo.InvariantCulture)),
        new("HRESULT", info => string.Create(CultureInfo.InvariantCulture, $"{info:H} ({info.HResult})")),
        new("title", info => Escape(info.Title)),
        new("system message", info => Escape(info.Message)),
        new("category", info => info.Category.ToString()),
        new("aliases", info => List(info.Aliases.Select(Code))),
        new("SocketError member", info => info.SocketError is { } member ? Code(nameof(SocketError) + "." + member) : "none"),
        new("portable .NET check", info => Code(PortableCheck.For(info))),
        new("retry advice", info => $"[{Code(info.RetryAdvice.ToString())}](../retry.md): {Escape(info.RetryReason)}"),
        new("OpenTelemetry error.type", info => Code(info.ErrorType)),
        new("timeout", info => YesNo(info.IsTimeout)),
    ];

    private static string YesNo(bool value) => value ? "yes" : "no";
}
