using System.Collections.Concurrent;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace WinsockErrors.Analyzers;

/// <summary>
/// Traces a private field or auto-property to the error code it holds: every write to it, in its type, stores a
/// <c>SocketException</c>'s <c>ErrorCode</c> or <c>NativeErrorCode</c> and nothing else. Answers are kept per
/// member for the compilation.
/// </summary>
internal sealed class ErrorCodeMembers
{
    private readonly KnownSymbols symbols;
    private readonly ConcurrentDictionary<ISymbol, string?> sources = new(SymbolEqualityComparer.Default);

    public ErrorCodeMembers(KnownSymbols symbols) => this.symbols = symbols;

    /// <summary>The text of the read stored in <paramref name="reference"/>'s member (<c>e.ErrorCode</c>), or <see langword="null"/>.</summary>
    public string? Source(IMemberReferenceOperation reference, CancellationToken cancellationToken)
    {
        var member = reference.Member;
        if (member.DeclaredAccessibility != Accessibility.Private
            || member is not (IFieldSymbol { IsConst: false, AssociatedSymbol: null } or IPropertySymbol)
            || reference.SemanticModel is not { } model)
        {
            return null;
        }

        return sources.GetOrAdd(member, _ => Find(member, model, cancellationToken));
    }

    private string? Find(ISymbol member, SemanticModel model, CancellationToken cancellationToken)
    {
        if (member is IPropertySymbol property && !IsAutoProperty(property, cancellationToken))
        {
            return null;
        }

        string? source = null;
        foreach (var declaration in member.ContainingType.DeclaringSyntaxReferences)
        {
            // A partial type spread over files would need another file's semantic model: leave it alone.
            if (declaration.SyntaxTree != model.SyntaxTree)
            {
                return null;
            }

            foreach (var node in declaration.GetSyntax(cancellationToken).DescendantNodes())
            {
                var stored = node switch
                {
                    IdentifierNameSyntax name when name.Identifier.ValueText == member.Name && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(name, cancellationToken).Symbol, member)
                        => Write(model.GetOperation(Reference(name), cancellationToken)),
                    VariableDeclaratorSyntax { Initializer: { } initializer } declarator when SymbolEqualityComparer.Default.Equals(model.GetDeclaredSymbol(declarator, cancellationToken), member)
                        => Stored(model.GetOperation(initializer, cancellationToken) is IFieldInitializerOperation field ? field.Value : null),
                    PropertyDeclarationSyntax { Initializer: { } initializer } declared when SymbolEqualityComparer.Default.Equals(model.GetDeclaredSymbol(declared, cancellationToken), member)
                        => Stored(model.GetOperation(initializer, cancellationToken) is IPropertyInitializerOperation initialised ? initialised.Value : null),
                    _ => NotAWrite,
                };
                if (stored is null)
                {
                    return null;
                }

                if (!ReferenceEquals(stored, NotAWrite))
                {
                    source ??= stored;
                }
            }
        }

        return source;
    }

    /// <summary>Stands for a use of the member that does not write it; compared by reference.</summary>
    private static readonly string NotAWrite = new('-', 1);

    private string? Write(IOperation? reference)
    {
        if (reference is null)
        {
            return NotAWrite;
        }

        for (IOperation current = reference; current.Parent is { } parent; current = parent)
        {
            switch (parent)
            {
                case ISimpleAssignmentOperation { IsRef: false } assignment when assignment.Target == current && current == reference:
                    return Stored(assignment.Value);
                case IAssignmentOperation assignment when assignment.Target == current:
                case IIncrementOrDecrementOperation:
                case IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out }:
                case IAddressOfOperation:
                    return null;
                case ITupleOperation:
                    continue;
                default:
                    return current.Syntax.Parent is RefExpressionSyntax ? null : NotAWrite;
            }
        }

        return NotAWrite;
    }

    private string? Stored(IOperation? value) =>
        ErrorCodeAccess.Find(value, symbols) is { } access && access.Parent is not IConditionalAccessOperation ? access.Syntax.ToString() : null;

    /// <summary>The expression that reads the member: <c>this.code</c> for the name <c>code</c> in it.</summary>
    private static SyntaxNode Reference(IdentifierNameSyntax name) => name.Parent switch
    {
        MemberAccessExpressionSyntax access when access.Name == name => access,
        MemberBindingExpressionSyntax binding when binding.Name == name => binding,
        _ => name,
    };

    private static bool IsAutoProperty(IPropertySymbol property, CancellationToken cancellationToken) =>
        property.DeclaringSyntaxReferences.Length == 1
        && property.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is PropertyDeclarationSyntax { ExpressionBody: null, AccessorList: { } accessors }
        && accessors.Accessors.All(accessor => accessor.Body is null && accessor.ExpressionBody is null);
}
