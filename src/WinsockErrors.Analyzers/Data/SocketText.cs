namespace WinsockErrors.Analyzers.Data;

/// <summary>A text that names Winsock error(s): a system message, a title or another runtime's wording.</summary>
/// <param name="Text">The text without a trailing full stop.</param>
/// <param name="Codes">The Winsock codes it names.</param>
/// <param name="Origin">Where the data file has it: <c>message</c>, <c>title</c> or the wording's kind.</param>
internal sealed record SocketText(string Text, int[] Codes, string Origin);
