using System.Collections.Generic;

namespace WinsockErrors.Cli.Explain;

/// <summary>The codes whose errno file systems and processes report too (EACCES, EINVAL, EBADF...).</summary>
internal sealed class SharedErrnoCodes
{
    /// <summary>Why these codes need a line about the network.</summary>
    public string About { get; set; } = "";

    /// <summary>The codes.</summary>
    public IReadOnlyList<int> Codes { get; set; } = [];
}
