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
        char[]? rented = null;
        var buffer = text.Length <= StackNormalizeLimit
            ? stackalloc char[StackNormalizeLimit]
            : (rented = ArrayPool<char>.Shared.Rent(text.Length));
        try
        {
            var normalized = buffer.Slice(0, MessageText.Normalize(text, buffer));
            var index = IndexOfMessage(normalized);
            info = index < 0 ? null : EntryAt(index);
            return info is not null;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <inheritdoc cref="TryFindByMessage(ReadOnlySpan{char}, out WsaErrorInfo?)"/>
    public static bool TryFindByMessage(string? text, [NotNullWhen(true)] out WsaErrorInfo? info) =>
        TryFindByMessage(text.AsSpan(), out info);

    private static int IndexOfMessage(ReadOnlySpan<char> normalized)
    {
        if (normalized.IsEmpty)
        {
            return -1;
        }

        // Longest first, so a message that holds a shorter one is read as itself.
        foreach (var key in s_messageKeys ??= BuildMessageKeys())
        {
            var found = key.PrefixLength < 0
                ? normalized.SequenceEqual(key.Key.AsSpan())
                : normalized.IndexOf(key.Key.AsSpan()) >= 0;
            if (found)
            {
                return key.Index;
            }
        }

        return IndexOfCutMessage(normalized);
    }

    /// <summary>A message that runs to the end of the text and stops short: what is left must name one entry.</summary>
    private static int IndexOfCutMessage(ReadOnlySpan<char> normalized)
    {
        var found = -1;
        foreach (var key in s_messageKeys!)
        {
            if (key.PrefixLength < 0 || !EndsWithStartOf(normalized, key))
            {
                continue;
            }

            if (found >= 0 && found != key.Index)
            {
                return -1;
            }

            found = key.Index;
        }

        return found;
    }

    private static bool EndsWithStartOf(ReadOnlySpan<char> normalized, MessageKey key)
    {
        var start = key.Key.AsSpan(0, key.PrefixLength);
        var at = normalized.IndexOf(start);
        while (at >= 0)
        {
            var rest = normalized.Slice(at);
            if (rest.Length < key.Key.Length && key.Key.AsSpan().StartsWith(rest))
            {
                return true;
            }

            var next = normalized.Slice(at + 1).IndexOf(start);
            at = next < 0 ? -1 : at + 1 + next;
        }

        return false;
    }

    /// <summary>
    /// Every known message, normalised, longest first. A text that two entries share names neither, and is left out.
    /// </summary>
    internal static MessageKey[] BuildMessageKeys()
    {
        var owners = new Dictionary<string, int>(StringComparer.Ordinal);
        void Add(string text, int index)
        {
            var key = MessageText.Normalize(text);
            if (key.Length == 0)
            {
                return;
            }

            owners[key] = owners.TryGetValue(key, out var owner) && owner != index ? -1 : index;
        }

        for (var i = 0; i < EntryCount; i++)
        {
            Add(EntryAt(i).Message, i);
        }

        foreach (var message in CreateLocalizedMessages())
        {
            Add(message.Text, IndexOfCode(message.Code));
        }

        return owners.Where(pair => pair.Value >= 0)
            .Select(pair => new MessageKey(pair.Key, pair.Value))
            .OrderByDescending(key => key.Key.Length)
            .ThenBy(key => key.Key, StringComparer.Ordinal)
            .ToArray();
    }
}
