namespace WinsockErrors.Analyzers.Data;

/// <summary>What a number means as an errno on one OS: <c>104</c> is <c>ECONNRESET</c> on Linux, which is Winsock's 10054.</summary>
internal sealed record ErrnoReading(string Os, string ErrnoName, int WinsockCode);
