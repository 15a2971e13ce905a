using System;
using System.Buffers;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;

namespace WinsockErrors;

public static partial class WsaErrors
{
    private const int StackNormalizeLimit = 256;

    private static MessageIndex? s_messageIndex;

    /// <summary>
    /// Finds the error a message names: Windows' system message in English (<see cref="WsaErrorInfo.Message"/>) or as
    /// a localized Windows prints it (<c>远程主机强迫关闭了一个现有的连接。</c>, <c>Eine vorhandene Verbindung
    /// wurde vom Remotehost geschlossen.</c>), Mono's and Unity's own wording, or an English back-translation seen in real logs;
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

    private static string[] BuildMessageStarts() =>
        KnownMessages().Select(known => MessageText.Start(known.Text)).Where(start => start.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToArray();

    /// <summary>Every known message: each entry's system message, then the recorded localized and runtime texts.</summary>
    private static IEnumerable<(string Text, int Index, LocalizedMessage? Source)> KnownMessages()
    {
        for (var i = 0; i < EntryCount; i++)
        {
            yield return (EntryAt(i).Message, i, null);
        }

        foreach (var message in CreateLocalizedMessages())
        {
            yield return (message.Text, IndexOfCode(message.Code), message);
        }
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

    private static (MessageKey? Key, int Start, int Length, bool IsCut) Locate(ReadOnlySpan<char> normalized) =>
        normalized.IsEmpty ? default : (s_messageIndex ??= new MessageIndex(BuildMessageKeys())).Locate(normalized);

    /// <summary>
    /// Every known message, normalised, longest first. A text that two entries share names neither, and is left out.
    /// </summary>
    internal static MessageKey[] BuildMessageKeys()
    {
        var owners = new Dictionary<string, (int Index, LocalizedMessage? Source)>(StringComparer.Ordinal);
        foreach (var (text, index, source) in KnownMessages())
        {
            var key = MessageText.Normalize(text);
            if (key.Length > 0)
            {
                owners[key] = !owners.TryGetValue(key, out var owner) ? (index, source)
                    : owner.Index == index ? owner
                    : (-1, null);
            }
        }

        return owners.Where(pair => pair.Value.Index >= 0)
            .OrderByDescending(pair => pair.Key.Length)
            .ThenBy(pair => pair.Key, StringComparer.Ordinal)
            .Select((pair, rank) => new MessageKey(pair.Key, pair.Value.Index, pair.Value.Source, rank))
            .ToArray();
    }
}
