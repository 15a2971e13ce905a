using System;
using System.Collections.Generic;

namespace WinsockErrors.Cli.Explain;

/// <summary>The texts that name an error when a log quotes them.</summary>
internal static class KnownPhrases
{
    /// <summary>Shorter than this, a system message is too generic to name one error.</summary>
    private const int MinimumMessageLength = 15;

    /// <summary>
    /// Every system message (what Windows prints), the titles of the Berkeley-socket codes (the BSD strerror() texts
    /// Linux and macOS print, "Connection refused") and the wordings of <c>data/log-wordings.json</c>; longest first, so
    /// the most specific text wins. A text the data marks ambiguous names nothing.
    /// </summary>
    public static KnownPhrase[] Build()
    {
        var wordings = LogWordings.File.Wordings;
        var ambiguous = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var wording in wordings)
        {
            if (wording.Ambiguous)
            {
                ambiguous.Add(wording.Text);
            }
        }

        var phrases = new List<KnownPhrase>();
        foreach (var entry in WsaErrors.All)
        {
            if (entry.Code == 0)
            {
                continue;
            }

            var message = entry.Message.TrimEnd('.');
            if (message.Length >= MinimumMessageLength && !ambiguous.Contains(message))
            {
                phrases.Add(new KnownPhrase(message, entry, EvidenceKind.SystemMessage, "system message", ContextRules.ForSystemMessage, MatchCase: false));
            }

            var title = entry.Title.TrimEnd('.');
            if (entry.Category == WsaErrorCategory.Socket && entry.HasListTitle && title != message && !ambiguous.Contains(title))
            {
                phrases.Add(new KnownPhrase(title, entry, EvidenceKind.Wording, "BSD strerror text", ContextRules.ForWording(dataSays: false, entry.Code), MatchCase: false));
            }
        }

        foreach (var wording in wordings)
        {
            if (!wording.Ambiguous && WsaErrors.IsDefined((WsaError)wording.Codes[0]))
            {
                var entry = WsaErrors.Get((WsaError)wording.Codes[0]);
                phrases.Add(new KnownPhrase(wording.Text, entry, EvidenceKind.Wording, Label(wording), ContextRules.ForWording(wording.NeedsContext, entry.Code), wording.MatchCase));
            }
        }

        phrases.Sort((a, b) => b.Text.Length.CompareTo(a.Text.Length));
        return [.. phrases];
    }

    /// <summary>"curl's wording", "glibc resolver text", "musl strerror text".</summary>
    private static string Label(LogWording wording)
    {
        var origin = wording.Sources.Count > 0 ? wording.Sources[0].Origin : "another runtime";
        var cut = origin.IndexOf(" (", StringComparison.Ordinal);
        origin = cut > 0 ? origin[..cut] : origin;
        return wording.Kind switch
        {
            "strerror" => origin + " strerror text",
            "gai_strerror" => origin + " resolver text",
            _ => origin + "'s wording",
        };
    }
}
