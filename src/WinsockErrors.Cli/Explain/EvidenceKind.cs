namespace WinsockErrors.Cli.Explain;

/// <summary>What a piece of a line names an error by, from the surest to the least sure.</summary>
internal enum EvidenceKind
{
    /// <summary>A Winsock code, name, HRESULT or errno: names exactly one error.</summary>
    Code,

    /// <summary>Windows' own system message for the code, whole.</summary>
    SystemMessage,

    /// <summary>Another runtime's, library's or tool's text, or a C library's strerror text.</summary>
    Wording,

    /// <summary>The start of a system message a logger cut short, long enough to name one error.</summary>
    Prefix,
}
