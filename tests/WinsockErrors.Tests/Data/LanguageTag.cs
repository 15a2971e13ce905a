using System.Text.RegularExpressions;

namespace WinsockErrors.Tests.Data;

/// <summary>The BCP 47 tags the data files use: a language, then optionally a script and a region (zh-CN, pt-BR, ja).</summary>
internal static class LanguageTag
{
    private static readonly Regex s_form = new("^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$", RegexOptions.CultureInvariant);

    public static bool IsWellFormed(string? tag) => tag is not null && s_form.IsMatch(tag);
}
