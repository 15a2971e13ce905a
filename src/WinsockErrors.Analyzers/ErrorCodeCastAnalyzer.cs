using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace WinsockErrors.Analyzers;

/// <summary>WSK002: <c>(SocketError)e.ErrorCode</c>, <c>(WsaError)e.NativeErrorCode</c>, a switch on <c>(MyWinsockEnum)e.ErrorCode</c> and the like.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ErrorCodeCastAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rules.ErrorCodeCast);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        KnownSymbols.WhenReferenced(context, (start, symbols) =>
            start.RegisterOperationAction(operation => Analyze(operation, symbols), OperationKind.Conversion));
    }

    /// <summary>
    /// The read of the error code that <paramref name="conversion"/> casts to an error enum, or <see langword="null"/>:
    /// <c>SocketError</c>, <c>WsaError</c>, or a project's own enum with Winsock values when the cast is compared or
    /// switched on.
    /// </summary>
    internal static IPropertyReferenceOperation? CastAccess(IConversionOperation conversion, KnownSymbols symbols)
    {
        if (conversion.IsImplicit || !(IsErrorEnum(conversion.Type, symbols) || (symbols.IsOwnWinsockEnum(conversion.Type) && IsComparedOrSwitched(conversion))))
        {
            return null;
        }

        var operand = Operations.SkipImplicitConversions(conversion.Operand);
        return ErrorCodeAccess.Is(operand, symbols) ? (IPropertyReferenceOperation)operand! : null;
    }

    /// <summary>Whether <paramref name="type"/> is <c>SocketError</c> or <c>WsaError</c>.</summary>
    internal static bool IsErrorEnum(ITypeSymbol? type, KnownSymbols symbols) =>
        SymbolEqualityComparer.Default.Equals(type, symbols.SocketError) || SymbolEqualityComparer.Default.Equals(type, symbols.WsaError);

    /// <summary>Whether the cast's value is only compared or matched: <c>==</c>, <c>!=</c>, <c>is</c>, a switch.</summary>
    internal static bool IsComparedOrSwitched(IConversionOperation conversion) => conversion.Parent switch
    {
        IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } => true,
        IIsPatternOperation pattern => pattern.Value == conversion,
        ISwitchOperation switchStatement => switchStatement.Value == conversion,
        ISwitchExpressionOperation switchExpression => switchExpression.Value == conversion,
        _ => false,
    };

    private static void Analyze(OperationAnalysisContext context, KnownSymbols symbols)
    {
        var conversion = (IConversionOperation)context.Operation;
        if (CastAccess(conversion, symbols) is not { } access)
        {
            return;
        }

        var toWsaError = SymbolEqualityComparer.Default.Equals(conversion.Type, symbols.WsaError);
        context.ReportDiagnostic(Diagnostic.Create(
            Rules.ErrorCodeCast,
            conversion.Syntax.GetLocation(),
            access.Property.Name,
            conversion.Type!.Name,
            toWsaError ? "ToWsaError()" : "SocketErrorCode"));
    }
}
