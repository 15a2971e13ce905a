using System.Collections.Generic;

namespace WinsockErrors.Cli.Explain;

/// <summary>One error a log line mentions.</summary>
/// <param name="Source">The file the line is in, or <c>-</c> for standard input.</param>
/// <param name="Line">The line number, from 1.</param>
/// <param name="Entry">The error mentioned.</param>
/// <param name="Evidence">The pieces of the line that name it, in the order they appear.</param>
internal sealed record LogMention(string Source, int Line, WsaErrorInfo Entry, IReadOnlyList<LogEvidence> Evidence)
{
    /// <summary>How sure the mention is: the surest kind of evidence it rests on.</summary>
    public EvidenceKind Certainty
    {
        get
        {
            var surest = EvidenceKind.Prefix;
            foreach (var evidence in Evidence)
            {
                if (evidence.Kind < surest)
                {
                    surest = evidence.Kind;
                }
            }

            return surest;
        }
    }
}
