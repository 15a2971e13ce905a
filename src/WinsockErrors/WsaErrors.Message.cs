using System;
using System.Buffers;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;

namespace WinsockErrors;

public static partial class WsaErrors
{
    private const int StackNormalizeLimit = 256;

    private static MessageKey[]? s_messageKeys;

    /// <summary>
    /// Finds the error a message names: Windows' system message in English (<see cref="WsaErrorInfo.Message"/>) or as
    /// a localized Windows prints it (<c>远程主机强迫关闭了一个现有的连接。</c>, <c>Es konnte keine Verbindung
    /// hergestellt werden, …</c>), Mono's and Unity's own wording, or an English back-translation seen in real logs;
    /// every text with its source is in <c>data/localized-messages.json</c>.
    /// </summary>
    /// <param name="text">A message, or a log line that holds one.</param>
    /// <param name="info">The entry, or <see langword="null"/> when the text names no error, or more than one.</param>
    /// <returns><see langword="true"/> when the text names exactly one entry.</returns>
    /// <remarks>
    /// Only letters and digits are compared, ignoring case without regard to culture, so a space lost to line
    /// wrapping, an inserted line break and full-width punctuation do not matter. A long message may sit anywhere in
    /// the text, and a message cut short at the end of the text is still read when what is left (24 letters, or 8
    /// Chinese, Japanese or Korean characters) names one error only. A short text such as Mono's <c>Connection
    /// refused</c> is read only when it is the whole text. The answer is the same on every OS and in every culture.
    /// </remarks>
    public static bool TryFindByMessage(ReadOnlySpan<char> text, [NotNullWhen(true)] out WsaErrorInfo? info)
    {
        var found = LocateIn(text);
        info = found.Key is null ? null : EntryAt(found.Key.Index);
        return info is not null;
    }

    /// <inheritdoc cref="TryFindByMessage(ReadOnlySpan{char}, out WsaErrorInfo?)"/>
    public static bool TryFindByMessage(string? text, [NotNullWhen(true)] out WsaErrorInfo? info) =>
        TryFindByMessage(text.AsSpan(), out info);

    /// <summary>
    /// Finds a message as <see cref="TryFindByMessage(ReadOnlySpan{char}, out WsaErrorInfo?)"/> does, with the same
    /// answer, and tells where in <paramref name="text"/> it stands, whether it is cut short, and which recorded text it is.
    /// </summary>
    /// <param name="text">A message, or a log line that holds one.</param>
    /// <param name="match">What was found, or <see langword="null"/> when the text names no error, or more than one.</param>
    /// <returns><see langword="true"/> when the text names exactly one entry.</returns>
    public static bool TryMatchMessage(ReadOnlySpan<char> text, [NotNullWhen(true)] out WsaMessageMatch? match)
    {
        var found = LocateIn(text);
        if (found.Key is not { } key)
        {
            match = null;
            return false;
        }

        var index = MessageText.IndexOfNormalized(text, found.Start);
        var end = MessageText.IndexOfNormalized(text, found.Start + found.Length - 1) + 1;
        match = new WsaMessageMatch(EntryAt(key.Index), index, end - index, found.IsCut, key.Language, key.IsSystemMessage);
        return true;
    }

    /// <inheritdoc cref="TryMatchMessage(ReadOnlySpan{char}, out WsaMessageMatch?)"/>
    public static bool TryMatchMessage(string? text, [NotNullWhen(true)] out WsaMessageMatch? match) =>
        TryMatchMessage(text.AsSpan(), out match);

    /// <summary>
    /// The start of every known message as printed, at least one of which (ignoring case) a text holds when
    /// <see cref="TryFindByMessage(ReadOnlySpan{char}, out WsaErrorInfo?)"/> finds a message in it, unless a log broke
    /// or re-spaced the message's first words: a quick look that lets a reader of large logs skip lines that hold none.
    /// </summary>
    /// <remarks>Each start holds 18 letters or digits (6 Chinese, Japanese or Korean characters), or the whole text when it is shorter.</remarks>
    public static IReadOnlyList<string> MessageStarts => s_messageStarts ??= BuildMessageStarts();

    private static string[]? s_messageStarts;

