namespace WinsockErrors.Cli.Explain;

/// <summary>Where a log wording comes from: a source file, a documentation page or posted output.</summary>
internal sealed class LogWordingSource
{
    /// <summary>The runtime, library or tool that prints the text (curl, glibc, Go).</summary>
    public string Origin { get; set; } = "";

    /// <summary>The page that shows it.</summary>
    public string Url { get; set; } = "";

    /// <summary>What in that page shows it.</summary>
    public string What { get; set; } = "";
}
