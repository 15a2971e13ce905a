namespace WinsockErrors.Generator.Model;

/// <summary>An entry's <c>socketError</c> member name and where the data file gives it.</summary>
internal sealed record SocketErrorUse(string EntryName, string Member, FileSpan At);
