using System.Collections.Generic;

namespace WinsockErrors.Cli.Explain;

/// <summary>A text another runtime, library, tool or C library prints for a Winsock error (one entry of <c>data/log-wordings.json</c>).</summary>
internal sealed class LogWording
{
    /// <summary>The text as printed.</summary>
    public string Text { get; set; } = "";

    /// <summary>The error(s) it names; more than one only when <see cref="Ambiguous"/>.</summary>
    public IReadOnlyList<int> Codes { get; set; } = [];

    /// <summary>strerror, gai_strerror, runtime, library or tool.</summary>
    public string Kind { get; set; } = "";

    /// <summary>Where the text comes from.</summary>
    public IReadOnlyList<LogWordingSource> Sources { get; set; } = [];

    /// <summary>Whether the text names the error only on a line about a socket, connection, host or network.</summary>
    public bool NeedsContext { get; set; }

    /// <summary>Whether the text counts only spelled exactly so.</summary>
    public bool MatchCase { get; set; }

    /// <summary>Whether the text names more than one error, so that alone it names none.</summary>
    public bool Ambiguous { get; set; }

    /// <summary>Why the entry is as it is, where that is not obvious.</summary>
    public string? Note { get; set; }
}
