using System.Reflection;
using WinsockErrors.Generator.Emit;

namespace WinsockErrors.Generator.Tests;

public class GeneratorVersionTests
{
    [Fact]
    public void GeneratedCode_carries_the_version_the_generator_was_built_with()
    {
        var assembly = typeof(ErrorTableGenerator).Assembly;
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

        GeneratorVersion.Value.Should().Be(informational.Split('+')[0]).And.NotBeEmpty();
        GeneratorHarness.Run(SampleData.Valid).Source("WsaError.g.cs").Should()
            .Contain($"[global::System.CodeDom.Compiler.GeneratedCode(\"WinsockErrors.Generator\", \"{GeneratorVersion.Value}\")]");
        GeneratorHarness.Run(SampleData.Valid).Source("WsaErrorCategory.g.cs").Should()
            .Contain($"[global::System.CodeDom.Compiler.GeneratedCode(\"WinsockErrors.Generator\", \"{GeneratorVersion.Value}\")]");
    }

    [Fact]
    public void Build_metadata_is_left_out_and_a_plain_version_is_kept()
    {
        GeneratorVersion.Read(typeof(GeneratorVersionTests).Assembly).Should().NotContain("+");
        GeneratorVersion.Read(typeof(object).Assembly).Should().NotContain("+").And.NotBeEmpty();
    }
}
