using System.Collections.Immutable;
using System.Linq;
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
        if (conversion.IsImplicit || !(IsErrorEnum(conversion.Type, symbols) || (symbols.IsOwnWinsockEnum(conversion.Type) && IsComparedOrSwitchedThroughLocal(conversion))))
        {
            return null;
        }

        var operand = Operations.SkipImplicitConversions(conversion.Operand);
        return ErrorCodeAccess.Is(operand, symbols) ? (IPropertyReferenceOperation)operand! : null;
    }

    /// <summary>Whether <paramref name="type"/> is <c>SocketError</c> or <c>WsaError</c>.</summary>
    internal static bool IsErrorEnum(ITypeSymbol? type, KnownSymbols symbols) =>
        SymbolEqualityComparer.Default.Equals(type, symbols.SocketError) || SymbolEqualityComparer.Default.Equals(type, symbols.WsaError);

    /// <summary>Whether the cast's value is compared or matched: <c>==</c>, <c>!=</c>, <c>is</c>, a switch.</summary>
    internal static bool IsComparedOrSwitched(IOperation value) => value.Parent switch
    {
        IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } => true,
        IIsPatternOperation pattern => pattern.Value == value,
        ISwitchOperation switchStatement => switchStatement.Value == value,
        ISwitchExpressionOperation switchExpression => switchExpression.Value == value,
        _ => false,
    };

    /// <summary>
    /// Whether the cast's value is compared or matched, directly or through a local that holds it and is never written
    /// again (<c>var error = (MyError)e.ErrorCode; switch (error)</c>).
    /// </summary>
    private static bool IsComparedOrSwitchedThroughLocal(IConversionOperation conversion)
    {
        if (IsComparedOrSwitched(conversion))
        {
            return true;
        }

        if (conversion.Parent is not IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator })
        {
            return false;
        }

        var references = Operations.Root(conversion).DescendantsAndSelf().OfType<ILocalReferenceOperation>()
            .Where(reference => SymbolEqualityComparer.Default.Equals(reference.Local, declarator.Symbol))
            .ToList();
        return references.Count > 0
            && LocalValue.Initializer(references[0], System.Threading.CancellationToken.None) is not null
            && references.Any(IsComparedOrSwitched);
    }

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
