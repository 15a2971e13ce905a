using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using WinsockErrors.Analyzers;

namespace WinsockErrors.Analyzers.CodeFixes;

/// <summary>
/// WSK005's fix: <c>e.Message.Contains("forcibly closed")</c> becomes <c>e.SocketErrorCode == SocketError.ConnectionReset</c>
/// on a <c>SocketException</c> and <c>e.ToWsaError() == WsaError.WSAECONNRESET</c> on any other exception; <c>!=</c>
/// for a check of the text's absence. Offered when the text names one code and the message is read straight from a
/// non-null exception.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MessageTextCodeFixProvider)), Shared]
public sealed class MessageTextCodeFixProvider : WinsockCodeFixProvider
{
    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.MessageText);

    private protected override string? AddEdits(DocumentEdits edits, SyntaxNode node, CancellationToken cancellationToken)
    {
        if (edits.Model.GetOperation(node, cancellationToken) is not { } operation
            || operation.Descendants().Prepend(operation).SelectMany(found => MessageTextCheck.Find(found, edits.Model.Compilation))
                .FirstOrDefault(found => found.Check.Syntax == node) is not
                { Replaced.Syntax: ExpressionSyntax replaced, Codes.Count: 1, Read: { IsDirect: true, Exception: { IsImplicit: false, Syntax: ExpressionSyntax exception } } } check
            || edits.Symbols.FindCode(check.Codes[0]) is not { } code
            || edits.Model.GetTypeInfo(exception, cancellationToken).Nullability.FlowState == NullableFlowState.MaybeNull)
        {
            return null;
        }

        var bare = exception.WithoutTrivia();
        var useSocketError = edits.Symbols.IsSocketException(check.Read.Exception.Type) && code.SocketErrorName is not null;
        ExpressionSyntax left;
        ExpressionSyntax right;
        if (useSocketError)
        {
            left = SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, bare, SyntaxFactory.IdentifierName("SocketErrorCode"));
            right = edits.EnumMember(edits.Symbols.SocketError, code.SocketErrorName!, replaced.SpanStart);
        }
        else
        {
            left = SyntaxFactory.InvocationExpression(SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, bare, SyntaxFactory.IdentifierName("ToWsaError")));
            right = edits.EnumMember(edits.Symbols.WsaError, code.WsaErrorName, replaced.SpanStart);
            edits.RequireToWsaError(replaced.SpanStart);
        }

        var kind = check.Negated ? SyntaxKind.NotEqualsExpression : SyntaxKind.EqualsExpression;
        var operatorToken = SyntaxFactory.Token(check.Negated ? SyntaxKind.ExclamationEqualsToken : SyntaxKind.EqualsEqualsToken)
            .WithLeadingTrivia(SyntaxFactory.Space).WithTrailingTrivia(SyntaxFactory.Space);
        ExpressionSyntax comparison = SyntaxFactory.BinaryExpression(kind, left, operatorToken, right);
        if (NeedsParentheses(replaced))
        {
            comparison = SyntaxFactory.ParenthesizedExpression(comparison);
        }

        edits.Replace(replaced, comparison);
        return useSocketError ? "Compare SocketErrorCode with SocketError" : "Compare ToWsaError() with WsaError";
    }

    /// <summary>Whether an <c>==</c> put where <paramref name="replaced"/> stands would bind otherwise: under <c>!</c>, a member access or a tighter operator.</summary>
    private static bool NeedsParentheses(ExpressionSyntax replaced) => replaced.Parent switch
    {
        PrefixUnaryExpressionSyntax or PostfixUnaryExpressionSyntax or MemberAccessExpressionSyntax or ConditionalAccessExpressionSyntax => true,
        BinaryExpressionSyntax binary => !binary.IsKind(SyntaxKind.LogicalAndExpression) && !binary.IsKind(SyntaxKind.LogicalOrExpression),
        _ => false,
    };
}
