using System;

namespace WinsockErrors;

/// <summary>A known message, normalised by <see cref="MessageText"/>, the table entry it names and the text it comes from.</summary>
/// <remarks>
/// <see cref="PrefixLength"/> is how many characters of <see cref="Key"/> a cut-off message must show, or -1 when
/// the key is too short to be read other than whole.
/// </remarks>
internal sealed class MessageKey
{
    public MessageKey(string key, int index, LocalizedMessage? source, int rank)
    {
        Rank = rank;
        Key = key;
        Index = index;
        Source = source;
        PrefixLength = MessageText.LengthOfMinimumWeight(key.AsSpan());
    }

    public string Key { get; }

    public int Index { get; }

    /// <summary>The recorded text first normalised to this key, or <see langword="null"/> for Windows' English message.</summary>
    public LocalizedMessage? Source { get; }

    public int PrefixLength { get; }

    /// <summary>Where the key stands in the order keys are tried: longest first, then in ordinal order.</summary>
    public int Rank { get; }

    /// <summary>The language of the text: <c>en</c> for Windows' English message.</summary>
    public string Language => Source?.Language ?? "en";

    /// <summary>Whether the text is Windows' own message, in English or localized.</summary>
    public bool IsSystemMessage => Source is null || Source.IsSystemMessage;
}
