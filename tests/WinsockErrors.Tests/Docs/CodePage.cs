using System.Globalization;
using System.Text;
using static WinsockErrors.Tests.Docs.MarkdownText;

namespace WinsockErrors.Tests.Docs;

/// <summary>Renders docs/codes/NAME.md, the page of one code, from the library's entry for it.</summary>
internal static class CodePage
{
    public static string FileName(WsaErrorInfo info) => info.Name + ".md";

    public static string Render(WsaErrorInfo info)
    {
        var page = new StringBuilder();
        page.Append(CultureInfo.InvariantCulture, $"# {info.Name} ({info.Code})\n\n")
            .Append(CultureInfo.InvariantCulture, $"**{Escape(info.Title)}**\n\n");
        if (info.Description.Length > 0)
        {
            page.Append(Escape(info.Description)).Append("\n\n");
        }

        page.Append("| fact | value |\n| --- | --- |\n");
        foreach (var fact in CodePageFacts.All)
        {
            page.Append(CultureInfo.InvariantCulture, $"| {fact.Label} | {fact.Cell(info)} |\n");
        }

        AppendErrno(page, info);
        AppendDotNet(page, info);
        AppendRelated(page, info);
        page.Append('\n').Append(CodePages.Provenance).Append('\n');
        return page.ToString();
    }

    private static void AppendErrno(StringBuilder page, WsaErrorInfo info)
    {
        page.Append("\n## errno per platform\n\n");
        if (info.Errno.Count == 0)
        {
            page.Append("No POSIX errno stands for this code.\n");
            return;
        }

        page.Append("| errno | ").Append(string.Join(" | ", ErrnoPlatformColumns.All.Select(column => column.Name))).Append(" | paired by |\n")
            .Append("| --- |").Append(string.Concat(ErrnoPlatformColumns.All.Select(_ => " ---: |"))).Append(" --- |\n");
        foreach (var errno in info.Errno)
        {
            var numbers = ErrnoPlatformColumns.All.Select(column => errno.On(column.Platform)?.ToString(CultureInfo.InvariantCulture) ?? "—");
            var pairedBy = errno.IsWinsockPair ? "winsock2.h" : ".NET";
            page.Append(CultureInfo.InvariantCulture, $"| {Code(errno.Name)} | {string.Join(" | ", numbers)} | {pairedBy} |\n");
        }
    }

    private static void AppendDotNet(StringBuilder page, WsaErrorInfo info)
    {
        page.Append("\n## In .NET\n\n")
            .Append(CultureInfo.InvariantCulture, $"For a caught `SocketException e`, test {Code(PortableCheck.For(info))}: ")
            .Append(info.SocketError is null
                ? ".NET's `SocketError` has no member for this code, and WinsockErrors' `ToWsaError()` gives it as a `WsaError`. "
                : ".NET sets `SocketErrorCode` to the same member on every OS. ")
            .Append("Do not compare `ErrorCode` or `NativeErrorCode` with the number: see [WSK001](../rules/WSK001.md).\n");
    }

    private static void AppendRelated(StringBuilder page, WsaErrorInfo info)
    {
        page.Append("\n## Related codes\n\n");
        var codes = RelatedCodes.Of(info);
        if (codes.Count == 0)
        {
            page.Append("No other code names it or shares its category.\n");
        }

        foreach (var related in codes)
        {
            page.Append(CultureInfo.InvariantCulture, $"- [{related.Info.Name}]({FileName(related.Info)}) ({related.Info.Code}) {related.Reason}.\n");
        }
    }
}
