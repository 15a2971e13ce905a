// Checks the embedded PDB of every DLL given: present, source paths mapped to /_/ (no build machine path), and a
// SourceLink entry when the repository has a remote to link to.
// Run as a file-based app: dotnet run PdbCheck.cs -- <repository root> <with-remote|without-remote> <dll>...
using System;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text;

var sourceLinkId = new Guid("CC110556-A091-4D38-9FEC-25AB9A351A6A");
var root = args[0].Replace('\\', '/').TrimEnd('/');
var requireSourceLink = args[1] == "with-remote";
var failures = 0;
foreach (var path in args.Skip(2))
{
    using var pe = new PEReader(File.OpenRead(path));
    var embedded = pe.ReadDebugDirectory().FirstOrDefault(e => e.Type == DebugDirectoryEntryType.EmbeddedPortablePdb);
    if (embedded.DataSize == 0)
    {
        Console.Error.WriteLine($"{path}: no embedded PDB");
        failures++;
        continue;
    }

    using var provider = pe.ReadEmbeddedPortablePdbDebugDirectoryData(embedded);
    var pdb = provider.GetMetadataReader();
    var documents = pdb.Documents.Select(d => pdb.GetString(pdb.GetDocument(d).Name).Replace('\\', '/')).ToList();
    var unmapped = documents.Where(d => !d.StartsWith("/_/", StringComparison.Ordinal) || d.Contains(root, StringComparison.OrdinalIgnoreCase)).ToList();
    var sourceLink = pdb.GetCustomDebugInformation(EntityHandle.ModuleDefinition)
        .Select(pdb.GetCustomDebugInformation)
        .Where(c => pdb.GetGuid(c.Kind) == sourceLinkId)
        .Select(c => Encoding.UTF8.GetString(pdb.GetBlobBytes(c.Value)))
        .FirstOrDefault();
    foreach (var document in unmapped)
    {
        Console.Error.WriteLine($"{path}: source path not mapped to /_/: {document}");
    }

    if ((requireSourceLink && sourceLink is null) || (sourceLink?.Contains(root, StringComparison.OrdinalIgnoreCase) ?? false))
    {
        Console.Error.WriteLine($"{path}: {(sourceLink is null ? "no SourceLink entry" : "SourceLink names the build machine's path: " + sourceLink)}");
        failures++;
    }

    failures += unmapped.Count;
    Console.WriteLine($"{Path.GetFileName(path)}: {documents.Count} documents under /_/, SourceLink {sourceLink ?? "none (no git remote)"}");
}

return failures == 0 ? 0 : 1;
