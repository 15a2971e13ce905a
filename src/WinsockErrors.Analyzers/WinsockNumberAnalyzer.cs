using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace WinsockErrors.Analyzers;

/// <summary>WSK004: a Winsock code written as a number where a <c>WsaError</c> member names it.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class WinsockNumberAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rules.WinsockNumber);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        KnownSymbols.WhenReferenced(context, (start, symbols) =>
            start.RegisterOperationAction(
                operation => Analyze(operation, symbols),
                OperationKind.Conversion,
                OperationKind.Invocation,
                OperationKind.Binary));
    }

    private static void Analyze(OperationAnalysisContext context, KnownSymbols symbols)
    {
        if (WinsockNumber.Find(context.Operation, symbols) is not { } number)
        {
            return;
        }

        var location = number.Kind == WinsockNumberKind.Cast ? context.Operation.Syntax : number.Literal.Syntax;
        context.ReportDiagnostic(Diagnostic.Create(Rules.WinsockNumber, location.GetLocation(), number.Code.Value, number.Code.WsaErrorName));
    }
}
