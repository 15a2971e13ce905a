using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using WinsockErrors.Analyzers;

namespace WinsockErrors.Analyzers.CodeFixes;

/// <summary>WSK004's fix: the number becomes its <c>WsaError</c> member; see <see cref="WinsockNumberKind"/> for each form.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(WinsockNumberCodeFixProvider)), Shared]
public sealed class WinsockNumberCodeFixProvider : WinsockCodeFixProvider
{
    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.WinsockNumber);

    private protected override string? AddEdits(DocumentEdits edits, SyntaxNode node, CancellationToken cancellationToken)
    {
        if (node is ArgumentSyntax argument)
        {
            node = argument.Expression;
        }

        var site = node switch
        {
            CastExpressionSyntax => node,
            { Parent: ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax call } } } => call,
            _ => node.Parent,
        };
        if (site is null || edits.Model.GetOperation(site, cancellationToken) is not { } operation
            || WinsockNumber.Find(operation, edits.Symbols) is not { } number)
        {
            return null;
        }

        var literal = number.Literal.Syntax;
        var member = edits.EnumMember(edits.Symbols.WsaError, number.Code.WsaErrorName, literal.SpanStart);
        switch (number.Kind)
        {
            case WinsockNumberKind.Cast:
                edits.Replace(site, member);
                break;
            case WinsockNumberKind.DescribeArgument:
                edits.Replace(literal, member);
                break;
            case WinsockNumberKind.TryFindArgument:
                edits.Replace(literal, SyntaxFactory.CastExpression(SyntaxFactory.PredefinedType(SyntaxFactory.Token(SyntaxKind.IntKeyword)), member));
                break;
            case WinsockNumberKind.FindArgument when site is InvocationExpressionSyntax invocation && RenameToGet(invocation.Expression) is { } get:
                edits.Replace(invocation, invocation.ReplaceNode(literal, member.WithTriviaFrom(literal)).WithExpression(get));
                break;
            case WinsockNumberKind.Compared when ComparedReplacement(number.ComparedWith) is { } compared:
                edits.Replace(number.ComparedWith!.Syntax, compared);
                edits.Replace(literal, member);
                break;
            default:
                return null;
        }

        return $"Use WsaError.{number.Code.WsaErrorName}";
    }

    /// <summary><c>WsaErrors.Get</c> for <c>WsaErrors.Find</c>, however the call names it.</summary>
    private static ExpressionSyntax? RenameToGet(ExpressionSyntax callee) => callee switch
    {
        MemberAccessExpressionSyntax member => member.WithName(SyntaxFactory.IdentifierName("Get").WithTriviaFrom(member.Name)),
        IdentifierNameSyntax name => SyntaxFactory.IdentifierName("Get").WithTriviaFrom(name),
        _ => null,
    };

    /// <summary><c>error</c> for <c>(int)error</c>, <c>info.Error</c> for <c>info.Code</c>.</summary>
    private static ExpressionSyntax? ComparedReplacement(IOperation? comparedWith) => comparedWith?.Syntax switch
    {
        CastExpressionSyntax cast => cast.Expression,
        MemberAccessExpressionSyntax member when comparedWith is IPropertyReferenceOperation =>
            member.WithName(SyntaxFactory.IdentifierName("Error").WithTriviaFrom(member.Name)),
        _ => null,
    };
}
