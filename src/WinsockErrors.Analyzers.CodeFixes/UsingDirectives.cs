using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace WinsockErrors.Analyzers.CodeFixes;

/// <summary>Adds <c>using</c> directives to a file, System namespaces first and the rest in order, as the repository's .editorconfig and most code bases sort them.</summary>
internal static class UsingDirectives
{
    public static CompilationUnitSyntax Add(CompilationUnitSyntax unit, IReadOnlyList<string> namespaces)
    {
        var existing = new HashSet<string>(unit.Usings.Where(u => u.Alias is null && u.StaticKeyword.IsKind(SyntaxKind.None)).Select(u => u.Name!.ToString()), StringComparer.Ordinal);
        var endOfLine = unit.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
        var newLine = endOfLine.IsKind(SyntaxKind.EndOfLineTrivia) ? endOfLine.ToString() : "\n";

        foreach (var name in namespaces.Where(name => !existing.Contains(name)))
        {
            var directive = SyntaxFactory.UsingDirective(SyntaxFactory.ParseName(name))
                .WithUsingKeyword(SyntaxFactory.Token(SyntaxKind.UsingKeyword).WithTrailingTrivia(SyntaxFactory.Space))
                .WithTrailingTrivia(SyntaxFactory.EndOfLine(newLine));
            unit = Insert(unit, directive, name, newLine);
        }

        return unit;
    }

    private static CompilationUnitSyntax Insert(CompilationUnitSyntax unit, UsingDirectiveSyntax directive, string name, string newLine)
    {
        var usings = unit.Usings;
        if (usings.Count == 0)
        {
            // Keep a file header above the new directive, and a blank line below it.
            var first = unit.GetFirstToken(includeZeroWidth: true);
            var header = first.LeadingTrivia;
            var newUnit = unit.ReplaceToken(first, first.WithLeadingTrivia(SyntaxFactory.TriviaList()));
            directive = directive.WithLeadingTrivia(header).WithTrailingTrivia(SyntaxFactory.EndOfLine(newLine), SyntaxFactory.EndOfLine(newLine));
            return newUnit.WithUsings(newUnit.Usings.Add(directive));
        }

        var index = 0;
        while (index < usings.Count && Compare(usings[index], name) < 0)
        {
            index++;
        }

        if (index == 0)
        {
            // Take over the first directive's leading trivia (a header comment) so it stays at the top.
            var old = usings[0];
            directive = directive.WithLeadingTrivia(old.GetLeadingTrivia());
            usings = usings.Replace(old, old.WithLeadingTrivia(SyntaxFactory.TriviaList()));
        }

        return unit.WithUsings(usings.Insert(index, directive));
    }

    private static int Compare(UsingDirectiveSyntax existing, string name)
    {
        if (existing.Alias is not null || !existing.StaticKeyword.IsKind(SyntaxKind.None) || !existing.GlobalKeyword.IsKind(SyntaxKind.None))
        {
            return existing.GlobalKeyword.IsKind(SyntaxKind.None) ? 1 : -1;
        }

        var other = existing.Name!.ToString();
        var otherIsSystem = IsSystem(other);
        return otherIsSystem != IsSystem(name) ? (otherIsSystem ? -1 : 1) : string.CompareOrdinal(other, name);
    }

    private static bool IsSystem(string name) => name == "System" || name.StartsWith("System.", StringComparison.Ordinal);
}
