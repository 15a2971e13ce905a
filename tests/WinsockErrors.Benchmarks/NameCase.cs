namespace WinsockErrors.Benchmarks;

/// <summary>Which kind of text <see cref="ByNameBenchmarks"/> looks up.</summary>
public enum NameCase
{
    /// <summary>Each lookup's own names, in the case it defines them (WSAECONNRESET; ConnectionReset for SocketError).</summary>
    Exact,

    /// <summary>The same names in lower case (wsaeconnreset; connectionreset for SocketError).</summary>
    OtherCase,

    /// <summary>Aliases (ECONNRESET, EAI_NONAME, WSANO_ADDRESS); SocketError has none, so it gets its own names, exact case.</summary>
    Alias,

    /// <summary>Text that names nothing, the same for every lookup.</summary>
    Miss,
}
