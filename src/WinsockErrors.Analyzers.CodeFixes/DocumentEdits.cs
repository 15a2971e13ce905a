using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using WinsockErrors.Analyzers;

namespace WinsockErrors.Analyzers.CodeFixes;

/// <summary>
/// The replacements that fix one or more diagnostics in a document, and the <c>using</c> directives they need;
/// applied together so Fix All rewrites a document in one pass.
/// </summary>
internal sealed class DocumentEdits
{
    private readonly Dictionary<SyntaxNode, SyntaxNode> replacements = new();
    private readonly SortedSet<string> namespaces = new(System.StringComparer.Ordinal);

    public DocumentEdits(SemanticModel model, KnownSymbols symbols)
    {
        Model = model;
        Symbols = symbols;
    }

    public SemanticModel Model { get; }

    public KnownSymbols Symbols { get; }

    public bool IsEmpty => replacements.Count == 0;

    /// <summary>Replaces <paramref name="node"/>, keeping its trivia; the first replacement of a node wins.</summary>
    public void Replace(SyntaxNode node, SyntaxNode replacement)
    {
        if (!replacements.ContainsKey(node))
        {
            replacements[node] = replacement.WithTriviaFrom(node);
        }
    }

    /// <summary><c>SocketError.ConnectionReset</c>, <c>WsaError.WSAEDISCON</c>: a member of an enum, written so it binds at <paramref name="position"/>.</summary>
    public ExpressionSyntax EnumMember(INamedTypeSymbol enumType, string member, int position) =>
        SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, TypeName(enumType, position), SyntaxFactory.IdentifierName(member));

    /// <summary>The shortest name of <paramref name="type"/> that binds at <paramref name="position"/>, importing its namespace where nothing else has the name.</summary>
    public ExpressionSyntax TypeName(INamedTypeSymbol type, int position)
    {
        var found = Model.LookupNamespacesAndTypes(position, name: type.Name);
        if (found.Length == 1 && SymbolEqualityComparer.Default.Equals(found[0], type))
        {
            return SyntaxFactory.IdentifierName(type.Name);
        }

        if (found.IsEmpty)
        {
            namespaces.Add(type.ContainingNamespace.ToDisplayString());
            return SyntaxFactory.IdentifierName(type.Name);
        }

        return SyntaxFactory.ParseExpression(type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat));
    }

    /// <summary>Imports the WinsockErrors namespace where <c>ToWsaError()</c> is not already in scope for a <c>SocketException</c>.</summary>
    public void RequireToWsaError(int position)
    {
        var found = Model.LookupSymbols(position, Symbols.SocketException, "ToWsaError", includeReducedExtensionMethods: true);
        if (found.IsEmpty)
        {
            namespaces.Add(Symbols.WsaError.ContainingNamespace.ToDisplayString());
        }
    }

    /// <summary>The document's root with every replacement made and every needed <c>using</c> added.</summary>
    public SyntaxNode Apply(SyntaxNode root)
    {
        var rewritten = root.ReplaceNodes(replacements.Keys, (original, _) => replacements[original]);
        return rewritten is CompilationUnitSyntax unit && namespaces.Count > 0
            ? UsingDirectives.Add(unit, namespaces.ToList())
            : rewritten;
    }
}
