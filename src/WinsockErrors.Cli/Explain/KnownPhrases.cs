using System.Collections.Generic;

namespace WinsockErrors.Cli.Explain;

/// <summary>The texts that name an error when a log quotes them.</summary>
internal static class KnownPhrases
{
    /// <summary>Shorter than this, a system message is too generic to name one error.</summary>
    private const int MinimumMessageLength = 15;

    /// <summary>
    /// Every system message (what Windows prints), and the titles of the Berkeley-socket codes, which are the BSD
    /// strerror() texts Linux and macOS print ("Connection refused"); longest first, so the most specific text wins.
    /// </summary>
    public static KnownPhrase[] Build()
    {
        var phrases = new List<KnownPhrase>();
        foreach (var entry in WsaErrors.All)
        {
            if (entry.Code == 0)
            {
                continue;
            }

            var message = entry.Message.TrimEnd('.');
            if (message.Length >= MinimumMessageLength)
            {
                phrases.Add(new KnownPhrase(message, entry));
            }

            var title = entry.Title.TrimEnd('.');
            if (entry.Category == WsaErrorCategory.Socket && title.Length > 0 && title != message)
            {
                phrases.Add(new KnownPhrase(title, entry));
            }
        }

        phrases.Sort((a, b) => b.Text.Length.CompareTo(a.Text.Length));
        return [.. phrases];
    }
}
