namespace WinsockErrors.Cli.Explain;

/// <summary>Writes what <c>explain</c> finds as it finds it, so a log of any size streams through.</summary>
internal interface IExplainWriter
{
    /// <summary>Writes one mention.</summary>
    void Mention(LogMention mention);

    /// <summary>Writes each error once with its lines, after the last mention.</summary>
    void Finish(ErrorTally tally);
}
