using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace WinsockErrors.Generator.Tests;

/// <summary>Runs <see cref="ErrorTableGenerator"/> over data files given as text.</summary>
internal static class GeneratorHarness
{
    public const string DataPath = "/repo/data/winsock-errors.json";

    public static GeneratorRunResult Run(string json) => Run([new InMemoryAdditionalText(DataPath, json)]);

    public static GeneratorRunResult Run(IEnumerable<AdditionalText> files)
    {
        var driver = CSharpGeneratorDriver.Create([new ErrorTableGenerator().AsSourceGenerator()], files);
        return driver.RunGenerators(NewCompilation()).GetRunResult().Results.Single();
    }

    public static CSharpCompilation NewCompilation(params string[] sources) =>
        CSharpCompilation.Create(
            "Tests",
            sources.Select(s => CSharpSyntaxTree.ParseText(s)),
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
