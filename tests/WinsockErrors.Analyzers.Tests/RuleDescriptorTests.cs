using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using WinsockErrors.Analyzers.CodeFixes;

namespace WinsockErrors.Analyzers.Tests;

public class RuleDescriptorTests
{
    private static readonly DiagnosticAnalyzer[] Analyzers =
    {
        new ErrorCodeComparisonAnalyzer(), new ErrorCodeCastAnalyzer(), new ErrorCodeArgumentAnalyzer(), new WinsockNumberAnalyzer(), new MessageTextAnalyzer(),
    };

    private static readonly CodeFixProvider[] Fixes =
    {
        new ErrorCodeComparisonCodeFixProvider(), new ErrorCodeCastCodeFixProvider(), new ErrorCodeArgumentCodeFixProvider(), new WinsockNumberCodeFixProvider(),
        new MessageTextCodeFixProvider(),
    };

    [Fact]
    public void Every_rule_has_an_id_apart_from_Winsock_names_and_a_help_page_in_the_repository()
    {
        var rules = Analyzers.SelectMany(analyzer => analyzer.SupportedDiagnostics).ToList();

        rules.Select(rule => rule.Id).Should().Equal("WSK001", "WSK002", "WSK003", "WSK004", "WSK005");
        foreach (var rule in rules)
        {
            rule.Id.Should().NotStartWith("WSA");
            rule.HelpLinkUri.Should().Be($"{HelpLinks.RepositoryUrl}/blob/main/docs/rules/{rule.Id}.md");
            var page = Path.Combine(RepositoryRoot.Path, "docs", "rules", rule.Id + ".md");
            File.Exists(page).Should().BeTrue(because: $"{rule.Id}'s help link points at {page}");
            File.ReadAllText(page).Should().StartWith($"# {rule.Id}: ");
        }
    }

    [Fact]
    public void Every_rule_has_a_fix_with_Fix_All()
    {
        Fixes.SelectMany(fix => fix.FixableDiagnosticIds)
            .Should().Equal(Analyzers.SelectMany(analyzer => analyzer.SupportedDiagnostics).Select(rule => rule.Id));
        Fixes.Should().OnlyContain(fix => fix.GetFixAllProvider() != null);
        Fixes.SelectMany(fix => fix.GetFixAllProvider()!.GetSupportedFixAllScopes())
            .Distinct()
            .Should().Contain(new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution });
    }
}
