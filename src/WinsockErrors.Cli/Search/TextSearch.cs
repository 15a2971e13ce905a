using System;
using System.Collections.Generic;
using System.Linq;

namespace WinsockErrors.Cli.Search;

/// <summary>
/// Ranks the entries against free text. The exact phrase in the system message or title counts most, then in the
/// description, then having every word; each word then adds its field's weight (name 5, title 4, message 3,
/// description 1) times how rare the word is among the entries.
/// </summary>
internal sealed class TextSearch
{
    private const double NameWeight = 5;
    private const double TitleWeight = 4;
    private const double MessageWeight = 3;
    private const double DescriptionWeight = 1;
    private const double ExactNameBonus = 200;
    private const double PhraseInMessageOrTitleBonus = 100;
    private const double PhraseInDescriptionBonus = 60;
    private const double AllWordsBonus = 40;

    private static readonly Lazy<TextSearch> s_default = new(() => new TextSearch(WsaErrors.All));

    private readonly HashSet<string> _stopWords = QueryWords.StopWords();
    private readonly Dictionary<string, string> _synonyms = QueryWords.Synonyms();
    private readonly SearchDocument[] _documents;

    /// <summary>Searches <paramref name="entries"/>.</summary>
    public TextSearch(IEnumerable<WsaErrorInfo> entries) => _documents = [.. entries.Select(e => new SearchDocument(e))];

    /// <summary>The search over every entry of the library, made once.</summary>
    public static TextSearch Default => s_default.Value;

    /// <summary>The entries matching <paramref name="query"/>, best first; those with the same score by code.</summary>
    public IReadOnlyList<SearchHit> Search(string query)
    {
        var phrase = new SearchText(query);
        var words = phrase.Words.Where(w => !_stopWords.Contains(w)).Select(Respell).Distinct().ToList();
        if (words.Count == 0)
        {
            words = [.. phrase.Words.Distinct()];
        }

        var rarity = words.ToDictionary(w => w, Rarity);
        var hits = new List<SearchHit>();
        foreach (var document in _documents)
        {
            var score = 0.0;
            var matched = 0;
            foreach (var word in words)
            {
                var best = Math.Max(
                    Math.Max(NameWeight * document.MatchName(word), TitleWeight * document.Title.Match(word)),
                    Math.Max(MessageWeight * document.Message.Match(word), DescriptionWeight * document.Description.Match(word)));
                if (best > 0)
                {
                    matched++;
                    score += best * rarity[word];
                }
            }

            if (matched == 0)
            {
                continue;
            }

            var all = matched == words.Count;
            score += Bonus(document, phrase, words, all) + Prior(document.Entry.Category);
            hits.Add(new SearchHit(document.Entry, score, all));
        }

        // Entries with every word, when there are any, make the answer; the others would only bury it.
        if (hits.Exists(h => h.MatchesAllWords))
        {
            hits.RemoveAll(h => !h.MatchesAllWords);
        }

        hits.Sort((a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Entry.Code.CompareTo(b.Entry.Code));
        return hits;
    }

    /// <summary>A synonym the texts use, for a word that occurs in none of them.</summary>
    private string Respell(string word) =>
        _synonyms.TryGetValue(word, out var synonym) && Rarity(word) == 0 ? synonym : word;

    private static double Bonus(SearchDocument document, SearchText phrase, List<string> words, bool all)
    {
        var bonus = all ? AllWordsBonus : 0;
        if (words.Count == 1 && document.IsNamed(words[0]))
        {
            bonus += ExactNameBonus;
        }

        if (phrase.Words.Count > 1)
        {
            if (document.Message.ContainsPhrase(phrase) || document.Title.ContainsPhrase(phrase))
            {
                bonus += PhraseInMessageOrTitleBonus;
            }
            else if (document.Description.ContainsPhrase(phrase))
            {
                bonus += PhraseInDescriptionBonus;
            }
        }

        return bonus;
    }

    /// <summary>How rare a word is among the entries: ln(1 + N / entries containing it), 0 for a word none contains.</summary>
    public double Rarity(string word)
    {
        var count = _documents.Count(d =>
            d.MatchName(word) > 0 || d.Title.Match(word) > 0 || d.Message.Match(word) > 0 || d.Description.Match(word) > 0);
        return count == 0 ? 0 : Math.Log(1 + ((double)_documents.Length / count));
    }

    /// <summary>
    /// Breaks near ties in favour of the errors programs actually meet (the socket and name-resolution codes) over
    /// the service-provider and QoS ones: "actively refused" is in both WSAECONNREFUSED's and WSAEREFUSED's message.
    /// </summary>
    private static double Prior(WsaErrorCategory category) => category switch
    {
        WsaErrorCategory.Socket or WsaErrorCategory.NameResolution => 1.5,
        WsaErrorCategory.OverlappedIo => 1,
        _ => 0,
    };
}
