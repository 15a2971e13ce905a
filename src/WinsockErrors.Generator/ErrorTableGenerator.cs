using System;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using WinsockErrors.Generator.DataFile;
using WinsockErrors.Generator.Emit;
using WinsockErrors.Generator.Model;
using WinsockErrors.Generator.Pipeline;

namespace WinsockErrors.Generator;

/// <summary>
/// Reads <c>winsock-errors.json</c> (an AdditionalFiles item) and emits the <c>WsaError</c> enum, the
/// <c>WsaErrorCategory</c> enum, the <c>WsaErrorInfo</c> table and its lookups. From the compilation the pipeline
/// takes only the member names of <c>SocketError</c>, a small equatable value: editing a .cs file does not re-run the
/// parse or the emitters; only a change to the data file (or to <c>SocketError</c>) does.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ErrorTableGenerator : IIncrementalGenerator
{
    /// <summary>The file name the generator looks for among the AdditionalFiles.</summary>
    public const string DataFileName = "winsock-errors.json";

    /// <summary>The optional AdditionalFiles item with messages in other languages and other runtimes' wordings.</summary>
    public const string LocalizedMessagesFileName = "localized-messages.json";

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var dataFiles = context.AdditionalTextsProvider
            .Where(static file => string.Equals(Path.GetFileName(file.Path), DataFileName, StringComparison.OrdinalIgnoreCase))
            .Select(static (file, cancellationToken) => DataFileParser.Parse(file.Path, file.GetText(cancellationToken), cancellationToken))
            .WithTrackingName(TrackingNames.Parse)
            .Collect();
        var socketErrorMembers = context.CompilationProvider
            .Select(static (compilation, _) => SocketErrorMembers.Of(compilation))
            .WithTrackingName(TrackingNames.SocketErrorMembers);
        var models = dataFiles.Combine(socketErrorMembers)
            .Select(static (pair, _) => GenerationChecks.Apply(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.Check);

        context.RegisterSourceOutput(models, static (output, model) => Emit(output, model));

        var localizedMessages = context.AdditionalTextsProvider
            .Where(static file => string.Equals(Path.GetFileName(file.Path), LocalizedMessagesFileName, StringComparison.OrdinalIgnoreCase))
            .Select(static (file, cancellationToken) => LocalizedMessagesParser.Parse(file.Path, file.GetText(cancellationToken), cancellationToken))
            .WithTrackingName(TrackingNames.ParseLocalizedMessages)
            .Collect();
        context.RegisterSourceOutput(localizedMessages.Combine(models), static (output, pair) => EmitLocalizedMessages(output, pair.Left, pair.Right));
    }

    private static void EmitLocalizedMessages(SourceProductionContext output, System.Collections.Immutable.ImmutableArray<LocalizedMessagesModel> files, GenerationModel model)
    {
        if (model.NamePlan is null)
        {
            return;
        }

        // At most one file is read; with none, the table is empty and the library still compiles.
        var messages = files.IsDefaultOrEmpty ? LocalizedMessagesModel.None : files[0];
        foreach (var diagnostic in messages.Diagnostics)
        {
            output.ReportDiagnostic(diagnostic.ToDiagnostic());
        }

        foreach (var unknown in messages.Messages.Where(m => !model.Data.Entries.Any(e => e.Code == m.Code)))
        {
            output.ReportDiagnostic(Diagnostic.Create(
                DataFileDiagnostics.UnknownLocalizedCode, unknown.At.ToLocation(), unknown.Code.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        output.AddSource(LocalizedMessagesEmitter.HintName, SourceText.From(LocalizedMessagesEmitter.Emit(messages, model.Data), Encoding.UTF8));
    }

    private static void Emit(SourceProductionContext output, GenerationModel model)
    {
        foreach (var diagnostic in model.Data.Diagnostics)
        {
            output.ReportDiagnostic(diagnostic.ToDiagnostic());
        }

        if (model.NamePlan is not { } namePlan)
        {
            return;
        }

        var data = model.Data;
        output.AddSource(ErrorEnumEmitter.HintName, SourceText.From(ErrorEnumEmitter.Emit(data), Encoding.UTF8));
        output.AddSource(CategoryEnumEmitter.HintName, SourceText.From(CategoryEnumEmitter.Emit(data), Encoding.UTF8));
        output.AddSource(ErrorTableEmitter.HintName, SourceText.From(ErrorTableEmitter.Emit(data), Encoding.UTF8));
        output.AddSource(ErrnoLookupEmitter.HintName, SourceText.From(ErrnoLookupEmitter.Emit(data), Encoding.UTF8));
        output.AddSource(NameLookupEmitter.HintName, SourceText.From(NameLookupEmitter.Emit(namePlan), Encoding.UTF8));
    }
}
