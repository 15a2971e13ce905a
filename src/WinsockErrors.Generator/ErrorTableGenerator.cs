using System;
using System.IO;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using WinsockErrors.Generator.DataFile;
using WinsockErrors.Generator.Emit;
using WinsockErrors.Generator.Model;

namespace WinsockErrors.Generator;

/// <summary>
/// Reads <c>winsock-errors.json</c> (an AdditionalFiles item) and emits the <c>WsaError</c> enum, the
/// <c>WsaErrorCategory</c> enum, the <c>WsaErrorInfo</c> table and its lookups. The pipeline never touches the
/// compilation, so editing a .cs file does not re-run it; only a change to the data file does.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ErrorTableGenerator : IIncrementalGenerator
{
    /// <summary>The file name the generator looks for among the AdditionalFiles.</summary>
    public const string DataFileName = "winsock-errors.json";

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var models = context.AdditionalTextsProvider
            .Where(static file => string.Equals(Path.GetFileName(file.Path), DataFileName, StringComparison.OrdinalIgnoreCase))
            .Select(static (file, cancellationToken) => DataFileParser.Parse(file.Path, file.GetText(cancellationToken), cancellationToken))
            .WithTrackingName(TrackingNames.Parse)
            .Collect();

        context.RegisterSourceOutput(models, static (output, files) =>
        {
            if (files.Length != 1)
            {
                var descriptor = files.Length == 0 ? DataFileDiagnostics.MissingDataFile : DataFileDiagnostics.SeveralDataFiles;
                output.ReportDiagnostic(Diagnostic.Create(descriptor, Location.None));
                return;
            }

            Emit(output, files[0]);
        });
    }

    private static void Emit(SourceProductionContext output, DataFileModel model)
    {
        foreach (var diagnostic in model.Diagnostics)
        {
            output.ReportDiagnostic(diagnostic.ToDiagnostic());
        }

        if (model.Errors.Count == 0)
        {
            return;
        }

        string names;
        try
        {
            names = NameLookupEmitter.Emit(model);
        }
        catch (InvalidOperationException e)
        {
            output.ReportDiagnostic(Diagnostic.Create(DataFileDiagnostics.NamesNotHashable, Location.Create(model.FilePath, default, default), e.Message));
            return;
        }

        output.AddSource(ErrorEnumEmitter.HintName, SourceText.From(ErrorEnumEmitter.Emit(model), System.Text.Encoding.UTF8));
        output.AddSource(CategoryEnumEmitter.HintName, SourceText.From(CategoryEnumEmitter.Emit(model), System.Text.Encoding.UTF8));
        output.AddSource(ErrorTableEmitter.HintName, SourceText.From(ErrorTableEmitter.Emit(model), System.Text.Encoding.UTF8));
        output.AddSource(ErrnoLookupEmitter.HintName, SourceText.From(ErrnoLookupEmitter.Emit(model), System.Text.Encoding.UTF8));
        output.AddSource(NameLookupEmitter.HintName, SourceText.From(names, System.Text.Encoding.UTF8));
    }
}
