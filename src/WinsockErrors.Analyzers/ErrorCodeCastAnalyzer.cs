using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace WinsockErrors.Analyzers;

/// <summary>WSK002: <c>(SocketError)e.ErrorCode</c>, <c>(WsaError)e.NativeErrorCode</c> and the like.</summary>
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

    /// <summary>The read of the error code that <paramref name="conversion"/> casts to an error enum, or <see langword="null"/>.</summary>
    internal static IPropertyReferenceOperation? CastAccess(IConversionOperation conversion, KnownSymbols symbols)
    {
        if (conversion.IsImplicit || !(SymbolEqualityComparer.Default.Equals(conversion.Type, symbols.SocketError)
            || SymbolEqualityComparer.Default.Equals(conversion.Type, symbols.WsaError)))
        {
            return null;
        }

        var operand = Operations.SkipImplicitConversions(conversion.Operand);
        return ErrorCodeAccess.Is(operand, symbols) ? (IPropertyReferenceOperation)operand! : null;
    }

    private static void Analyze(OperationAnalysisContext context, KnownSymbols symbols)
    {
        var conversion = (IConversionOperation)context.Operation;
        if (CastAccess(conversion, symbols) is not { } access)
        {
            return;
        }

        var toSocketError = SymbolEqualityComparer.Default.Equals(conversion.Type, symbols.SocketError);
        context.ReportDiagnostic(Diagnostic.Create(
            Rules.ErrorCodeCast,
            conversion.Syntax.GetLocation(),
            access.Property.Name,
            conversion.Type!.Name,
            toSocketError ? "SocketErrorCode" : "ToWsaError()"));
    }
}
