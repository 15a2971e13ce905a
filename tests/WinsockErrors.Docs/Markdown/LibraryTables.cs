using System.Globalization;
using System.Linq;
using System.Text;

namespace WinsockErrors.Docs.Markdown;

/// <summary>The tables the pages show from the library's generated table, one row per code.</summary>
public static class LibraryTables
{
    /// <summary>docs/retry.md: how many codes take each advice, then each code's advice and reason.</summary>
    public static string RetryAdvice()
    {
        var text = new StringBuilder();
        var counts = WsaErrors.All.GroupBy(e => e.RetryAdvice).OrderBy(g => g.Key).Select(g => $"`{g.Key}` {g.Count()}");
        text.Append(CultureInfo.InvariantCulture, $"{WsaErrors.All.Count} codes: {string.Join(", ", counts)}.\n\n")
            .Append("| code | name | advice | reason |\n| ---: | --- | --- | --- |\n");
        foreach (var info in WsaErrors.All)
        {
            text.Append(CultureInfo.InvariantCulture, $"| {info.Code} | {info.Name} | `{info.RetryAdvice}` | {Cell(info.RetryReason)} |\n");
        }

        return text.ToString();
    }

    /// <summary>docs/telemetry.md: every code's error.type value, and the .NET member it comes from.</summary>
    public static string ErrorTypes()
    {
        var text = new StringBuilder("| `error.type` | code | name | from |\n| --- | ---: | --- | --- |\n");
        foreach (var info in WsaErrors.All)
        {
            var from = info.SocketError is { } member ? $"`SocketError.{member}`" : "the SDK name";
            text.Append(CultureInfo.InvariantCulture, $"| `{info.ErrorType}` | {info.Code} | {info.Name} | {from} |\n");
        }

        return text.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", System.StringComparison.Ordinal);
}
