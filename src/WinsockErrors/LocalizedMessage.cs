namespace WinsockErrors;

/// <summary>
/// A text a program prints for a Winsock code other than Windows' English system message: Windows' message in
/// another language, another runtime's own wording (Mono, and so Unity), or a back-translation seen in posted logs.
/// The generator emits one per entry of <c>data/localized-messages.json</c>.
/// </summary>
internal sealed class LocalizedMessage
{
    public LocalizedMessage(int code, string language, string text, bool partial, string kind)
    {
        Code = code;
        Language = language;
        Text = text;
        Partial = partial;
        Kind = kind;
    }

    public int Code { get; }

    /// <summary>The BCP 47 tag of the text's language (<c>zh-CN</c>, <c>de</c>, <c>en</c>).</summary>
    public string Language { get; }

    public string Text { get; }

    /// <summary>Only the start of the message is known: a log cut it short.</summary>
    public bool Partial { get; }

    /// <summary><c>windows</c> (Windows' own message), <c>runtime</c> (another runtime's table) or <c>back-translation</c>.</summary>
    public string Kind { get; }

    /// <summary>Whether the text is Windows' own message as a localized Windows prints it.</summary>
    public bool IsSystemMessage => Kind == "windows";
}
