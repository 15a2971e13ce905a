using Microsoft.CodeAnalysis.CSharp;

namespace WinsockErrors.Analyzers.Tests;

/// <summary>The analyzer reads the codes from the referenced library's WsaError enum; it must agree with the library's own table.</summary>
public class WinsockCodeTableTests
{
    private static readonly KnownSymbols Symbols =
        KnownSymbols.Create(CSharpCompilation.Create("Probe", references: TestReferences.All))!;

    [Fact]
    public void Every_library_entry_pairs_with_the_same_name_and_SocketError_member()
    {
        WsaErrors.All.Should().NotBeEmpty();
        foreach (var info in WsaErrors.All)
        {
            var code = Symbols.FindCode(info.Code);
            code.Should().NotBeNull(because: $"{info.Name} is a WsaError member");
            code!.WsaErrorName.Should().Be(info.Name);
            code.SocketErrorName.Should().Be(info.SocketError?.ToString(), because: $"the library pairs {info.Name} with that SocketError");
        }
    }

    [Theory]
    [InlineData(111)]
    [InlineData(104)]
    [InlineData(-1)]
    [InlineData(12345)]
    public void Numbers_that_are_not_Winsock_codes_are_unknown(int number) =>
        Symbols.FindCode(number).Should().BeNull();

    [Fact]
    public void A_compilation_without_the_library_gets_no_rules() =>
        KnownSymbols.Create(CSharpCompilation.Create("Bare")).Should().BeNull();
}
