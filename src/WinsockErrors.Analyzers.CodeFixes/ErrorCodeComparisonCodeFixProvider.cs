using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using WinsockErrors.Analyzers;

namespace WinsockErrors.Analyzers.CodeFixes;

/// <summary>
/// WSK001's fix: <c>e.ErrorCode == 10054</c> becomes <c>e.SocketErrorCode == SocketError.ConnectionReset</c>, or
/// <c>e.ToWsaError() == WsaError.WSAEDISCON</c> when some compared code has no <c>SocketError</c> member.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ErrorCodeComparisonCodeFixProvider)), Shared]
public sealed class ErrorCodeComparisonCodeFixProvider : WinsockCodeFixProvider
{
    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.ErrorCodeComparison);

    private protected override string? AddEdits(DocumentEdits edits, SyntaxNode node, CancellationToken cancellationToken)
    {
        if (edits.Model.GetOperation(node, cancellationToken) is not IPropertyReferenceOperation access
            || !ErrorCodeAccess.Is(access, edits.Symbols)
            || ErrorCodeComparison.Find(access, edits.Symbols) is not { IsRewritable: true } comparison
            || node is not ExpressionSyntax accessSyntax)
        {
            return null;
        }

        var useSocketError = comparison.HasSocketErrorForAll;
        var replacement = useSocketError ? ErrorCodeSyntax.ToSocketErrorCode(accessSyntax) : ErrorCodeSyntax.ToWsaError(accessSyntax);
        if (replacement is null)
        {
            return null;
        }

        if (!useSocketError)
        {
            edits.RequireToWsaError(node.SpanStart);
        }

        edits.Replace(accessSyntax, replacement);
        var enumType = useSocketError ? edits.Symbols.SocketError : edits.Symbols.WsaError;
        foreach (var constant in comparison.Constants)
        {
            var member = useSocketError ? constant.Code!.SocketErrorName! : constant.Code!.WsaErrorName;
            edits.Replace(constant.Operation.Syntax, edits.EnumMember(enumType, member, constant.Operation.Syntax.SpanStart));
        }

        return useSocketError ? "Compare SocketErrorCode with SocketError" : "Compare ToWsaError() with WsaError";
    }
}
