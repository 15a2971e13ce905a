using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace WinsockErrors.Analyzers;

/// <summary>WSK001: <c>e.ErrorCode == 10054</c> and every other comparison of a <c>SocketException</c>'s error code with a Winsock code.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ErrorCodeComparisonAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rules.ErrorCodeComparison);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        KnownSymbols.WhenReferenced(context, (start, symbols) =>
            start.RegisterOperationAction(operation => Analyze(operation, symbols), OperationKind.PropertyReference));
    }

    private static void Analyze(OperationAnalysisContext context, KnownSymbols symbols)
    {
        var access = (IPropertyReferenceOperation)context.Operation;
        if (!ErrorCodeAccess.Is(access, symbols) || ErrorCodeComparison.Find(access, symbols) is not { } comparison)
        {
            return;
        }

        var codes = comparison.WinsockCodes.Select(code => $"{code.Value} ({code.WsaErrorName})").Distinct().ToList();
        if (codes.Count > 0)
        {
            context.ReportDiagnostic(Diagnostic.Create(Rules.ErrorCodeComparison, access.Syntax.GetLocation(), access.Property.Name, string.Join(", ", codes)));
        }
    }
}
