namespace WinsockErrors.Generator.Model;

/// <summary>
/// Everything the emitters need from the data file, and what was wrong with it. Entries with errors are left out
/// of <see cref="Errors"/>, so the code generated from the rest still compiles and the diagnostics stand out.
/// <see cref="Errors"/> is ordered by code.
/// </summary>
internal sealed record DataFileModel(
    string FilePath,
    EquatableArray<CategoryModel> Categories,
    EquatableArray<ErrorModel> Errors,
    EquatableArray<DiagnosticInfo> Diagnostics);
