using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using WinsockErrors.Generator.DataFile;

namespace WinsockErrors.Generator.Tests;

public class CachingTests
{
    private static readonly string[] TrackedSteps = typeof(TrackingNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToArray();

    [Fact]
    public void A_second_run_on_a_cloned_compilation_is_served_from_the_cache_at_every_step()
    {
        var compilation = GeneratorHarness.NewCompilation("class A { }");
        GeneratorDriver driver = TrackingDriver(SampleData.Valid);

        driver = driver.RunGenerators(compilation);
        var first = driver.GetRunResult().Results.Single();
        driver = driver.RunGenerators(compilation.Clone());
        var second = driver.GetRunResult().Results.Single();

        TrackedSteps.Should().Equal(TrackingNames.Parse, TrackingNames.SocketErrorMembers, TrackingNames.Check, TrackingNames.ParseLocalizedMessages);
        foreach (var name in TrackedSteps)
        {
            first.TrackedSteps.Should().ContainKey(name);
            second.TrackedSteps[name].SelectMany(step => step.Outputs)
                .Should().OnlyContain(output => output.Reason == IncrementalStepRunReason.Cached || output.Reason == IncrementalStepRunReason.Unchanged, name);
            foreach (var output in first.TrackedSteps[name].SelectMany(step => step.Outputs))
            {
                AssertHoldsNoCompilerObjects(output.Value, name);
            }
        }

        second.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(step => step.Outputs)
            .Should().OnlyContain(output => output.Reason == IncrementalStepRunReason.Cached);
        second.GeneratedSources.Select(s => s.SourceText.ToString()).Should().Equal(first.GeneratedSources.Select(s => s.SourceText.ToString()));
    }

    [Fact]
    public void Editing_code_re_runs_neither_the_parse_nor_the_emitters()
    {
        var compilation = GeneratorHarness.NewCompilation("class A { }");
        GeneratorDriver driver = TrackingDriver(SampleData.Valid);

        driver = driver.RunGenerators(compilation);
        driver = driver.RunGenerators(compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class B { }")));

        var result = driver.GetRunResult().Results.Single();
        result.TrackedSteps[TrackingNames.Parse].SelectMany(step => step.Outputs)
            .Should().OnlyContain(output => output.Reason == IncrementalStepRunReason.Cached);
        result.TrackedSteps[TrackingNames.SocketErrorMembers].SelectMany(step => step.Outputs)
            .Should().OnlyContain(output => output.Reason == IncrementalStepRunReason.Unchanged);
        result.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(step => step.Outputs)
            .Should().OnlyContain(output => output.Reason == IncrementalStepRunReason.Cached);
    }

    [Fact]
    public void Editing_the_data_file_re_runs_the_pipeline_and_changes_the_output()
    {
        var compilation = GeneratorHarness.NewCompilation();
        var edited = SampleData.With("\"title\": \"Connection timed out.\"", "\"title\": \"Timed out.\"");
        var original = new InMemoryAdditionalText(GeneratorHarness.DataPath, SampleData.Valid);
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [new ErrorTableGenerator().AsSourceGenerator()],
            [original],
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

        driver = driver.RunGenerators(compilation);
        driver = driver.ReplaceAdditionalText(original, new InMemoryAdditionalText(GeneratorHarness.DataPath, edited));
        driver = driver.RunGenerators(compilation);

        var result = driver.GetRunResult().Results.Single();
        result.TrackedSteps[TrackingNames.Check].SelectMany(step => step.Outputs)
            .Should().OnlyContain(output => output.Reason == IncrementalStepRunReason.Modified);
        result.Source("WsaError.g.cs").Should().Contain("/// <summary>Timed out.</summary>");
    }

    [Fact]
    public void Parsing_the_same_text_twice_gives_equal_models()
    {
        var first = DataFileParser.Parse("x.json", SourceText.From(SampleData.Valid), default);
        var second = DataFileParser.Parse("x.json", SourceText.From(SampleData.Valid), default);

        second.Should().Be(first);
        second.GetHashCode().Should().Be(first.GetHashCode());
    }

    [Fact]
    public void Parsing_a_different_text_gives_a_different_model()
    {
        var first = DataFileParser.Parse("x.json", SourceText.From(SampleData.Valid), default);
        var second = DataFileParser.Parse("x.json", SourceText.From(SampleData.With("\"linux\": 110", "\"linux\": 111")), default);

        second.Should().NotBe(first);
    }

    private const string LocalizedMessages = """{ "messages": [ { "code": 10054, "language": "de", "kind": "windows", "text": "Verbindung getrennt" } ] }""";

    private static CSharpGeneratorDriver TrackingDriver(string json) =>
        CSharpGeneratorDriver.Create(
            [new ErrorTableGenerator().AsSourceGenerator()],
            [new InMemoryAdditionalText(GeneratorHarness.DataPath, json), new InMemoryAdditionalText("/repo/data/localized-messages.json", LocalizedMessages)],
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>A step that keeps a compilation, a symbol or a syntax node would keep whole compilations alive and never be cached.</summary>
    private static void AssertHoldsNoCompilerObjects(object? value, string step, HashSet<object>? seen = null)
    {
        seen ??= new HashSet<object>(ReferenceEqualityComparer.Instance);
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !seen.Add(value))
        {
            return;
        }

        (value is Compilation or ISymbol or SyntaxNode or SyntaxTree).Should().BeFalse($"step {step} holds a {value.GetType().Name}");
        if (value is DiagnosticDescriptor)
        {
            return;
        }

        if (value is IEnumerable items)
        {
            foreach (var item in items)
            {
                AssertHoldsNoCompilerObjects(item, step, seen);
            }
        }

        foreach (var field in value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            AssertHoldsNoCompilerObjects(field.GetValue(value), step, seen);
        }
    }
}
