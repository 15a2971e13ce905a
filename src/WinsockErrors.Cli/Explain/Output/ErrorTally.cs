using System.Collections.Generic;

namespace WinsockErrors.Cli.Explain;

/// <summary>Each error a log mentions once, in the order first mentioned, with the lines that mention it.</summary>
internal sealed class ErrorTally
{
    private readonly Dictionary<int, int> _indexByCode = [];
    private readonly List<(WsaErrorInfo Entry, List<MentionLine> Lines)> _errors = [];

    /// <summary>The errors with their lines.</summary>
    public IReadOnlyList<(WsaErrorInfo Entry, List<MentionLine> Lines)> Errors => _errors;

    /// <summary>Whether anything was mentioned.</summary>
    public bool IsEmpty => _errors.Count == 0;

    /// <summary>Counts a mention.</summary>
    public void Add(LogMention mention)
    {
        if (!_indexByCode.TryGetValue(mention.Entry.Code, out var index))
        {
            index = _errors.Count;
            _indexByCode.Add(mention.Entry.Code, index);
            _errors.Add((mention.Entry, []));
        }

        _errors[index].Lines.Add(new MentionLine(mention.Source, mention.Line));
    }
}
