using System.Globalization;
using System.Text;
using static WinsockErrors.Tests.Docs.MarkdownText;

namespace WinsockErrors.Tests.Docs;

/// <summary>Renders docs/errors.md, the reference page of every code, from the library's generated table.</summary>
internal static class ErrorsReferencePage
{
    public const string RelativePath = "docs/errors.md";

    public static string Render()
    {
        var page = new StringBuilder();
        page.Append("# Windows Sockets error codes\n\n")
            .Append("Every code WinsockErrors knows, generated from [`data/winsock-errors.json`](../data/winsock-errors.json) ")
            .Append("by `WINSOCKERRORS_UPDATE_DOCS=1 dotnet test tests/WinsockErrors.Tests --filter ErrorsReferencePageTests`; ")
            .Append("do not edit it by hand. Titles and descriptions are Microsoft's *Windows Sockets Error Codes*, word for word; ")
            .Append("the system message is what Windows' `FormatMessage` returns (en-US). Errno numbers are per platform: ")
            .Append("Linux, macOS, FreeBSD and the Windows C runtime; the first errno is the one winsock2.h pairs with the code.\n\n")
            .Append("| code | hex | name | title |\n| ---: | ---: | --- | --- |\n");
        foreach (var info in WsaErrors.All)
        {
            page.Append(CultureInfo.InvariantCulture, $"| {info.Code} | {info:X} | [{info.Name}](#{info.Name.ToLowerInvariant()}) | {Escape(info.Title)} |\n");
        }

        foreach (var info in WsaErrors.All)
        {
            AppendEntry(page, info);
        }

        return page.ToString();
    }

    private static void AppendEntry(StringBuilder page, WsaErrorInfo info)
    {
        page.Append(CultureInfo.InvariantCulture, $"\n## {info.Name}\n\n")
            .Append(CultureInfo.InvariantCulture, $"**{Escape(info.Title)}**\n\n")
            .Append("| | |\n| --- | --- |\n")
            .Append(CultureInfo.InvariantCulture, $"| value | {info.Code} |\n")
            .Append(CultureInfo.InvariantCulture, $"| hex | {info:X} |\n")
            .Append(CultureInfo.InvariantCulture, $"| HRESULT | {info:H} ({info.HResult}) |\n")
            .Append(CultureInfo.InvariantCulture, $"| category | {info.Category} |\n")
            .Append(CultureInfo.InvariantCulture, $"| system message | {Escape(info.Message)} |\n")
            .Append(CultureInfo.InvariantCulture, $"| aliases | {(info.Aliases.Count == 0 ? "—" : string.Join(", ", info.Aliases))} |\n")
            .Append(CultureInfo.InvariantCulture, $"| errno | {(info.Errno.Count == 0 ? "—" : string.Join("; ", info.Errno.Select(Errno)))} |\n");
        if (info.Description.Length > 0)
        {
            page.Append('\n').Append(Escape(info.Description)).Append('\n');
        }
    }

    private static string Errno(PosixErrno errno)
    {
        var known = ErrnoPlatformColumns.All
            .Where(column => errno.On(column.Platform) is not null)
            .Select(column => string.Create(CultureInfo.InvariantCulture, $"{column.Name} {errno.On(column.Platform)}"));
        return $"{errno.Name}: {string.Join(", ", known)}";
    }
}
