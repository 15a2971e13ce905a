using System.Reflection;

namespace WinsockErrors.Generator.Tests;

/// <summary>
/// The generated files for the sample data, compared with the committed snapshots. When the emitters change on
/// purpose, the test writes <c>*.received.cs</c> beside the snapshot: review it and rename it over the snapshot.
/// </summary>
public class SnapshotTests
{
    public static TheoryData<string> HintNames => new()
    {
        "WsaError.g.cs", "WsaErrorCategory.g.cs", "WsaErrors.Table.g.cs", "WsaErrors.Names.g.cs", "WsaErrors.Errno.g.cs",
    };

    [Theory]
    [MemberData(nameof(HintNames))]
    public void Generated_code_matches_the_snapshot(string hintName)
    {
        // The generator's version changes with every release; the snapshots hold a placeholder in its place.
        var actual = GeneratorHarness.Run(SampleData.Valid).Source(hintName)
            .Replace($"\"WinsockErrors.Generator\", \"{Emit.GeneratorVersion.Value}\"", "\"WinsockErrors.Generator\", \"{version}\"", StringComparison.Ordinal);
        var snapshot = Path.Combine(AppContext.BaseDirectory, "Snapshots", hintName.Replace(".g.cs", ".verified.cs", StringComparison.Ordinal));
        var expected = File.Exists(snapshot) ? File.ReadAllText(snapshot) : string.Empty;

        if (actual != expected)
        {
            var directory = typeof(SnapshotTests).Assembly.GetCustomAttribute<SnapshotDirectoryAttribute>()!.Path;
            File.WriteAllText(Path.Combine(directory, hintName.Replace(".g.cs", ".received.cs", StringComparison.Ordinal)), actual);
        }

        actual.Should().Be(expected);
    }

    [Fact]
    public void Generation_is_deterministic()
    {
        var first = GeneratorHarness.Run(SampleData.Valid).GeneratedSources.Select(s => s.SourceText.ToString());
        var second = GeneratorHarness.Run(SampleData.Valid).GeneratedSources.Select(s => s.SourceText.ToString());

        second.Should().Equal(first);
    }
}
