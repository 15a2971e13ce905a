using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using WinsockErrors.Analyzers.Data;
using Xunit.Abstractions;

namespace WinsockErrors.Analyzers.Tests;

/// <summary>
/// The analyzers over real socket-error code from public repositories (the <c>Corpus</c> folder): every non-portable
/// check counts as flagged or missed, and any diagnostic on another line is a false positive.
/// </summary>
public class CorpusTests(ITestOutputHelper output)
{
    private static readonly DiagnosticAnalyzer[] Analyzers =
    {
        new ErrorCodeComparisonAnalyzer(), new ErrorCodeCastAnalyzer(), new ErrorCodeArgumentAnalyzer(), new WinsockNumberAnalyzer(), new MessageTextAnalyzer(),
    };

    private static readonly string[] TextChecks = { "Contains", "StartsWith", "EndsWith", "IndexOf", "Equals" };

    [Fact]
    public void The_corpus_holds_enough_real_code_each_with_its_source()
    {
        var files = CorpusFile.All();

        files.Should().OnlyContain(file => file.Source.StartsWith("// Source: ", StringComparison.Ordinal) && file.Source.Split(',').Length >= 2);
        files.Sum(file => file.NonPortableLines.Count).Should().BeGreaterThanOrEqualTo(40);
        files.Sum(file => file.LookAlikeLines.Count).Should().BeGreaterThanOrEqualTo(20);
    }

    [Fact]
    public async Task The_analyzers_flag_the_non_portable_checks_and_nothing_else()
    {
        int flagged = 0, missed = 0, lookAlikes = 0;
        var falsePositives = new List<string>();
        foreach (var file in CorpusFile.All())
        {
            var lines = (await AnalyzerRun.DiagnosticsAsync(file.Text, Analyzers))
                .GroupBy(diagnostic => diagnostic.Location.GetLineSpan().StartLinePosition.Line)
                .ToDictionary(group => group.Key, group => group.Select(diagnostic => diagnostic.Id).Distinct().ToList());
            var fileFlagged = file.NonPortableLines.Count(lines.ContainsKey);
            flagged += fileFlagged;
            missed += file.NonPortableLines.Count - fileFlagged;
            lookAlikes += file.LookAlikeLines.Count;
            falsePositives.AddRange(lines.Keys.Where(line => !file.NonPortableLines.Contains(line))
                .Select(line => $"{file.Name}:{line + 1} {string.Join(",", lines[line])}"));
            output.WriteLine($"{file.Name}: {fileFlagged}/{file.NonPortableLines.Count} flagged, {file.LookAlikeLines.Count} look-alikes  [{string.Join(" ", lines.Values.SelectMany(ids => ids).Distinct().Order())}]");
        }

        output.WriteLine($"non-portable checks: {flagged + missed}, flagged: {flagged}, missed: {missed}; look-alikes: {lookAlikes}; false positives: {falsePositives.Count}");
        falsePositives.Should().BeEmpty();
    }

    [Fact]
    public void The_minimum_fragment_length_keeps_every_look_alike_text_out()
    {
        var literals = CorpusFile.All().SelectMany(MessageLiterals).ToList();
        var socketTexts = literals.Where(literal => literal.IsSocketText).Select(literal => literal.Text).ToList();
        var otherTexts = literals.Where(literal => !literal.IsSocketText).Select(literal => literal.Text).ToList();

        output.WriteLine($"compared texts: {socketTexts.Count} socket texts, {otherTexts.Count} other texts");
        foreach (var length in new[] { 4, 6, 8, 10, 12, 15, 20 })
        {
            var found = socketTexts.Count(text => MessageFragments.Codes(text, length).Count > 0);
            var wrong = otherTexts.Where(text => MessageFragments.Codes(text, length).Count > 0).ToList();
            output.WriteLine($"minimum {length,2}: socket texts matched {found}/{socketTexts.Count}, other texts matched {wrong.Count} {string.Join(", ", wrong.Select(text => $"\"{text}\""))}");
        }

        otherTexts.Should().NotContain(text => MessageFragments.Codes(text, MessageFragments.MinimumLength).Count > 0);
        socketTexts.Should().Contain(text => MessageFragments.Codes(text, MessageFragments.MinimumLength).Count > 0);
    }

    /// <summary>The strings of the corpus that a string check compares with, and whether their line is a non-portable check.</summary>
    private static IEnumerable<(string Text, bool IsSocketText)> MessageLiterals(CorpusFile file)
    {
        var root = CSharpSyntaxTree.ParseText(file.Text).GetRoot();
        foreach (var literal in root.DescendantNodes().OfType<LiteralExpressionSyntax>().Where(node => node.IsKind(SyntaxKind.StringLiteralExpression)))
        {
            var line = literal.GetLocation().GetLineSpan().StartLinePosition.Line;
            var compared = literal.Parent is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.EqualsExpression or (int)SyntaxKind.NotEqualsExpression }
                || (literal.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax member } } }
                    && TextChecks.Contains(member.Name.Identifier.ValueText));
            if (compared && (file.NonPortableLines.Contains(line) || file.LookAlikeLines.Contains(line)))
            {
                yield return (literal.Token.ValueText, file.NonPortableLines.Contains(line));
            }
        }
    }
}
