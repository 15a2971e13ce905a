namespace WinsockErrors.Generator.Model;

/// <summary>Everything read from <c>localized-messages.json</c>, and what was wrong with it; bad entries are left out.</summary>
internal sealed record LocalizedMessagesModel(EquatableArray<LocalizedMessageModel> Messages, EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>No file: the table is empty.</summary>
    public static LocalizedMessagesModel None { get; } = new(EquatableArray<LocalizedMessageModel>.Empty, EquatableArray<DiagnosticInfo>.Empty);
}
