namespace WinsockErrors.Generator.Model;

/// <summary>
/// Everything read from the data file, and what was wrong with it. Entries with problems are left out of
/// <see cref="Entries"/>, so the code generated from the rest still compiles and the diagnostics stand out.
/// <see cref="Entries"/> is ordered by code.
/// </summary>
/// <param name="SocketErrorUses">Where each entry names a <c>SocketError</c> member, to be checked against the compilation.</param>
internal sealed record DataFileModel(
    string FilePath,
    EquatableArray<CategoryModel> Categories,
    EquatableArray<ErrorModel> Entries,
    EquatableArray<SocketErrorUse> SocketErrorUses,
    EquatableArray<DiagnosticInfo> Diagnostics);