    private static string[] BuildMessageStarts()
    {
        var texts = new List<string>();
        for (var i = 0; i < EntryCount; i++)
        {
            texts.Add(EntryAt(i).Message);
        }

        texts.AddRange(CreateLocalizedMessages().Select(m => m.Text));
        return texts.Select(MessageText.Start).Where(start => start.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
    }

    /// <summary>The known message <paramref name="text"/> holds, placed in its normalised form (<see cref="MessageText"/>).</summary>
    private static (MessageKey? Key, int Start, int Length, bool IsCut) LocateIn(ReadOnlySpan<char> text)
    {
        char[]? rented = null;
        var buffer = text.Length <= StackNormalizeLimit
            ? stackalloc char[StackNormalizeLimit]
            : (rented = ArrayPool<char>.Shared.Rent(text.Length));
        try
        {
            return Locate(buffer.Slice(0, MessageText.Normalize(text, buffer)));
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>The known message <paramref name="normalized"/> holds: its key, where it starts, how long it is there, and whether it is cut.</summary>
    private static (MessageKey? Key, int Start, int Length, bool IsCut) Locate(ReadOnlySpan<char> normalized)
    {
        if (normalized.IsEmpty)
        {
            return default;
        }

        // Longest first, so a message that holds a shorter one is read as itself.
        foreach (var key in s_messageKeys ??= BuildMessageKeys())
        {
            var at = key.PrefixLength < 0
                ? (normalized.SequenceEqual(key.Key.AsSpan()) ? 0 : -1)
                : normalized.IndexOf(key.Key.AsSpan());
            if (at >= 0)
            {
                return (key, at, key.Key.Length, false);
            }
        }

        return LocateCutMessage(normalized);
    }

    /// <summary>A message that runs to the end of the text and stops short: what is left must name one entry.</summary>
    private static (MessageKey? Key, int Start, int Length, bool IsCut) LocateCutMessage(ReadOnlySpan<char> normalized)
    {
        (MessageKey? Key, int Start, int Length, bool IsCut) found = default;
        foreach (var key in s_messageKeys!)
        {
            var at = key.PrefixLength < 0 ? -1 : StartOfCut(normalized, key);
            if (at < 0)
            {
                continue;
            }

            if (found.Key is not null && found.Key.Index != key.Index)
            {
                return default;
            }

            if (found.Key is null)
            {
                found = (key, at, normalized.Length - at, true);
            }
        }

        return found;
    }

    /// <summary>Where <paramref name="normalized"/> starts to run to its end inside <paramref name="key"/>, or -1.</summary>
    private static int StartOfCut(ReadOnlySpan<char> normalized, MessageKey key)
    {
        var start = key.Key.AsSpan(0, key.PrefixLength);
        var at = normalized.IndexOf(start);
        while (at >= 0)
        {
            var rest = normalized.Slice(at);
            if (rest.Length < key.Key.Length && key.Key.AsSpan().StartsWith(rest))
            {
                return at;
            }

            var next = normalized.Slice(at + 1).IndexOf(start);
            at = next < 0 ? -1 : at + 1 + next;
        }

        return -1;
    }

    /// <summary>
    /// Every known message, normalised, longest first. A text that two entries share names neither, and is left out.
    /// </summary>
    internal static MessageKey[] BuildMessageKeys()
    {
        var owners = new Dictionary<string, (int Index, LocalizedMessage? Source)>(StringComparer.Ordinal);
        void Add(string text, int index, LocalizedMessage? source)
        {
            var key = MessageText.Normalize(text);
            if (key.Length == 0)
            {
                return;
            }

            owners[key] = !owners.TryGetValue(key, out var owner) ? (index, source)
                : owner.Index == index ? owner
                : (-1, null);
        }

        for (var i = 0; i < EntryCount; i++)
        {
            Add(EntryAt(i).Message, i, null);
        }

        foreach (var message in CreateLocalizedMessages())
        {
            Add(message.Text, IndexOfCode(message.Code), message);
        }

        return owners.Where(pair => pair.Value.Index >= 0)
            .Select(pair => new MessageKey(pair.Key, pair.Value.Index, pair.Value.Source))
            .OrderByDescending(key => key.Key.Length)
            .ThenBy(key => key.Key, StringComparer.Ordinal)
            .ToArray();
    }
}
