namespace WinsockErrors.Cli.Explain;

/// <summary>A text that names an error when a log quotes it: a system message, or a BSD strerror() text.</summary>
internal sealed record KnownPhrase(string Text, WsaErrorInfo Entry);
