namespace WinsockErrors.Cli.Explain;

/// <summary>How text and JSON output name an <see cref="EvidenceKind"/>.</summary>
internal static class EvidenceWords
{
    /// <summary>How sure a mention resting on this kind of evidence is, in words: "exact code", "prefix of a system message".</summary>
    public static string Certainty(EvidenceKind kind) => kind switch
    {
        EvidenceKind.Code => "exact code",
        EvidenceKind.SystemMessage => "system message",
        EvidenceKind.Wording => "other runtime's wording",
        _ => "prefix of a system message",
    };

    /// <summary>The JSON name: code, systemMessage, wording, prefix.</summary>
    public static string Json(EvidenceKind kind) => kind switch
    {
        EvidenceKind.Code => "code",
        EvidenceKind.SystemMessage => "systemMessage",
        EvidenceKind.Wording => "wording",
        _ => "prefix",
    };
}
