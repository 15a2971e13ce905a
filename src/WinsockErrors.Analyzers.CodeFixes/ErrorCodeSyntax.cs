using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace WinsockErrors.Analyzers.CodeFixes;

/// <summary>Rewrites a read of <c>e.ErrorCode</c> (also <c>e?.ErrorCode</c>, a bare <c>ErrorCode</c> or a property pattern's name).</summary>
internal static class ErrorCodeSyntax
{
    /// <summary><c>e.SocketErrorCode</c>.</summary>
    public static ExpressionSyntax? ToSocketErrorCode(ExpressionSyntax access) => Rename(access, "SocketErrorCode");

    /// <summary><c>e.ToWsaError()</c>; <see langword="null"/> for a property pattern's name, which cannot call a method.</summary>
    public static ExpressionSyntax? ToWsaError(ExpressionSyntax access) => access switch
    {
        MemberAccessExpressionSyntax or MemberBindingExpressionSyntax => SyntaxFactory.InvocationExpression(Rename(access, "ToWsaError")!.WithoutTrailingTrivia()),
        IdentifierNameSyntax when access.Parent is not NameColonSyntax and not SubpatternSyntax =>
            SyntaxFactory.InvocationExpression(SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, SyntaxFactory.ThisExpression(), SyntaxFactory.IdentifierName("ToWsaError"))),
        _ => null,
    };

    /// <summary>The exception whose code is read: <c>e</c> of <c>e.ErrorCode</c>, <c>this</c> for a bare <c>ErrorCode</c>; <see langword="null"/> for <c>e?.ErrorCode</c>.</summary>
    public static ExpressionSyntax? Receiver(ExpressionSyntax access) => access switch
    {
        MemberAccessExpressionSyntax member => member.Expression,
        IdentifierNameSyntax => SyntaxFactory.ThisExpression(),
        _ => null,
    };

    private static ExpressionSyntax? Rename(ExpressionSyntax access, string name)
    {
        var identifier = SyntaxFactory.IdentifierName(name);
        return access switch
        {
            MemberAccessExpressionSyntax member => member.WithName(identifier.WithTriviaFrom(member.Name)),
            MemberBindingExpressionSyntax binding => binding.WithName(identifier.WithTriviaFrom(binding.Name)),
            IdentifierNameSyntax bare => identifier.WithTriviaFrom(bare),
            _ => null,
        };
    }
}
