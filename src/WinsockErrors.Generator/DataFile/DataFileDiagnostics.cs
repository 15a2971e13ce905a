using Microsoft.CodeAnalysis;

namespace WinsockErrors.Generator.DataFile;

/// <summary>The diagnostics the generator reports against the data file.</summary>
internal static class DataFileDiagnostics
{
    private const string Category = "WinsockErrors.DataFile";

    public static readonly DiagnosticDescriptor MalformedJson = Error(
        "WSAGEN001", "The data file is not valid JSON", "The Winsock error data file is not valid JSON: {0}");

    public static readonly DiagnosticDescriptor InvalidField = Error(
        "WSAGEN002", "A field of the data file is missing or has the wrong type", "{0}");

    public static readonly DiagnosticDescriptor DuplicateName = Error(
        "WSAGEN003", "A name is used twice", "The name '{0}' is already used by {1}; names and aliases must be unique ignoring case");

    public static readonly DiagnosticDescriptor DuplicateCode = Error(
        "WSAGEN004", "A code is used twice", "The code {0} is already used by {1}");

    public static readonly DiagnosticDescriptor InvalidIdentifier = Error(
        "WSAGEN005", "A name is not a valid C# identifier", "'{0}' is not a valid C# identifier, so it cannot name a member of {1}");

    public static readonly DiagnosticDescriptor UnknownCategory = Error(
        "WSAGEN006", "An entry names a category that is not declared", "The category '{0}' is not declared in the file's \"categories\" list");

    public static readonly DiagnosticDescriptor UnknownProperty = new(
        "WSAGEN007",
        "The data file has a property the generator does not know",
        "Unknown property '{0}' (a typo?); known here: {1}",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor MissingDataFile = Error(
        "WSAGEN008", "No data file", "No AdditionalFiles item named 'winsock-errors.json' was found, so no Winsock error code can be generated");

    public static readonly DiagnosticDescriptor SeveralDataFiles = Error(
        "WSAGEN009", "More than one data file", "More than one AdditionalFiles item is named 'winsock-errors.json'; keep exactly one");

    public static readonly DiagnosticDescriptor NamesNotHashable = Error(
        "WSAGEN010", "The names cannot be indexed", "The names and aliases cannot be put in a lookup table: {0}");

    public static readonly DiagnosticDescriptor UnknownSocketError = Error(
        "WSAGEN011",
        "An entry names a SocketError member that does not exist",
        "'{0}' is not a member of System.Net.Sockets.SocketError as this project sees it, so {1} cannot map to it");

    public static readonly DiagnosticDescriptor InvalidRetryAdvice = Error(
        "WSAGEN012",
        "An entry's retry advice is missing or not valid",
        "{0}: every entry needs \"retryAdvice\" (one of Never, Safe, IfIdempotent, AfterDelay) and a non-empty \"retryReason\"");

    public static readonly DiagnosticDescriptor UnknownLocalizedCode = Error(
        "WSAGEN013",
        "A localized message names a code the data file does not define",
        "The localized message for {0} names no entry of winsock-errors.json; add the code there first, or fix the number");

    private static DiagnosticDescriptor Error(string id, string title, string message) =>
        new(id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true);
}
