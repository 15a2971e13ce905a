using System.Collections.Generic;

namespace WinsockErrors.Cli.Explain;

/// <summary><c>data/log-wordings.json</c>: the wordings a log may carry for each code, and the codes that need context.</summary>
internal sealed class LogWordingsFile
{
    /// <summary>What the file holds.</summary>
    public string About { get; set; } = "";

    /// <summary>The codes whose errno evidence counts only on a line about the network.</summary>
    public SharedErrnoCodes SharedWithFileSystems { get; set; } = new();

    /// <summary>The wordings.</summary>
    public IReadOnlyList<LogWording> Wordings { get; set; } = [];
}
