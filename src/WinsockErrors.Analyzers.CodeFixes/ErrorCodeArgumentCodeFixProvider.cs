using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using WinsockErrors.Analyzers;

namespace WinsockErrors.Analyzers.CodeFixes;

/// <summary>
/// WSK003's fix: <c>WsaErrors.Describe(e.ErrorCode)</c> becomes <c>WsaErrors.Describe(e)</c>; offered only where an
/// overload taking the exception exists (<c>Describe</c> and <c>Find</c> have one).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ErrorCodeArgumentCodeFixProvider)), Shared]
public sealed class ErrorCodeArgumentCodeFixProvider : WinsockCodeFixProvider
{
    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.ErrorCodeArgument);

    private protected override string? AddEdits(DocumentEdits edits, SyntaxNode node, CancellationToken cancellationToken)
    {
        if (node is ArgumentSyntax wrapper)
        {
            node = wrapper.Expression;
        }

        if (node is not ExpressionSyntax access
            || ErrorCodeSyntax.Receiver(access) is not { } receiver
            || access.Parent is not ArgumentSyntax argument
            || argument.Parent?.Parent is not InvocationExpressionSyntax invocation)
        {
            return null;
        }

        var replacement = receiver.WithTriviaFrom(access);
        var changed = invocation.ReplaceNode(access, replacement);
        var bound = edits.Model.GetSpeculativeSymbolInfo(invocation.SpanStart, changed, SpeculativeBindingOption.BindAsExpression).Symbol;
        if (bound is not IMethodSymbol method || method.Parameters.Length == 0 || method.Parameters[0].Type.SpecialType == SpecialType.System_Int32)
        {
            return null;
        }

        edits.Replace(access, replacement);
        return "Pass the exception";
    }
}
