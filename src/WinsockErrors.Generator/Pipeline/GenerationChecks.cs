using System.Collections.Immutable;
using System.Linq;
using WinsockErrors.Generator.DataFile;
using WinsockErrors.Generator.Emit;
using WinsockErrors.Generator.Model;

namespace WinsockErrors.Generator.Pipeline;

/// <summary>
/// The checks that need more than the data file: that there is exactly one, that its <c>socketError</c> members exist in
/// the compilation, and that its names fit a perfect hash. Each failure is a diagnostic, never an exception.
/// </summary>
internal static class GenerationChecks
{
    public static GenerationModel Apply(ImmutableArray<DataFileModel> files, SocketErrorMembers socketError)
    {
        if (files.Length != 1)
        {
            var descriptor = files.Length == 0 ? DataFileDiagnostics.MissingDataFile : DataFileDiagnostics.SeveralDataFiles;
            var diagnostic = new DiagnosticInfo(descriptor, FileSpan.None, EquatableArray<string>.Empty);
            var empty = new DataFileModel(
                string.Empty, EquatableArray<CategoryModel>.Empty, EquatableArray<ErrorModel>.Empty, EquatableArray<SocketErrorUse>.Empty, new EquatableArray<DiagnosticInfo>(new[] { diagnostic }));
            return new GenerationModel(empty, null);
        }

        var data = CheckSocketErrors(files[0], socketError);
        if (data.Entries.Count == 0)
        {
            return new GenerationModel(data, null);
        }

        var plan = NameLookupEmitter.Plan(data.Entries, out var failure);
        if (plan is null)
        {
            var diagnostic = new DiagnosticInfo(DataFileDiagnostics.NamesNotHashable, FileSpan.WholeFile(data.FilePath), new EquatableArray<string>(new[] { failure }));
            data = data with { Diagnostics = new EquatableArray<DiagnosticInfo>(data.Diagnostics.Append(diagnostic)) };
        }

        return new GenerationModel(data, plan);
    }

    /// <summary>Leaves out, with a diagnostic at the data file's line, every entry whose <c>socketError</c> member does not exist.</summary>
    private static DataFileModel CheckSocketErrors(DataFileModel data, SocketErrorMembers socketError)
    {
        var unknown = data.SocketErrorUses.Where(use => !socketError.Allows(use.Member)).ToArray();
        if (unknown.Length == 0)
        {
            return data;
        }

        var diagnostics = unknown.Select(use =>
            new DiagnosticInfo(DataFileDiagnostics.UnknownSocketError, use.At, new EquatableArray<string>(new[] { use.Member, use.EntryName })));
        var left = unknown.Select(use => use.EntryName).ToArray();
        return data with
        {
            Entries = new EquatableArray<ErrorModel>(data.Entries.Where(e => !left.Contains(e.Name))),
            SocketErrorUses = new EquatableArray<SocketErrorUse>(data.SocketErrorUses.Except(unknown)),
            Diagnostics = new EquatableArray<DiagnosticInfo>(data.Diagnostics.Concat(diagnostics)),
        };
    }
}
