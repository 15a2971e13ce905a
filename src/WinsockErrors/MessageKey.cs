using System;

namespace WinsockErrors;

/// <summary>A known message, normalised by <see cref="MessageText"/>, and the table entry it names.</summary>
/// <remarks>
/// <see cref="PrefixLength"/> is how many characters of <see cref="Key"/> a cut-off message must show, or -1 when
/// the key is too short to be read other than whole.
/// </remarks>
internal sealed class MessageKey
{
    public MessageKey(string key, int index)
    {
        Key = key;
        Index = index;
        PrefixLength = MessageText.LengthOfMinimumWeight(key.AsSpan());
    }

    public string Key { get; }

    public int Index { get; }

    public int PrefixLength { get; }
}
