using System.Reflection;
using System.Reflection.Emit;
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

    [Theory]
    [InlineData("2.0.0-beta.3+0123abcd", "2.0.0-beta.3")]
    [InlineData("3.1.0", "3.1.0")]
    [InlineData("", "1.2.3.4")]
    [InlineData(null, "1.2.3.4")]
    public void Build_metadata_is_left_out_and_without_an_informational_version_the_assembly_version_stands_in(string? informational, string expected)
    {
        var assembly = AssemblyBuilder.DefineDynamicAssembly(new AssemblyName("Versioned") { Version = new Version(1, 2, 3, 4) }, AssemblyBuilderAccess.Run);
        if (informational is not null)
        {
            assembly.SetCustomAttribute(new CustomAttributeBuilder(
                typeof(AssemblyInformationalVersionAttribute).GetConstructor([typeof(string)])!, [informational]));
        }

        GeneratorVersion.Read(assembly).Should().Be(expected);
    }
}
