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

/// <summary>
/// WSK002's fix: <c>(SocketError)e.ErrorCode</c> becomes <c>e.SocketErrorCode</c>; <c>(WsaError)e.ErrorCode</c>
/// becomes <c>e.ToWsaError()</c> where a <c>WsaError?</c> fits (a comparison, a switch, a pattern), else
/// <c>(WsaError)e.SocketErrorCode</c>.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ErrorCodeCastCodeFixProvider)), Shared]
public sealed class ErrorCodeCastCodeFixProvider : WinsockCodeFixProvider
{
    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.ErrorCodeCast);

    private protected override string? AddEdits(DocumentEdits edits, SyntaxNode node, CancellationToken cancellationToken)
    {
        if (node is not CastExpressionSyntax cast
            || edits.Model.GetOperation(cast, cancellationToken) is not IConversionOperation conversion
            || ErrorCodeCastAnalyzer.CastAccess(conversion, edits.Symbols) is not { Syntax: ExpressionSyntax accessSyntax })
        {
            return null;
        }

        var toSocketError = SymbolEqualityComparer.Default.Equals(conversion.Type, edits.Symbols.SocketError);
        var toOwnEnum = !ErrorCodeCastAnalyzer.IsErrorEnum(conversion.Type, edits.Symbols);
        if (toSocketError || (!toOwnEnum && ErrorCodeCastAnalyzer.IsComparedOrSwitched(conversion)))
        {
            var replacement = toSocketError ? ErrorCodeSyntax.ToSocketErrorCode(accessSyntax) : ErrorCodeSyntax.ToWsaError(accessSyntax);
            if (replacement is null)
            {
                return null;
            }

            if (!toSocketError)
            {
                edits.RequireToWsaError(cast.SpanStart);
            }

            // A member access or call needs no parentheses: drop the ones that only held the cast.
            SyntaxNode replaced = cast.Parent is ParenthesizedExpressionSyntax parenthesized ? parenthesized : cast;
            edits.Replace(replaced, replacement);
            return toSocketError ? "Use SocketErrorCode" : "Use ToWsaError()";
        }

        if (ErrorCodeSyntax.ToSocketErrorCode(accessSyntax) is not { } socketErrorCode)
        {
            return null;
        }

        edits.Replace(cast, cast.WithExpression(socketErrorCode.WithTriviaFrom(cast.Expression)));
        return "Cast SocketErrorCode";
    }
}
