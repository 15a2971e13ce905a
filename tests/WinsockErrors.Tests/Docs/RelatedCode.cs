namespace WinsockErrors.Tests.Docs;

/// <summary>A code a page links to, and why (in words that finish "related because it…").</summary>
internal sealed record RelatedCode(WsaErrorInfo Info, string Reason);
