using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace WinsockErrors.Analyzers.Data;

/// <summary>
/// Decides whether a string literal is a socket error's text or a fragment of one: a Windows system message, a
/// Winsock title (the BSD <c>strerror</c> text) or another runtime's wording from the data files.
/// </summary>
internal static class MessageFragments
{
    /// <summary>
    /// The shortest literal (and the shortest data text found inside a literal) that counts: short words such as
    /// "timeout", "refused" or "connection" appear in every kind of message. Measured on the real-code corpus.
    /// </summary>
    public const int MinimumLength = 12;

    /// <summary>Each data text as it is compared: trimmed, without its full stop, in lower case.</summary>
    private static readonly System.Lazy<(string Text, int[] Codes)[]> Normalized = new(() =>
        WinsockData.Instance.Texts.Select(text => (Normalize(text.Text), text.Codes)).ToArray());

    /// <summary>
    /// The Winsock codes whose texts <paramref name="literal"/> is, is part of, or quotes; empty when none. A text
    /// the literal is exactly names its codes alone: "No such host is known" is 11001's message, although 11032's
    /// message goes on with "securely".
    /// </summary>
    /// <param name="literal">The string compared with a message.</param>
    /// <param name="minimumLength">The shortest literal, and the shortest text found inside a literal, that counts.</param>
    /// <param name="whole">Whether the message must be the whole literal (<c>==</c>, <c>Equals</c>, a switch), not contain it.</param>
    public static IReadOnlyList<int> Codes(string literal, int minimumLength = MinimumLength, bool whole = false)
    {
        var fragment = Normalize(literal);
        if (fragment.Length == 0)
        {
            return System.Array.Empty<int>();
        }

        var exact = new SortedSet<int>();
        var partial = new SortedSet<int>();
        foreach (var (normalized, textCodes) in Normalized.Value)
        {
            if (normalized == fragment && fragment.Length >= minimumLength)
            {
                exact.UnionWith(textCodes);
            }
            else if (!whole
                && ((fragment.Length >= minimumLength && normalized.Contains(fragment))
                    || (normalized.Length >= minimumLength && fragment.Contains(normalized))))
            {
                partial.UnionWith(textCodes);
            }
        }

        return (exact.Count > 0 ? exact : partial).ToList();
    }

    private static string Normalize(string text) =>
        text.Trim().TrimEnd('.').Trim().ToLower(CultureInfo.InvariantCulture);
}
