using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace WinsockErrors.Generator.Tests;

public class CachingTests
{
    [Fact]
    public void Editing_code_does_not_re_run_the_parse_step()
    {
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [new ErrorTableGenerator().AsSourceGenerator()],
            [new InMemoryAdditionalText(GeneratorHarness.DataPath, SampleData.Valid)],
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        var compilation = GeneratorHarness.NewCompilation("class A { }");

        driver = driver.RunGenerators(compilation);
        driver = driver.RunGenerators(compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class B { }")));

        var result = driver.GetRunResult().Results.Single();
        result.TrackedSteps[TrackingNames.Parse].SelectMany(step => step.Outputs)
            .Should().OnlyContain(output => output.Reason == IncrementalStepRunReason.Cached);
        result.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(step => step.Outputs)
            .Should().OnlyContain(output => output.Reason == IncrementalStepRunReason.Cached);
    }

    [Fact]
    public void Parsing_the_same_text_twice_gives_equal_models()
    {
        var first = DataFile.DataFileParser.Parse("x.json", Microsoft.CodeAnalysis.Text.SourceText.From(SampleData.Valid), default);
        var second = DataFile.DataFileParser.Parse("x.json", Microsoft.CodeAnalysis.Text.SourceText.From(SampleData.Valid), default);

        second.Should().Be(first);
        second.GetHashCode().Should().Be(first.GetHashCode());
    }
}
