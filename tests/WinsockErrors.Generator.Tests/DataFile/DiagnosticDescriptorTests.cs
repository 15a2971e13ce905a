using Microsoft.CodeAnalysis;
using WinsockErrors.Generator.DataFile;

namespace WinsockErrors.Generator.Tests;

/// <summary>
/// The descriptors as an IDE shows them: the title appears in the error list and in <c>.editorconfig</c> tooling, so
/// each is pinned here, with the severity and the messages the other tests do not format.
/// </summary>
public class DiagnosticDescriptorTests
{
    public static TheoryData<DiagnosticDescriptor, string, string, DiagnosticSeverity> Descriptors => new()
    {
        { DataFileDiagnostics.MalformedJson, "WSAGEN001", "The data file is not valid JSON", DiagnosticSeverity.Error },
        { DataFileDiagnostics.InvalidField, "WSAGEN002", "A field of the data file is missing or has the wrong type", DiagnosticSeverity.Error },
        { DataFileDiagnostics.DuplicateName, "WSAGEN003", "A name is used twice", DiagnosticSeverity.Error },
        { DataFileDiagnostics.DuplicateCode, "WSAGEN004", "A code is used twice", DiagnosticSeverity.Error },
        { DataFileDiagnostics.InvalidIdentifier, "WSAGEN005", "A name is not a valid C# identifier", DiagnosticSeverity.Error },
        { DataFileDiagnostics.UnknownCategory, "WSAGEN006", "An entry names a category that is not declared", DiagnosticSeverity.Error },
        { DataFileDiagnostics.UnknownProperty, "WSAGEN007", "The data file has a property the generator does not know", DiagnosticSeverity.Warning },
        { DataFileDiagnostics.MissingDataFile, "WSAGEN008", "No data file", DiagnosticSeverity.Error },
        { DataFileDiagnostics.SeveralDataFiles, "WSAGEN009", "More than one data file", DiagnosticSeverity.Error },
        { DataFileDiagnostics.NamesNotHashable, "WSAGEN010", "The names cannot be indexed", DiagnosticSeverity.Error },
        { DataFileDiagnostics.UnknownSocketError, "WSAGEN011", "An entry names a SocketError member that does not exist", DiagnosticSeverity.Error },
    };

    [Theory]
    [MemberData(nameof(Descriptors))]
    public void Each_descriptor_has_its_id_title_and_severity(DiagnosticDescriptor descriptor, string id, string title, DiagnosticSeverity severity)
    {
        descriptor.Id.Should().Be(id);
        descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be(title);
        descriptor.DefaultSeverity.Should().Be(severity);
        descriptor.IsEnabledByDefault.Should().BeTrue();
        descriptor.Category.Should().Be("WinsockErrors.DataFile");
    }

    [Fact]
    public void The_messages_without_arguments_say_what_to_do()
    {
        Message(DataFileDiagnostics.MissingDataFile).Should().Be(
            "No AdditionalFiles item named 'winsock-errors.json' was found, so no Winsock error code can be generated");
        Message(DataFileDiagnostics.SeveralDataFiles).Should().Be(
            "More than one AdditionalFiles item is named 'winsock-errors.json'; keep exactly one");
    }

    private static string Message(DiagnosticDescriptor descriptor) =>
        Diagnostic.Create(descriptor, Location.None).GetMessage(System.Globalization.CultureInfo.InvariantCulture);
}
