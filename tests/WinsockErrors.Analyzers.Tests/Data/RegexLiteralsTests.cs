using WinsockErrors.Analyzers.Data;

namespace WinsockErrors.Analyzers.Tests.Data;

public class RegexLiteralsTests
{
    [Theory]
    [InlineData("forcibly closed|reset by peer", new[] { "forcibly closed", "reset by peer" })]
    [InlineData(@"^Connection refused\.?$", new[] { "Connection refused" })]
    [InlineData(@"(?i)connection\s+reset", new[] { "connection", "reset" })]
    [InlineData("host[s]? not found", new[] { "host", " not found" })]
    [InlineData("actively refused.*", new[] { "actively refused" })]
    public void Literal_runs_are_split_at_every_operator(string pattern, string[] runs) =>
        RegexLiterals.Of(pattern).Should().Equal(runs);
}
