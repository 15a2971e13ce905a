using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace WinsockErrors.Analyzers;

/// <summary>
/// Where a Winsock code is written as a number although a <c>WsaError</c> member can name it, and what the number
/// stands in for.
/// </summary>
internal sealed record WinsockNumber(IOperation Literal, WinsockCode Code, WinsockNumberKind Kind, IOperation? ComparedWith)
{
    /// <summary>
    /// Finds the number in <paramref name="operation"/>: a cast <c>(WsaError)10054</c>, an argument of
    /// <c>WsaErrors.Find/TryFind/Describe(int)</c>, or a side of <c>==</c>/<c>!=</c> whose other side is a
    /// <c>WsaError</c> cast to int or <c>WsaErrorInfo.Code</c>.
    /// </summary>
    public static WinsockNumber? Find(IOperation operation, KnownSymbols symbols) => operation switch
    {
        IConversionOperation { IsImplicit: false } conversion when SymbolEqualityComparer.Default.Equals(conversion.Type, symbols.WsaError)
            => Create(conversion.Operand, symbols, WinsockNumberKind.Cast, null),
        IInvocationOperation invocation when symbols.IsIntLookup(invocation.TargetMethod, ErrorCodeArgumentAnalyzer.Lookups)
            => Create(Operations.ArgumentFor(invocation, 0), symbols, KindOfLookup(invocation.TargetMethod.Name), null),
        IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } binary
            => FromComparison(binary.LeftOperand, binary.RightOperand, symbols) ?? FromComparison(binary.RightOperand, binary.LeftOperand, symbols),
        _ => null,
    };

    private static WinsockNumber? FromComparison(IOperation literalSide, IOperation otherSide, KnownSymbols symbols)
    {
        var other = Operations.SkipImplicitConversions(otherSide);
        var isCode = other switch
        {
            IConversionOperation { IsImplicit: false } cast => symbols.IsWsaError(cast.Operand.Type),
            IPropertyReferenceOperation { Property.Name: "Code" } code => SymbolEqualityComparer.Default.Equals(code.Property.ContainingType, symbols.WsaErrorInfo),
            _ => false,
        };
        return isCode ? Create(literalSide, symbols, WinsockNumberKind.Compared, other) : null;
    }

    private static WinsockNumber? Create(IOperation? value, KnownSymbols symbols, WinsockNumberKind kind, IOperation? comparedWith)
    {
        var literal = Operations.SkipImplicitConversions(value);
        return literal is ILiteralOperation && symbols.FindCode(literal.ConstantValue.Value) is { } code
            ? new WinsockNumber(literal, code, kind, comparedWith)
            : null;
    }

    private static WinsockNumberKind KindOfLookup(string name) => name switch
    {
        "Describe" => WinsockNumberKind.DescribeArgument,
        "Find" => WinsockNumberKind.FindArgument,
        _ => WinsockNumberKind.TryFindArgument,
    };
}
