namespace WinsockErrors.Generator.Model;

/// <summary>One text of <c>localized-messages.json</c>: a message a program printed for <see cref="Code"/>.</summary>
/// <param name="Kind"><c>windows</c>, <c>runtime</c> or <c>back-translation</c>.</param>
/// <param name="Partial">Only the start of the message is known (a log cut it short).</param>
/// <param name="At">Where the entry's code stands, for a diagnostic about it.</param>
internal sealed record LocalizedMessageModel(int Code, string Language, string Text, string Kind, bool Partial, FileSpan At);
