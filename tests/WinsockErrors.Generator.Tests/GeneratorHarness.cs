using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace WinsockErrors.Generator.Tests;

/// <summary>Runs <see cref="ErrorTableGenerator"/> over data files given as text.</summary>
internal static class GeneratorHarness
{
    public const string DataPath = "/repo/data/winsock-errors.json";

    /// <summary>Every assembly of the running .NET, so that <c>System.Net.Sockets.SocketError</c> is visible as in a real project.</summary>
    public static readonly ImmutableArray<MetadataReference> FrameworkReferences =
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
        .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "mscorlib.dll" or "netstandard.dll")
        .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
        .ToImmutableArray();

    public static GeneratorRunResult Run(string json) => Run([new InMemoryAdditionalText(DataPath, json)]);

    public static GeneratorRunResult Run(IEnumerable<AdditionalText> files, CSharpCompilation? compilation = null)
    {
        var driver = CSharpGeneratorDriver.Create([new ErrorTableGenerator().AsSourceGenerator()], files);
        return driver.RunGenerators(compilation ?? NewCompilation()).GetRunResult().Results.Single();
    }

    public static CSharpCompilation NewCompilation(params string[] sources) =>
        CSharpCompilation.Create(
            "Tests",
            sources.Select(s => CSharpSyntaxTree.ParseText(s)),
            FrameworkReferences,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    /// <summary>A compilation that sees only the core library: no <c>SocketError</c> type.</summary>
    public static CSharpCompilation CoreOnlyCompilation() =>
        CSharpCompilation.Create(
            "Tests",
            [],
            [MetadataReference.CreateFromFile(typeof(object).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    public static string Source(this GeneratorRunResult result, string hintName) =>
        result.GeneratedSources.Single(s => s.HintName == hintName).SourceText.ToString();
}

/// <summary>An AdditionalFiles item held in memory.</summary>
internal sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
{
    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
}
