namespace WinsockErrors.Tests.Docs;

/// <summary>One row of a code page's facts table: its label and how the cell reads the code's entry (as Markdown).</summary>
internal sealed record CodePageFact(string Label, Func<WsaErrorInfo, string> Cell);
