namespace WinsockErrors;

/// <summary>
/// A message <see cref="WsaErrors.TryMatchMessage(System.ReadOnlySpan{char}, out WsaMessageMatch?)"/> found in a text:
/// the error it names, where it stands, and which recorded text it is.
/// </summary>
public sealed class WsaMessageMatch
{
    internal WsaMessageMatch(WsaErrorInfo info, int index, int length, bool isCut, string language, bool isSystemMessage)
    {
        Info = info;
        Index = index;
        Length = length;
        IsCut = isCut;
        Language = language;
        IsSystemMessage = isSystemMessage;
    }

    /// <summary>The error the message names.</summary>
    public WsaErrorInfo Info { get; }

    /// <summary>Where the message starts in the text: at its first letter or digit.</summary>
    public int Index { get; }

    /// <summary>
    /// How many characters of the text the message spans, from its first letter or digit to its last (a final period or
    /// <c>。</c> is not included). White space or punctuation a log inserted inside the message is included.
    /// </summary>
    public int Length { get; }

    /// <summary>The text ends inside the message: only its start is there, long enough to name one error.</summary>
    public bool IsCut { get; }

    /// <summary>
    /// The BCP 47 tag of the recorded text's language: <c>en</c> for Windows' English message and for other runtimes'
    /// English wordings, <c>zh-CN</c>, <c>de</c>, … for a localized Windows' message.
    /// </summary>
    public string Language { get; }

    /// <summary>
    /// Whether the text is Windows' own system message, in English or as a localized Windows prints it; otherwise it is
    /// another runtime's wording (Mono, and so Unity) or English a person wrote from a localized message.
    /// </summary>
    public bool IsSystemMessage { get; }
}
