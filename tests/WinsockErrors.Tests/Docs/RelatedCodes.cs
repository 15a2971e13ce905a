using System.Text.RegularExpressions;

namespace WinsockErrors.Tests.Docs;

/// <summary>
/// The codes a code page links to, by two rules that read only the data: the codes Microsoft's description of one
/// names (WSAECONNRESET's names WSAENETRESET), both ways; and the codes just below and above it in its category.
/// </summary>
internal static class RelatedCodes
{
    public static IReadOnlyList<RelatedCode> Of(WsaErrorInfo info)
    {
        var related = new List<RelatedCode>();
        related.AddRange(WsaErrors.All.Where(other => Names(info, other)).Select(other => new RelatedCode(other, "is named in this code's description")));
        related.AddRange(WsaErrors.All.Where(other => Names(other, info)).Select(other => new RelatedCode(other, "names this code in its description")));

        var category = WsaErrors.All.Where(other => other.Category == info.Category).ToList();
        var index = category.IndexOf(info);
        if (index > 0)
        {
            related.Add(new RelatedCode(category[index - 1], $"comes before it in the {info.Category} category"));
        }

        if (index < category.Count - 1)
        {
            related.Add(new RelatedCode(category[index + 1], $"comes after it in the {info.Category} category"));
        }

        // A code both named and next to this one is listed once, with both reasons.
        return related
            .GroupBy(code => code.Info)
            .Select(group => new RelatedCode(group.Key, string.Join(" and ", group.Select(code => code.Reason))))
            .ToList();
    }

    private static bool Names(WsaErrorInfo describer, WsaErrorInfo named) =>
        describer != named && Regex.IsMatch(describer.Description, $@"\b{named.Name}\b", RegexOptions.CultureInvariant);
}
